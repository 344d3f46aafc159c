/**
 * Arithmetic with PowerShell's rules: the left operand's type decides. Strings concatenate and
 * repeat, arrays append and repeat, hashtables merge, DateTime/TimeSpan do calendar arithmetic,
 * numbers convert numeric strings.
 */
import { addMilliseconds, wallClockMs } from '../datetime/calendar.js';
import { invalidCast, toDateTime, toInt32, toNumber, toTimeSpan } from '../convert.js';
import { RuntimeError } from '../errors.js';
import { PSDateTime, PSHashtable, PSTimeSpan } from '../model.js';
import { toPSString } from '../stringify.js';
import { typeNameOf } from '../type-of.js';
import { asCollection } from './comparison.js';

export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%';

const METHOD_NAMES: Record<ArithmeticOperator, string> = {
  '+': 'op_Addition', '-': 'op_Subtraction', '*': 'op_Multiply', '/': 'op_Division', '%': 'op_Modulus',
};

function noOperator(left: unknown, op: ArithmeticOperator): RuntimeError {
  return new RuntimeError(
    `Method invocation failed because [${typeNameOf(left)}] does not contain a method named '${METHOD_NAMES[op]}'.`,
    'MethodNotFound',
    'InvalidOperation',
  );
}

function divideByZero(): RuntimeError {
  return new RuntimeError('Attempted to divide by zero.', 'RuntimeException', 'NotSpecified');
}

/** The right operand as a number for a numeric left operand; a collection cannot be one. */
function numericRight(left: unknown, right: unknown): number {
  if (asCollection(right)) throw invalidCast(right, typeNameOf(left) === '$null' ? 'System.Int32' : typeNameOf(left));
  return toNumber(right, typeof left === 'number' ? typeNameOf(left) : 'System.Int32');
}

function numeric(op: ArithmeticOperator, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
      if (b === 0 && Number.isInteger(a) && Number.isInteger(b)) throw divideByZero();
      return a / b;
    case '%':
      if (b === 0 && Number.isInteger(a) && Number.isInteger(b)) throw divideByZero();
      return a % b;
  }
}

function mergeHashtables(left: PSHashtable, right: unknown): PSHashtable {
  if (!(right instanceof PSHashtable)) {
    throw new RuntimeError('A hash table can only be added to another hash table.', 'AddHashTableToNonHashTable', 'InvalidOperation');
  }
  const merged = new PSHashtable();
  for (const [k, v] of left.entries()) merged.set(k, v);
  for (const [k, v] of right.entries()) {
    if (merged.has(k)) {
      const existing = left.keys().find((key) => key.toLowerCase() === k.toLowerCase()) ?? k;
      throw new RuntimeError(`Item has already been added. Key in dictionary: '${existing}'  Key being added: '${k}'`, 'ArgumentException', 'NotSpecified');
    }
    merged.set(k, v);
  }
  return merged;
}

function repeatCount(right: unknown): number {
  const count = toInt32(right);
  if (count < 0) throw new RuntimeError('Specified argument was out of the range of valid values.', 'ArgumentOutOfRange', 'InvalidArgument');
  return count;
}

function dateArithmetic(op: ArithmeticOperator, left: PSDateTime, right: unknown): unknown {
  if (op === '+') return addMilliseconds(left, toTimeSpan(right).totalMilliseconds);
  if (op === '-') {
    if (right instanceof PSDateTime) return new PSTimeSpan(wallClockMs(left) - wallClockMs(right));
    if (right instanceof PSTimeSpan || typeof right === 'number') return addMilliseconds(left, -toTimeSpan(right).totalMilliseconds);
    if (typeof right === 'string') return new PSTimeSpan(wallClockMs(left) - wallClockMs(toDateTime(right)));
  }
  throw noOperator(left, op);
}

function timeSpanArithmetic(op: ArithmeticOperator, left: PSTimeSpan, right: unknown): unknown {
  if (op === '+' && right instanceof PSDateTime) throw noOperator(left, op);
  if (op === '+') return new PSTimeSpan(left.totalMilliseconds + toTimeSpan(right).totalMilliseconds);
  if (op === '-') return new PSTimeSpan(left.totalMilliseconds - toTimeSpan(right).totalMilliseconds);
  throw noOperator(left, op);
}

export function arithmetic(op: ArithmeticOperator, left: unknown, right: unknown): unknown {
  const leftItems = asCollection(left);
  if (left === null || left === undefined) {
    // $null + x is x; $null - 5 is -5; $null * x is $null.
    if (op === '+') return right instanceof PSHashtable || asCollection(right) || typeof right === 'string' ? right : numeric('+', 0, numericRight(0, right));
    if (op === '*') return null;
    return numeric(op, 0, numericRight(0, right));
  }
  if (leftItems) {
    if (op === '+') return [...leftItems, ...(asCollection(right) ?? [right])];
    if (op === '*') {
      const count = repeatCount(right);
      const out: unknown[] = [];
      for (let i = 0; i < count; i++) out.push(...leftItems);
      return out;
    }
    throw noOperator(left, op);
  }
  if (left instanceof PSHashtable) {
    if (op === '+') return mergeHashtables(left, right);
    throw noOperator(left, op);
  }
  if (typeof left === 'string') {
    if (op === '+') return left + toPSString(right);
    if (op === '*') return left.repeat(repeatCount(right));
    return numeric(op, toNumber(left, 'System.Int32'), numericRight(0, right));
  }
  if (typeof left === 'number') return numeric(op, left, numericRight(left, right));
  if (typeof left === 'boolean') return numeric(op, left ? 1 : 0, numericRight(0, right));
  if (left instanceof PSDateTime) return dateArithmetic(op, left, right);
  if (left instanceof PSTimeSpan) return timeSpanArithmetic(op, left, right);
  throw noOperator(left, op);
}

/** Unary minus: numbers (and numeric strings); `-$null` is 0. */
export function negate(value: unknown): unknown {
  if (value instanceof PSTimeSpan) return new PSTimeSpan(-value.totalMilliseconds);
  if (asCollection(value)) throw noOperator(value, '-');
  const n = toNumber(value, 'System.Int32');
  return n === 0 ? 0 : -n;
}

/** Unary plus: numbers stay, numeric strings become numbers. */
export function unaryPlus(value: unknown): unknown {
  if (typeof value === 'number' || value instanceof PSTimeSpan) return value;
  if (asCollection(value)) return value;
  return toNumber(value, 'System.Int32');
}
