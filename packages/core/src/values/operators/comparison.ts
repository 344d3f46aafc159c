/**
 * Comparison operators: the left operand's type decides and the right is converted to it; a
 * collection on the left filters. Strings compare case-insensitively unless asked otherwise.
 */
import { wallClockMs } from '../datetime/calendar.js';
import { canonicalGuid, toDateTime, toNumber, toTimeSpan } from '../convert.js';
import { RuntimeError } from '../errors.js';
import { PSDateTime, PSGuid, PSTimeSpan, PSTypeName } from '../model.js';
import { parseNumberString } from '../numbers.js';
import { PSRange } from '../range.js';
import { toPSString } from '../stringify.js';
import { isTruthy } from '../truthiness.js';
import { typeNameOf } from '../type-of.js';
import { resolveType } from '../typenames.js';

const ignoreCaseCollator = new Intl.Collator('en-US', { sensitivity: 'accent', caseFirst: 'lower' });
const caseCollator = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

export function stringsEqual(a: string, b: string, caseSensitive: boolean): boolean {
  return caseSensitive ? a === b : a === b || a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();
}

export function compareStrings(a: string, b: string, caseSensitive: boolean): number {
  return (caseSensitive ? caseCollator : ignoreCaseCollator).compare(a, b);
}

/** A collection for operator purposes: arrays and ranges (strings and dictionaries are scalars). */
export function asCollection(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value instanceof PSRange) return value.toArray();
  return undefined;
}

function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RuntimeError) return undefined;
    throw error;
  }
}

/** `-eq` on two scalars (left decides). */
export function scalarEquals(left: unknown, right: unknown, caseSensitive: boolean): boolean {
  if (left === null || left === undefined) return right === null || right === undefined;
  if (right === null || right === undefined) return false;
  if (typeof left === 'string') return stringsEqual(left, toPSString(right), caseSensitive);
  if (typeof left === 'number') {
    if (typeof right === 'number') return left === right;
    if (typeof right === 'boolean') return left === (right ? 1 : 0);
    if (typeof right === 'string') return parseNumberString(right) === left;
    return attempt(() => toNumber(right)) === left;
  }
  if (typeof left === 'boolean') return left === isTruthy(right);
  if (left instanceof PSDateTime) {
    const other = attempt(() => toDateTime(right));
    return other !== undefined && wallClockMs(other) === wallClockMs(left);
  }
  if (left instanceof PSTimeSpan) {
    const other = attempt(() => toTimeSpan(right));
    return other !== undefined && other.totalMilliseconds === left.totalMilliseconds;
  }
  if (left instanceof PSGuid) {
    if (right instanceof PSGuid) return right.value === left.value;
    return typeof right === 'string' && canonicalGuid(right) === left.value;
  }
  if (left instanceof PSTypeName) {
    const name = right instanceof PSTypeName ? right.name : typeof right === 'string' ? right : undefined;
    return name !== undefined && resolveType(name)?.fullName === resolveType(left.name)?.fullName && resolveType(name) !== undefined;
  }
  return left === right;
}

function comparisonFailure(left: unknown, right: unknown, error: unknown): RuntimeError {
  const reason = error instanceof Error ? error.message : String(error);
  return new RuntimeError(`Could not compare "${toPSString(left)}" to "${toPSString(right)}". Error: "${reason}"`, 'ComparisonFailure', 'InvalidOperation');
}

function convertOrFail<T>(left: unknown, right: unknown, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RuntimeError) throw comparisonFailure(left, right, error);
    throw error;
  }
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Ordering of two scalars for -gt/-lt/Sort-Object (left decides). $null sorts first. */
export function compareScalars(left: unknown, right: unknown, caseSensitive: boolean): number {
  const leftNull = left === null || left === undefined;
  const rightNull = right === null || right === undefined;
  if (leftNull || rightNull) return leftNull && rightNull ? 0 : leftNull ? -1 : 1;
  if (typeof left === 'string') return sign(compareStrings(left, toPSString(right), caseSensitive));
  if (typeof left === 'number') {
    const other = convertOrFail(left, right, () => toNumber(right, typeNameOf(left)));
    return sign(left - other);
  }
  if (typeof left === 'boolean') return sign(Number(left) - Number(isTruthy(right)));
  if (left instanceof PSDateTime) {
    const other = convertOrFail(left, right, () => toDateTime(right));
    return sign(wallClockMs(left) - wallClockMs(other));
  }
  if (left instanceof PSTimeSpan) {
    const other = convertOrFail(left, right, () => toTimeSpan(right));
    return sign(left.totalMilliseconds - other.totalMilliseconds);
  }
  if (left instanceof PSGuid) return sign(compareStrings(left.value, toPSString(right).toLowerCase(), true));
  throw new RuntimeError(`Cannot compare "${toPSString(left)}" because it is not IComparable.`, 'NotIcomparable', 'InvalidOperation');
}

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

function test(op: ComparisonOperator, left: unknown, right: unknown, caseSensitive: boolean): boolean {
  switch (op) {
    case 'eq': return scalarEquals(left, right, caseSensitive);
    case 'ne': return !scalarEquals(left, right, caseSensitive);
    case 'gt': return compareScalars(left, right, caseSensitive) > 0;
    case 'ge': return compareScalars(left, right, caseSensitive) >= 0;
    case 'lt': return compareScalars(left, right, caseSensitive) < 0;
    case 'le': return compareScalars(left, right, caseSensitive) <= 0;
  }
}

/** -eq -ne -gt -ge -lt -le: a boolean, or the matching elements when the left is a collection. */
export function compare(op: ComparisonOperator, left: unknown, right: unknown, caseSensitive = false): boolean | unknown[] {
  const items = asCollection(left);
  if (items) return items.filter((item) => test(op, item, right, caseSensitive));
  return test(op, left, right, caseSensitive);
}

/** -contains / -notcontains (and -in / -notin with the operands swapped). */
export function contains(collection: unknown, item: unknown, caseSensitive = false): boolean {
  const items = asCollection(collection) ?? [collection];
  return items.some((element) => scalarEquals(element, item, caseSensitive));
}
