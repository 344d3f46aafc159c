/**
 * Errors raised by value operations. Messages follow PowerShell's wording so the host can print
 * them as-is; `errorId` is PowerShell's FullyQualifiedErrorId and `category` its ErrorCategory.
 */
export class RuntimeError extends Error {
  override readonly name: string = 'RuntimeError';
  constructor(
    message: string,
    readonly errorId: string = 'RuntimeException',
    readonly category: string = 'InvalidOperation',
  ) {
    super(message);
  }
}

/**
 * A failed type conversion. Keeps the pieces apart (value text, target type, inner reason) so the
 * parameter binder can build its own `Cannot bind parameter 'X'. Cannot convert value ...` text.
 */
export class ConversionError extends RuntimeError {
  override readonly name: string = 'ConversionError';
  constructor(
    message: string,
    /** The value as shown in the message (already stringified). */
    readonly valueText: string,
    /** Full .NET type name, e.g. 'System.Int32'. */
    readonly targetType: string,
    /** The inner .NET reason, e.g. "The input string 'abc' was not in a correct format." */
    readonly reason: string | undefined,
    errorId = 'InvalidCastParseTargetInvocation',
  ) {
    super(message, errorId, 'InvalidArgument');
  }
}

/** A .NET FormatException from a format string; method calls wrap it in `Exception calling ...`. */
export class FormatStringError extends Error {
  override readonly name: string = 'FormatStringError';
}

/** PowerShell's `Exception calling "Name" with "N" argument(s): "inner"` wrapper for method failures. */
export function methodException(method: string, argCount: number, inner: string, errorId = 'MethodInvocationException'): RuntimeError {
  return new RuntimeError(
    `Exception calling "${method}" with "${argCount}" argument(s): "${inner}"`,
    errorId,
    'NotSpecified',
  );
}
