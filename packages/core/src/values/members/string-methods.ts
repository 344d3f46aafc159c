/** System.String methods. Like .NET, they are case-sensitive unless a comparison argument says otherwise. */
import { toInt32 } from '../convert.js';
import { PSTypeName } from '../model.js';
import { toPSString } from '../stringify.js';
import { asCollection } from '../operators/comparison.js';
import { DotNetException, ignoreCaseArg, methodTable, type MethodDef } from './method-table.js';

const str = (v: unknown): string => toPSString(v);
const fold = (s: string, ignoreCase: boolean): string => (ignoreCase ? s.toLowerCase() : s);

function argumentOutOfRange(message: string, parameter: string): DotNetException {
  return new DotNetException(`${message} (Parameter '${parameter}')`);
}

/** Characters for Trim/TrimStart/TrimEnd: no args = whitespace; strings contribute each character. */
function trimSet(args: readonly unknown[]): Set<string> | undefined {
  if (args.length === 0) return undefined;
  const chars = new Set<string>();
  for (const arg of args) for (const item of asCollection(arg) ?? [arg]) for (const ch of str(item)) chars.add(ch);
  return chars;
}

function trim(s: string, args: readonly unknown[], start: boolean, end: boolean): string {
  const set = trimSet(args);
  const isTrimmed = (ch: string): boolean => (set ? set.has(ch) : /\s/.test(ch));
  let a = 0;
  let b = s.length;
  if (start) while (a < b && isTrimmed(s[a] ?? '')) a++;
  if (end) while (b > a && isTrimmed(s[b - 1] ?? '')) b--;
  return s.slice(a, b);
}

/** Split: PowerShell 7 binds a string separator to Split(string) (the whole string), an array to any-of. */
function split(s: string, args: readonly unknown[]): string[] {
  if (args.length === 0) return s.split(/\s/);
  const separators = (asCollection(args[0]) ?? [args[0]]).map(str).filter((x) => x !== '');
  let count = Number.MAX_SAFE_INTEGER;
  let options = 0;
  for (const arg of args.slice(1)) {
    if (typeof arg === 'number') count = toInt32(arg);
    else if (typeof arg === 'string') options |= (/removeemptyentries/i.test(arg) ? 1 : 0) | (/trimentries/i.test(arg) ? 2 : 0);
  }
  if (count < 0) throw argumentOutOfRange('Count cannot be less than zero.', 'count');
  if (count === 0) return [];
  let pieces: string[] = [];
  let current = '';
  let i = 0;
  while (i < s.length) {
    const sep = pieces.length < count - 1 ? separators.find((x) => s.startsWith(x, i)) : undefined;
    if (sep !== undefined) {
      pieces.push(current);
      current = '';
      i += sep.length;
    } else {
      current += s[i];
      i++;
    }
  }
  pieces.push(current);
  if (options & 2) pieces = pieces.map((p) => p.trim());
  if (options & 1) pieces = pieces.filter((p) => p !== '');
  return pieces;
}

function indexOf(s: string, args: readonly unknown[], last: boolean): number {
  const needle = str(args[0]);
  const comparisonArg = args.length > 1 && typeof args[args.length - 1] === 'string' ? args[args.length - 1] : undefined;
  const ignoreCase = comparisonArg !== undefined && ignoreCaseArg(comparisonArg);
  const numeric = args.slice(1).filter((a) => typeof a === 'number') as number[];
  const hay = fold(s, ignoreCase);
  const n = fold(needle, ignoreCase);
  if (last) return numeric[0] === undefined ? hay.lastIndexOf(n) : hay.lastIndexOf(n, numeric[0]);
  const start = numeric[0] ?? 0;
  if (start < 0 || start > s.length) throw argumentOutOfRange('Index was out of range. Must be non-negative and less than or equal to the size of the collection.', 'startIndex');
  const found = hay.indexOf(n, start);
  if (numeric[1] !== undefined && found !== -1 && found + n.length > start + numeric[1]) return -1;
  return found;
}

function replaceAll(s: string, args: readonly unknown[]): string {
  const oldValue = str(args[0]);
  if (oldValue === '') throw new DotNetException("String cannot be of zero length. (Parameter 'oldValue')");
  const newValue = str(args[1]);
  if (args.length < 3 || !ignoreCaseArg(args[2])) return s.split(oldValue).join(newValue);
  const lowerOld = oldValue.toLowerCase();
  let out = '';
  let i = 0;
  const lower = s.toLowerCase();
  for (let at = lower.indexOf(lowerOld); at !== -1; at = lower.indexOf(lowerOld, i)) {
    out += s.slice(i, at) + newValue;
    i = at + oldValue.length;
  }
  return out + s.slice(i);
}

function substring(s: string, args: readonly unknown[]): string {
  const start = toInt32(args[0]);
  if (start < 0) throw argumentOutOfRange('StartIndex cannot be less than zero.', 'startIndex');
  if (start > s.length) throw argumentOutOfRange('startIndex cannot be larger than length of string.', 'startIndex');
  if (args.length === 1) return s.slice(start);
  const length = toInt32(args[1]);
  if (length < 0) throw argumentOutOfRange('Length cannot be less than zero.', 'length');
  if (start + length > s.length) throw argumentOutOfRange('Index and length must refer to a location within the string.', 'length');
  return s.slice(start, start + length);
}

function pad(s: string, args: readonly unknown[], left: boolean): string {
  const width = toInt32(args[0]);
  if (width < 0) throw argumentOutOfRange('Non-negative number required.', 'totalWidth');
  const fill = args.length > 1 ? str(args[1]).slice(0, 1) || ' ' : ' ';
  return left ? s.padStart(width, fill) : s.padEnd(width, fill);
}

function remove(s: string, args: readonly unknown[]): string {
  const start = toInt32(args[0]);
  if (start < 0 || start > s.length) throw argumentOutOfRange('startIndex must be less than length of string.', 'startIndex');
  if (args.length === 1) return s.slice(0, start);
  const count = toInt32(args[1]);
  if (count < 0 || start + count > s.length) throw argumentOutOfRange('Index and count must refer to a location within the string.', 'count');
  return s.slice(0, start) + s.slice(start + count);
}

function insert(s: string, args: readonly unknown[]): string {
  const at = toInt32(args[0]);
  if (at < 0 || at > s.length) throw argumentOutOfRange('Index was out of range. Must be non-negative and less than or equal to the size of the collection.', 'startIndex');
  return s.slice(0, at) + str(args[1]) + s.slice(at);
}

function compareWith(s: string, args: readonly unknown[], test: (a: string, b: string) => boolean): boolean {
  const ignoreCase = args.length > 1 && ignoreCaseArg(args[1]);
  return test(fold(s, ignoreCase), fold(str(args[0]), ignoreCase));
}

const defs: MethodDef<string>[] = [
  { name: 'ToUpper', arities: [0, 1], call: (s) => s.toUpperCase() },
  { name: 'ToLower', arities: [0, 1], call: (s) => s.toLowerCase() },
  { name: 'ToUpperInvariant', arities: [0], call: (s) => s.toUpperCase() },
  { name: 'ToLowerInvariant', arities: [0], call: (s) => s.toLowerCase() },
  { name: 'Trim', arities: 'any', call: (s, a) => trim(s, a, true, true) },
  { name: 'TrimStart', arities: 'any', call: (s, a) => trim(s, a, true, false) },
  { name: 'TrimEnd', arities: 'any', call: (s, a) => trim(s, a, false, true) },
  { name: 'Split', arities: [0, 1, 2, 3], call: split },
  { name: 'Replace', arities: [2, 3, 4], call: replaceAll },
  { name: 'Contains', arities: [1, 2], call: (s, a) => compareWith(s, a, (x, y) => x.includes(y)) },
  { name: 'StartsWith', arities: [1, 2, 3], call: (s, a) => compareWith(s, a, (x, y) => x.startsWith(y)) },
  { name: 'EndsWith', arities: [1, 2, 3], call: (s, a) => compareWith(s, a, (x, y) => x.endsWith(y)) },
  { name: 'Equals', arities: [1, 2], call: (s, a) => a[0] !== null && typeof a[0] === 'string' && compareWith(s, a, (x, y) => x === y) },
  { name: 'CompareTo', arities: [1], call: (s, a) => (a[0] === null ? 1 : Math.sign(s.localeCompare(str(a[0]), 'en-US'))) },
  { name: 'Substring', arities: [1, 2], call: substring },
  { name: 'IndexOf', arities: [1, 2, 3], call: (s, a) => indexOf(s, a, false) },
  { name: 'LastIndexOf', arities: [1, 2, 3], call: (s, a) => indexOf(s, a, true) },
  { name: 'IndexOfAny', arities: [1, 2], call: (s, a) => {
    const chars = new Set((asCollection(a[0]) ?? [a[0]]).flatMap((x) => [...str(x)]));
    const start = a.length > 1 ? toInt32(a[1]) : 0;
    for (let i = start; i < s.length; i++) if (chars.has(s[i] ?? '')) return i;
    return -1;
  } },
  { name: 'PadLeft', arities: [1, 2], call: (s, a) => pad(s, a, true) },
  { name: 'PadRight', arities: [1, 2], call: (s, a) => pad(s, a, false) },
  { name: 'Insert', arities: [2], call: insert },
  { name: 'Remove', arities: [1, 2], call: remove },
  { name: 'ToCharArray', arities: [0], call: (s) => [...s] },
  { name: 'ToString', arities: [0, 1], call: (s) => s },
  { name: 'Normalize', arities: [0, 1], call: (s) => s.normalize() },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.String') },
];

export const STRING_METHODS = methodTable(defs);
