/** -band -bor -bxor -bnot -shl -shr on Int32 (or Int64 when an operand needs it). */
import { toInt64 } from '../convert.js';

export type BitwiseOperator = 'band' | 'bor' | 'bxor' | 'shl' | 'shr';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function fitsInt32(n: number): boolean {
  return n >= INT32_MIN && n <= INT32_MAX;
}

export function bitwise(op: BitwiseOperator, left: unknown, right: unknown): number {
  const a = toInt64(left);
  const b = toInt64(right);
  if (op === 'shl' || op === 'shr') {
    if (fitsInt32(a)) {
      const count = b & 31;
      return op === 'shl' ? a << count : a >> count;
    }
    const count = BigInt(b & 63);
    const big = BigInt.asIntN(64, BigInt(a));
    return Number(BigInt.asIntN(64, op === 'shl' ? big << count : big >> count));
  }
  if (fitsInt32(a) && fitsInt32(b)) {
    return op === 'band' ? a & b : op === 'bor' ? a | b : a ^ b;
  }
  const x = BigInt.asIntN(64, BigInt(a));
  const y = BigInt.asIntN(64, BigInt(b));
  return Number(BigInt.asIntN(64, op === 'band' ? x & y : op === 'bor' ? x | y : x ^ y));
}

export function bitwiseNot(value: unknown): number {
  const n = toInt64(value);
  return fitsInt32(n) ? ~n : Number(BigInt.asIntN(64, ~BigInt(n)));
}
