/**
 * Builders for CommandArgument lists, the evaluator's output, so binder and cmdlet tests can run
 * commands without the parser: `[named('Identity'), val('a@b.com'), named('Force')]`.
 */
import type { CommandArgument } from './command-argument.js';
import type { SourceSpan } from '../language/span.js';

const nowhere: SourceSpan = { start: 0, end: 0, line: 1, column: 1 };

/** `-Name`, or `-Name:value` when a colon value is given (`text` = its literal spelling). */
export function named(name: string, ...colon: [value: unknown, text?: string] | []): CommandArgument {
  if (colon.length === 0) return { kind: 'parameter', name, text: `-${name}`, span: nowhere };
  const [value, text] = colon;
  return { kind: 'parameter', name, text: `-${name}:`, colonValue: text === undefined ? { value } : { value, text }, span: nowhere };
}

/** A value element; `text` is a literal's source spelling (e.g. '007'). */
export function val(value: unknown, text?: string): CommandArgument {
  return text === undefined ? { kind: 'value', value, span: nowhere } : { kind: 'value', value, text, span: nowhere };
}

/** `@name` with the variable's value. */
export function splat(value: unknown, variableName = 'splat'): CommandArgument {
  return { kind: 'splat', value, variableName, span: nowhere };
}
