/**
 * `$a[i]`, `$a[-1]`, `$a[0,2]`, `$a[1..3]`, `'abc'[0]`, `$h['key']`, `$Matches[1]` and assignment
 * through an index, with PowerShell's rules (out of range reads $null; scalars answer [0] and [-1]).
 */
import { toInt32 } from '../convert.js';
import { RuntimeError } from '../errors.js';
import { PSHashtable } from '../model.js';
import { PSRange } from '../range.js';
import { toPSString } from '../stringify.js';
import { typeNameOf } from '../type-of.js';

function nullArray(): RuntimeError {
  return new RuntimeError('Cannot index into a null array.', 'NullArray', 'InvalidOperation');
}

function indexList(index: unknown): unknown[] | undefined {
  if (index instanceof PSRange) return index.toArray();
  return Array.isArray(index) ? (index as unknown[]) : undefined;
}

function elementAt(items: ArrayLike<unknown>, index: unknown): unknown {
  const i = toInt32(index);
  const at = i < 0 ? items.length + i : i;
  return at >= 0 && at < items.length ? (items[at] ?? null) : undefined;
}

/** Reads `value[index]`; an index list returns the elements found (missing ones are skipped). */
export function getIndex(value: unknown, index: unknown): unknown {
  if (value === null || value === undefined) throw nullArray();
  const many = indexList(index);
  if (value instanceof PSHashtable) {
    const one = (key: unknown): unknown => (value.has(toPSString(key)) ? value.get(toPSString(key)) : undefined);
    if (many) return many.map(one).filter((v) => v !== undefined);
    return one(index) ?? null;
  }
  const items: ArrayLike<unknown> | undefined =
    Array.isArray(value) ? (value as unknown[]) : value instanceof PSRange ? value.toArray() : typeof value === 'string' ? value : undefined;
  // A scalar is a one-element collection for [0] and [-1].
  const source = items ?? [value];
  if (many) return many.map((i) => elementAt(source, i)).filter((v) => v !== undefined);
  const result = elementAt(source, index);
  return result === undefined ? null : result;
}

/** `value[index] = newValue` for arrays (in range) and hashtables. */
export function setIndex(target: unknown, index: unknown, newValue: unknown): void {
  if (target === null || target === undefined) throw nullArray();
  if (target instanceof PSHashtable) {
    target.set(toPSString(index), newValue);
    return;
  }
  if (Array.isArray(target)) {
    const i = toInt32(index);
    const at = i < 0 ? target.length + i : i;
    if (at < 0 || at >= target.length) throw new RuntimeError('Index was outside the bounds of the array.', 'IndexOutOfRange', 'InvalidOperation');
    (target as unknown[])[at] = newValue;
    return;
  }
  throw new RuntimeError(`Unable to index into an object of type ${typeNameOf(target)}.`, 'CannotIndex', 'InvalidOperation');
}
