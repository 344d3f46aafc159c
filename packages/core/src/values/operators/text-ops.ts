/** -like, -match, -replace, -split and -join. */
import { toInt32 } from '../convert.js';
import { RuntimeError } from '../errors.js';
import type { PSHashtable } from '../model.js';
import { ScriptBlockValue } from '../model.js';
import { toPSString } from '../stringify.js';
import { asCollection } from './comparison.js';
import { compileRegex, escapeRegex, execAll, execOnce, matchesTable, matchObject, regexReplace, regexSplit } from './regex.js';
import { matchesWildcard } from './wildcard.js';

/** -like / -notlike: a boolean, or the matching elements when the left is a collection. */
export function like(left: unknown, pattern: unknown, caseSensitive = false, negate = false): boolean | unknown[] {
  const text = toPSString(pattern);
  const test = (value: unknown): boolean => matchesWildcard(toPSString(value), text, caseSensitive) !== negate;
  const items = asCollection(left);
  return items ? items.filter(test) : test(left);
}

export interface MatchOutcome {
  /** Boolean for a scalar left operand; the matching elements for a collection. */
  result: boolean | unknown[];
  /** $Matches after a successful scalar match; undefined when $Matches must stay as it was. */
  matches: PSHashtable | undefined;
}

/** -match / -notmatch. A collection on the left filters and leaves $Matches alone, as in PowerShell. */
export function match(left: unknown, pattern: unknown, caseSensitive = false, negate = false): MatchOutcome {
  const compiled = compileRegex(toPSString(pattern), caseSensitive);
  const items = asCollection(left);
  if (items) {
    const result = items.filter((item) => (execOnce(compiled, toPSString(item)) !== null) !== negate);
    return { result, matches: undefined };
  }
  const m = execOnce(compiled, toPSString(left));
  return { result: (m !== null) !== negate, matches: m ? matchesTable(compiled, m) : undefined };
}

/** Runs a script block with `$_` set; supplied by the evaluator. */
export type ScriptBlockInvoker = (block: ScriptBlockValue, dollarUnderscore: unknown) => unknown;

/**
 * -replace: right is a pattern, or (pattern, replacement). Collections map element by element.
 * A script-block replacement runs through `invoke` with `$_` as the Match.
 */
export function replace(left: unknown, right: unknown, caseSensitive = false, invoke?: ScriptBlockInvoker): string | string[] {
  const args = asCollection(right) ?? [right];
  if (args.length > 2) {
    throw new RuntimeError(
      `The -replace operator allows only two elements to follow it, not ${args.length}.`,
      'BadReplaceArgument',
      'InvalidOperation',
    );
  }
  const replacement = args[1];
  const compiled = compileRegex(toPSString(args[0]), caseSensitive);
  let replacer: string | ((m: RegExpExecArray) => string);
  if (replacement instanceof ScriptBlockValue) {
    if (!invoke) throw new RuntimeError('A script block replacement needs the engine to run it.', 'ScriptBlockReplacement', 'InvalidOperation');
    replacer = (m) => toPSString(invoke(replacement, matchObject(compiled, m)));
  } else {
    replacer = toPSString(replacement);
  }
  const one = (value: unknown): string => regexReplace(toPSString(value), compiled, replacer);
  const items = asCollection(left);
  return items ? items.map(one) : one(left);
}

/** Async script-block runner (the evaluator's), for `replaceAsync`. */
export type AsyncScriptBlockInvoker = (block: ScriptBlockValue, dollarUnderscore: unknown) => Promise<unknown>;

/**
 * -replace for an async evaluator: like `replace`, but a script-block replacement is awaited
 * once per match, in order. Plain replacements behave exactly as in `replace`.
 */
export async function replaceAsync(left: unknown, right: unknown, caseSensitive: boolean, invoke: AsyncScriptBlockInvoker): Promise<string | string[]> {
  const args = asCollection(right) ?? [right];
  const block = args[1];
  if (!(block instanceof ScriptBlockValue)) return replace(left, right, caseSensitive);
  if (args.length > 2) return replace(left, right, caseSensitive);
  const compiled = compileRegex(toPSString(args[0]), caseSensitive);
  const one = async (value: unknown): Promise<string> => {
    const input = toPSString(value);
    const texts: string[] = [];
    const matches = execAll(compiled, input);
    for (const m of matches) texts.push(toPSString(await invoke(block, matchObject(compiled, m))));
    let i = 0;
    return regexReplace(input, compiled, () => texts[i++] ?? '');
  };
  const items = asCollection(left);
  if (!items) return one(left);
  const out: string[] = [];
  for (const item of items) out.push(await one(item));
  return out;
}

/** -split: right is a pattern or (pattern, max[, options]); options 'SimpleMatch', 'IgnoreCase'. */
export function split(left: unknown, right: unknown, caseSensitive = false): string[] {
  const args = asCollection(right) ?? [right];
  const max = args.length > 1 ? toInt32(args[1]) : 0;
  const options = args.length > 2 ? toPSString(args[2]).toLowerCase() : '';
  let pattern = toPSString(args[0]);
  if (options.includes('simplematch')) pattern = escapeRegex(pattern);
  const compiled = compileRegex(pattern, caseSensitive && !options.includes('ignorecase'));
  const inputs = asCollection(left) ?? [left];
  return inputs.flatMap((value) => regexSplit(toPSString(value), compiled, max));
}

/** Unary -split: on whitespace, without empty pieces at the ends. */
export function splitWhitespace(value: unknown): string[] {
  const inputs = asCollection(value) ?? [value];
  return inputs.flatMap((item) => {
    const text = toPSString(item).trim();
    return text === '' ? [''] : text.split(/\s+/);
  });
}

/** -join (binary: with a separator; unary: separator ''). */
export function join(left: unknown, separator: unknown = ''): string {
  const items = asCollection(left) ?? (left === null || left === undefined ? [] : [left]);
  return items.map((item) => toPSString(item)).join(toPSString(separator));
}
