/** Turning failures inside the evaluator into PowerShell error records with source positions. */
import type { SourceSpan } from '../language/span.js';
import { ControlFlowSignal } from '../pipeline/control-flow.js';
import { ErrorRecord, TerminatingError } from '../pipeline/records.js';
import type { ErrorCategory, ErrorPosition } from '../pipeline/records.js';
import { ConversionError, RuntimeError } from '../values/errors.js';
import { toPSString } from '../values/stringify.js';
import type { Frame } from './context.js';

export function lineOf(source: string, line: number): string {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = source.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = source.indexOf('\n', start);
  return source.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

export function positionOf(frame: Frame, span: SourceSpan | undefined): ErrorPosition | undefined {
  if (!span) return undefined;
  return { span, lineText: lineOf(frame.source, span.line) };
}

const categories = new Set<string>([
  'NotSpecified', 'InvalidArgument', 'InvalidData', 'InvalidOperation', 'InvalidType', 'ObjectNotFound', 'OperationStopped',
  'ParserError', 'PermissionDenied', 'ResourceUnavailable', 'SyntaxError', 'MetadataError', 'NotImplemented',
]);

/**
 * Any failure of an expression as a statement-terminating error: values/' RuntimeErrors keep
 * their PowerShell message and id; anything else reports its message only (never a stack).
 * Control-flow signals are rethrown as they are.
 */
export function asTerminating(error: unknown, frame: Frame, span: SourceSpan | undefined): TerminatingError {
  // Control flow raised inside an expression (`$PSCmdlet.ThrowTerminatingError()`) is no error: it travels on.
  if (error instanceof ControlFlowSignal) throw error;
  if (error instanceof TerminatingError) {
    if (error.record.position || !span) return error;
    const t = new TerminatingError(error.record.withContext({ position: positionOf(frame, span) }), { scriptTerminating: error.scriptTerminating });
    t.recorded = error.recorded;
    return t;
  }
  const position = positionOf(frame, span);
  if (error instanceof RuntimeError) {
    const category = (categories.has(error.category) ? error.category : 'NotSpecified') as ErrorCategory;
    return new TerminatingError({
      message: error.message,
      errorId: error.errorId,
      category,
      exceptionType: error instanceof ConversionError ? 'PSInvalidCastException' : 'RuntimeException',
      cause: error,
      position,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TerminatingError({ message, errorId: 'RuntimeException', category: 'NotSpecified', cause: error, position });
}

/** `throw <value>`: strings become the message; an ErrorRecord is rethrown as is. */
export function thrownError(value: unknown, frame: Frame, span: SourceSpan): TerminatingError {
  if (value instanceof ErrorRecord) return new TerminatingError(value, { scriptTerminating: true });
  const message = value === null || value === undefined ? 'ScriptHalted' : toPSString(value);
  return new TerminatingError(
    {
      message,
      errorId: value === null || value === undefined ? 'ScriptHalted' : message,
      category: 'OperationStopped',
      exceptionType: 'RuntimeException',
      targetObject: value,
      position: positionOf(frame, span),
    },
    { scriptTerminating: true },
  );
}
