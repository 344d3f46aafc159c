/**
 * Explicit method tables per type (no reflection): each entry names the method, the argument
 * counts it accepts and its implementation. Failures inside a method surface as PowerShell's
 * `Exception calling "X" with "N" argument(s): "..."`.
 */
import { ConversionError, FormatStringError, methodException, RuntimeError } from '../errors.js';

/** A .NET exception thrown inside a method; its message becomes the inner text of the wrapper. */
export class DotNetException extends Error {
  override readonly name: string = 'DotNetException';
}

export interface MethodDef<T> {
  /** Display name, e.g. 'Substring'. */
  name: string;
  /** Accepted argument counts, or 'any' for params arrays. */
  arities: readonly number[] | 'any';
  call: (target: T, args: readonly unknown[]) => unknown;
}

export type MethodTable<T> = ReadonlyMap<string, MethodDef<T>>;

export function methodTable<T>(defs: readonly MethodDef<T>[]): MethodTable<T> {
  return new Map(defs.map((d) => [d.name.toLowerCase(), d]));
}

export function methodNotFound(typeName: string, name: string): RuntimeError {
  return new RuntimeError(`Method invocation failed because [${typeName}] does not contain a method named '${name}'.`, 'MethodNotFound', 'InvalidOperation');
}

export function overloadNotFound(name: string, count: number): RuntimeError {
  return new RuntimeError(`Cannot find an overload for "${name}" and the argument count: "${count}".`, 'MethodCountCouldNotFindBest', 'InvalidOperation');
}

/** Runs a method from a table, or returns `undefined` through `found: false` when the table lacks it. */
export function callFromTable<T>(
  table: MethodTable<T>,
  target: T,
  name: string,
  args: readonly unknown[],
): { found: true; value: unknown } | { found: false } {
  const def = table.get(name.toLowerCase());
  if (!def) return { found: false };
  if (def.arities !== 'any' && !def.arities.includes(args.length)) throw overloadNotFound(def.name, args.length);
  try {
    return { found: true, value: def.call(target, args) };
  } catch (error) {
    throw wrapMethodError(def.name, args.length, error);
  }
}

/** Turns an error raised inside a method into PowerShell's method exception. */
export function wrapMethodError(name: string, count: number, error: unknown): unknown {
  if (error instanceof DotNetException || error instanceof FormatStringError) return methodException(name, count, error.message);
  if (error instanceof ConversionError) return methodException(name, count, error.reason ?? error.message, 'MethodArgumentConversionInvalidCastArgument');
  return error;
}

/** .NET StringComparison / ignoreCase arguments → ignore case? */
export function ignoreCaseArg(arg: unknown): boolean {
  if (typeof arg === 'boolean') return arg;
  if (typeof arg === 'number') return arg % 2 === 1; // CurrentCultureIgnoreCase=1, InvariantCultureIgnoreCase=3, OrdinalIgnoreCase=5
  return typeof arg === 'string' && /ignorecase$/i.test(arg);
}
