/**
 * The records that travel beside the output stream: errors, warnings, verbose, debug,
 * information and progress. They are plain data so hosts can render them (or serialise them to
 * JSON) without knowing anything about the engine.
 */
import type { SourceSpan } from '../language/span.js';

/** PowerShell's System.Management.Automation.ErrorCategory names (the subset that makes sense here, plus the rest for fidelity). */
export type ErrorCategory =
  | 'NotSpecified'
  | 'OpenError'
  | 'CloseError'
  | 'DeviceError'
  | 'DeadlockDetected'
  | 'InvalidArgument'
  | 'InvalidData'
  | 'InvalidOperation'
  | 'InvalidResult'
  | 'InvalidType'
  | 'MetadataError'
  | 'NotImplemented'
  | 'NotInstalled'
  | 'ObjectNotFound'
  | 'OperationStopped'
  | 'OperationTimeout'
  | 'SyntaxError'
  | 'ParserError'
  | 'PermissionDenied'
  | 'ResourceBusy'
  | 'ResourceExists'
  | 'ResourceUnavailable'
  | 'ReadError'
  | 'WriteError'
  | 'FromStdErr'
  | 'SecurityError'
  | 'ProtocolError'
  | 'ConnectionError'
  | 'AuthenticationError'
  | 'LimitsExceeded'
  | 'QuotaExceeded'
  | 'NotEnabled';

/** Where an error happened in the script, for the concise view's `Line |` block. */
export interface ErrorPosition {
  readonly span: SourceSpan;
  /** The full text of the source line(s) the span starts on, without the trailing newline. */
  readonly lineText: string;
  /** The script file, when the code came from one. */
  readonly scriptName?: string;
}

/** What a cmdlet (or the engine) knows when it reports an error. */
export interface ErrorInfo {
  readonly message: string;
  /** A stable identifier, e.g. 'UserNotFound' (PowerShell's FullyQualifiedErrorId without the command suffix). */
  readonly errorId?: string;
  readonly category?: ErrorCategory;
  /** The object being processed when the error happened (e.g. the user UPN). */
  readonly targetObject?: unknown;
  /** The underlying cause (an HTTP error, a JS Error...). Never rendered verbatim: it may hold secrets. */
  readonly cause?: unknown;
  /** .NET-style exception type name shown by `$_.Exception.GetType().Name`-like views, e.g. 'ParameterBindingException'. */
  readonly exceptionType?: string;
  /** Overrides the command name (normally filled in by the runtime). */
  readonly commandName?: string;
  readonly position?: ErrorPosition;
  /** A hint shown after the message in the detailed view. */
  readonly recommendedAction?: string;
}

/** PowerShell's ErrorRecord: one error, with enough context to print `Get-Thing: message` or a `Line |` block. */
export class ErrorRecord {
  readonly message: string;
  readonly errorId: string;
  readonly category: ErrorCategory;
  readonly targetObject: unknown;
  readonly cause: unknown;
  readonly exceptionType: string;
  readonly commandName: string | undefined;
  readonly position: ErrorPosition | undefined;
  readonly recommendedAction: string | undefined;

  constructor(info: ErrorInfo) {
    this.message = info.message;
    this.errorId = info.errorId ?? 'NotSpecified';
    this.category = info.category ?? 'NotSpecified';
    this.targetObject = info.targetObject ?? null;
    this.cause = info.cause;
    this.exceptionType = info.exceptionType ?? 'RuntimeException';
    this.commandName = info.commandName;
    this.position = info.position;
    this.recommendedAction = info.recommendedAction;
  }

  static from(error: ErrorRecord | ErrorInfo): ErrorRecord {
    return error instanceof ErrorRecord ? error : new ErrorRecord(error);
  }

  /** PowerShell's FullyQualifiedErrorId: `ErrorId,Command`. */
  get fullyQualifiedErrorId(): string {
    return this.commandName ? `${this.errorId},${this.commandName}` : this.errorId;
  }

  /** PowerShell's CategoryInfo string, e.g. `InvalidArgument: (:) [Get-Thing], ParameterBindingException`. */
  get categoryInfo(): string {
    const target = typeof this.targetObject === 'string' ? this.targetObject : '';
    return `${this.category}: (${target}:${typeof this.targetObject === 'string' ? 'String' : ''}) [${this.commandName ?? ''}], ${this.exceptionType}`;
  }

  /** A copy with the command name / position filled in where they were missing. */
  withContext(context: { commandName?: string; position?: ErrorPosition }): ErrorRecord {
    if ((this.commandName || !context.commandName) && (this.position || !context.position)) return this;
    return new ErrorRecord({
      ...this.toInfo(),
      commandName: this.commandName ?? context.commandName,
      position: this.position ?? context.position,
    });
  }

  toInfo(): ErrorInfo {
    return {
      message: this.message,
      errorId: this.errorId,
      category: this.category,
      targetObject: this.targetObject,
      cause: this.cause,
      exceptionType: this.exceptionType,
      commandName: this.commandName,
      position: this.position,
      recommendedAction: this.recommendedAction,
    };
  }

  toString(): string {
    return this.message;
  }
}

/**
 * Thrown to end a statement (or, with -ErrorAction Stop, to promote a non-terminating error).
 * `try/catch` catches it and exposes `record` as `$_`.
 */
export class TerminatingError extends Error {
  readonly record: ErrorRecord;
  /**
   * Statement-terminating errors (a cmdlet's ThrowTerminatingError, binding errors, unknown
   * commands) end one statement and the script goes on; script-terminating ones (`throw`,
   * -ErrorAction Stop, Ctrl+C) end the whole run unless a try/catch catches them.
   */
  readonly scriptTerminating: boolean;
  /** Set once the record is in $Error, so a rethrow does not add it twice. */
  recorded = false;
  constructor(record: ErrorRecord | ErrorInfo, options: { scriptTerminating?: boolean } = {}) {
    const r = ErrorRecord.from(record);
    super(r.message);
    this.name = 'TerminatingError';
    this.record = r;
    this.scriptTerminating = options.scriptTerminating ?? false;
  }
}

/** Ctrl+C (or any abort of the pipeline's signal): PowerShell's PipelineStoppedException. */
export class PipelineStoppedError extends TerminatingError {
  constructor() {
    super(
      { message: 'The pipeline has been stopped.', errorId: 'PipelineStopped', category: 'OperationStopped', exceptionType: 'PipelineStoppedException' },
      { scriptTerminating: true },
    );
    this.name = 'PipelineStoppedError';
  }
}

export interface WarningRecord {
  readonly message: string;
}
export interface VerboseRecord {
  readonly message: string;
}
export interface DebugRecord {
  readonly message: string;
}

/** Write-Information / Write-Host. `hostText` present means "render this text as Write-Host would". */
export interface InformationRecord {
  readonly messageData: unknown;
  readonly tags: readonly string[];
  readonly source?: string;
  readonly hostText?: string;
  readonly foregroundColor?: string;
  readonly backgroundColor?: string;
  readonly noNewline?: boolean;
}

/** Write-Progress, plus the fields a progress bar needs for bulk operations. */
export interface ProgressRecord {
  readonly activityId: number;
  readonly parentActivityId?: number;
  readonly activity: string;
  readonly status: string;
  readonly currentOperation?: string;
  /** 0..100, or -1 when unknown. */
  readonly percentComplete: number;
  readonly secondsRemaining?: number;
  /** Items done so far, and of how many (bulk operations). */
  readonly current?: number;
  readonly total?: number;
  /** Items per second, when the producer measures it. */
  readonly rate?: number;
  /** True for the final record that removes the bar. */
  readonly completed: boolean;
}
