/**
 * The elements of a command line as the binder sees them, after splats are expanded, and what is
 * left of them after named binding (values, and `-Name` tokens that matched no parameter).
 */
import type { CommandArgument } from '../../pipeline/command-argument.js';
import type { SourceSpan } from '../../language/span.js';
import { PSHashtable } from '../../values/model.js';
import { PSRange } from '../../values/range.js';

/** `-Name` or `-Name:value`; `text` is the token as typed (`-Name:` for the colon form). */
export interface ParameterItem {
  readonly kind: 'parameter';
  readonly name: string;
  readonly text: string;
  readonly colon?: { readonly value: unknown; readonly text?: string };
  readonly span?: SourceSpan;
}

/** A value element; `text` is a literal's source spelling (numbers keep `007`). */
export interface ValueItem {
  readonly kind: 'value';
  readonly value: unknown;
  readonly text?: string;
  readonly span?: SourceSpan;
}

export type Item = ParameterItem | ValueItem;

/** `@h` → `-Key:value` pairs; `@a` → positional values; anything else → one positional value. */
export function expandSplats(args: readonly CommandArgument[]): Item[] {
  return args.flatMap((arg): Item[] => {
    if (arg.kind === 'parameter') {
      return [{ kind: 'parameter', name: arg.name, text: arg.text, colon: arg.colonValue, span: arg.span }];
    }
    if (arg.kind === 'value') return [{ kind: 'value', value: arg.value, text: arg.text, span: arg.span }];
    const v = arg.value;
    if (v instanceof PSHashtable) {
      return v.entries().map(([key, value]) => ({ kind: 'parameter', name: key, text: `-${key}`, colon: { value }, span: arg.span }));
    }
    if (Array.isArray(v) || v instanceof PSRange) return [...(v as Iterable<unknown>)].map((value) => ({ kind: 'value', value, span: arg.span }));
    return v === null || v === undefined ? [] : [{ kind: 'value', value: v, span: arg.span }];
  });
}
