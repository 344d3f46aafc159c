/**
 * What a running cmdlet can do: write to the streams, ask the user, reach the session.
 * The pipeline runtime implements it; cmdlets only ever see this interface.
 */
import type { ErrorInfo, ErrorPosition, ErrorRecord, InformationRecord, ProgressRecord } from '../pipeline/records.js';
import type { Host } from '../pipeline/host.js';
import type { ScriptBlockValue } from '../values/model.js';
import type { SessionLocation } from './location.js';
import type { ServiceReader } from './services.js';
import type { CmdletDefinition } from './define.js';
import type { CommonParameterValues } from './common-parameters.js';

/** $ErrorActionPreference and friends. */
export type ActionPreference = 'Continue' | 'SilentlyContinue' | 'Stop' | 'Ignore' | 'Inquire';

/** The effective common-parameter state of this invocation (parameters, else preference variables). */
export interface CommonParameterState {
  readonly verbose: boolean;
  readonly debug: boolean;
  readonly errorAction: ActionPreference;
  readonly warningAction: ActionPreference;
  readonly informationAction: ActionPreference;
  readonly progressAction: ActionPreference;
  /** -WhatIf (or $WhatIfPreference). Only meaningful for ShouldProcess cmdlets. */
  readonly whatIf: boolean;
  /** -Confirm given explicitly true. */
  readonly confirm: boolean;
}

/** Variables as seen from the cmdlet's caller scope (names are case-insensitive). */
export interface VariableAccess {
  get(name: string): unknown;
  has(name: string): boolean;
  set(name: string, value: unknown): void;
  remove(name: string): boolean;
  /** Every visible variable, innermost scope first wins. */
  list(): { readonly name: string; readonly value: unknown }[];
}

export interface ScriptBlockInvocation {
  /**
   * False (default): the block runs in the caller's scope, as ForEach-Object and Where-Object run
   * theirs (`$sum += $_` is visible afterwards); `$_`, `$PSItem` and `$args` are restored after.
   * True: a new child scope, as `& { ... }` does.
   */
  readonly newScope?: boolean;
  /** `$_` / `$PSItem` inside the block (left as it is when absent). */
  readonly dollarUnder?: unknown;
  /** `$args` inside the block. */
  readonly args?: readonly unknown[];
  /** Extra variables defined in the block's new scope. */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** Read-only view of the command registry (Get-Command, Get-Help). */
export interface CommandLookup {
  find(nameOrAlias: string): CmdletDefinition | undefined;
  list(): readonly CmdletDefinition[];
}

export interface InvocationInfo {
  /** 1-based position of this command in its pipeline. */
  readonly pipelinePosition: number;
  readonly pipelineLength: number;
  /** True when an upstream command feeds this one. */
  readonly expectingInput: boolean;
  /** Where the command appears in the script (for error views). */
  readonly position?: ErrorPosition;
}

export interface CmdletContext {
  readonly commandName: string;
  /** The parameter set chosen for this invocation (or, in process, for this record). */
  readonly parameterSetName: string;
  /** Declared names of the parameters the user bound (PSBoundParameters.Keys), in binding order. */
  readonly boundParameters: ReadonlySet<string>;
  readonly common: CommonParameterState;
  /**
   * The common parameters as given on the command line (`-Confirm:$false` is false, an absent one
   * undefined): a script function turns them into its scope's preference variables, as pwsh does.
   */
  readonly givenCommonParameters: CommonParameterValues;
  readonly invocation: InvocationInfo;
  readonly host: Host;
  /** Aborted when the user cancels, or when a downstream command needs no more input. Pass it to every await that can wait. */
  readonly signal: AbortSignal;
  readonly services: ServiceReader;
  readonly variables: VariableAccess;
  readonly commands: CommandLookup;
  /** The pipeline record being processed (in `process` only; absent without pipeline input): `$_` of functions. */
  readonly pipelineInput?: { readonly value: unknown };
  /** The session's current location; `location.resolve(path)` makes a typed path absolute (`~`, relative). */
  readonly location: SessionLocation;

  /** Send one object down the pipeline (arrays go as one object). Waits while the consumer is behind. */
  write(value: unknown): Promise<void>;
  /** Send each element of an array or (async) iterable as its own record, as Write-Output does. */
  writeAll(values: Iterable<unknown> | AsyncIterable<unknown>): Promise<void>;
  /** A non-terminating error; throws (terminates) when -ErrorAction is Stop. */
  writeError(error: ErrorRecord | ErrorInfo): Promise<void>;
  /** End this command (statement-terminating error); `try/catch` can catch it. */
  throwTerminating(error: ErrorRecord | ErrorInfo): never;
  writeWarning(message: string): Promise<void>;
  /** Shown only with -Verbose / $VerbosePreference. Never put secrets here. */
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  writeInformation(record: InformationRecord): void;
  writeProgress(record: ProgressRecord): void;

  /**
   * ShouldProcess: false under -WhatIf (after printing `What if: Performing the operation "{action}"
   * on target "{target}".`), asks the host under -Confirm or when ConfirmImpact reaches $ConfirmPreference.
   */
  shouldProcess(target: string, action: string): Promise<boolean>;
  /**
   * ShouldProcess(verboseDescription, verboseWarning, caption): the same decision with the caller's
   * own texts (`What if: {description}`; the prompt shows `warning` under `caption`).
   */
  shouldProcessDescribed(description: string, warning: string | undefined, caption: string | undefined): Promise<boolean>;
  /** ShouldContinue: always asks the host (a -Force switch usually skips calling it). */
  shouldContinue(query: string, caption: string): Promise<boolean>;

  /** Run a script block (in the caller's scope unless `newScope`); returns its output, unrolled. */
  invokeScriptBlock(block: ScriptBlockValue, invocation?: ScriptBlockInvocation): Promise<unknown[]>;

  /** Select-Object -First: no more input is wanted; upstream commands stop, downstream ones finish normally. */
  stopUpstream(): void;
}
