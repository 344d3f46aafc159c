/** `a..b`: integers (banker's rounded) or single characters ('a'..'e'). */
import { toInt32 } from '../convert.js';
import { PSRange } from '../range.js';

function isCharOperand(value: unknown): value is string {
  return typeof value === 'string' && value.length === 1 && !/\d/.test(value);
}

export function range(left: unknown, right: unknown): PSRange {
  if (isCharOperand(left) && isCharOperand(right)) return new PSRange(left.charCodeAt(0), right.charCodeAt(0), true);
  return new PSRange(toInt32(left), toInt32(right));
}
