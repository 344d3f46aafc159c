/**
 * PowerShell numeric literals: decimal, hex (`0x1F`), reals (`1.5`, `1e3`), type suffixes (`10l`
 * Int64, `1d` Decimal) and multipliers (`1kb` ... `1pb`). Integers take the smallest of Int32,
 * Int64, Decimal, Double that holds them; hex literals wrap like PowerShell's (`0xFFFFFFFF` is -1).
 */
import type { NumberType } from './ast.js';
import { isDash, isDigit, isHexDigit } from './chars.js';

export interface ScannedNumber {
  readonly value: number;
  readonly numberType: NumberType;
  readonly end: number;
}

const MULTIPLIERS: Readonly<Record<string, bigint>> = {
  k: 1n << 10n,
  m: 1n << 20n,
  g: 1n << 30n,
  t: 1n << 40n,
  p: 1n << 50n,
};

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const DECIMAL_MAX = 79228162514264337593543950335n;

function classifyInteger(v: bigint, forceLong: boolean): { value: number; numberType: NumberType } | undefined {
  if (!forceLong && v >= INT32_MIN && v <= INT32_MAX) return { value: Number(v), numberType: 'Int32' };
  if (v >= INT64_MIN && v <= INT64_MAX) return { value: Number(v), numberType: 'Int64' };
  if (forceLong) return undefined;
  if (v >= -DECIMAL_MAX && v <= DECIMAL_MAX) return { value: Number(v), numberType: 'Decimal' };
  return { value: Number(v), numberType: 'Double' };
}

function wrapHex(v: bigint, forceLong: boolean): { value: number; numberType: NumberType } | undefined {
  if (!forceLong && v <= 0xffffffffn) return { value: Number(BigInt.asIntN(32, v)), numberType: 'Int32' };
  if (v <= 0xffffffffffffffffn) return { value: Number(BigInt.asIntN(64, v)), numberType: 'Int64' };
  return undefined;
}

/**
 * Scans a number at `pos` (an optional sign is accepted when `allowSign`). Returns undefined when
 * the text there is not a well-formed number; the caller decides what follows may be.
 */
export function scanNumber(text: string, pos: number, allowSign: boolean): ScannedNumber | undefined {
  let i = pos;
  let negative = false;
  if (allowSign && (isDash(text[i]) || text[i] === '+')) {
    negative = text[i] !== '+';
    i++;
  }
  let hex = false;
  let real = false;
  const digitsStart = i;
  let digits: string;
  if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
    i += 2;
    const hexStart = i;
    while (isHexDigit(text[i])) i++;
    if (i === hexStart) return undefined;
    hex = true;
    digits = text.slice(hexStart, i);
  } else {
    while (isDigit(text[i])) i++;
    if (text[i] === '.' && isDigit(text[i + 1])) {
      real = true;
      i++;
      while (isDigit(text[i])) i++;
    }
    if (i === digitsStart) return undefined;
    if (text[i] === 'e' || text[i] === 'E') {
      let j = i + 1;
      if (text[j] === '+' || isDash(text[j])) j++;
      if (!isDigit(text[j])) return undefined;
      while (isDigit(text[j])) j++;
      real = true;
      i = j;
    }
    digits = text.slice(digitsStart, i);
    if (!/^[0-9.eE+-]*$/.test(digits)) digits = digits.replace(/[\u2013\u2014\u2015]/g, '-');
  }
  let suffix = '';
  const s = text[i]?.toLowerCase();
  if (s === 'l' || (s === 'd' && !hex)) {
    suffix = s;
    i++;
  }
  let multiplier = 1n;
  const m = text[i]?.toLowerCase();
  if (m !== undefined && m in MULTIPLIERS) {
    const b = text[i + 1];
    if (b !== 'b' && b !== 'B') return undefined;
    multiplier = MULTIPLIERS[m] ?? 1n;
    i += 2;
  }
  const classified = classify(digits, hex, real, suffix, multiplier, negative);
  return classified ? { ...classified, end: i } : undefined;
}

function classify(
  digits: string,
  hex: boolean,
  real: boolean,
  suffix: string,
  multiplier: bigint,
  negative: boolean,
): { value: number; numberType: NumberType } | undefined {
  const sign = negative ? -1 : 1;
  // Fast path for the common case: a short plain decimal integer is always an Int32.
  if (!real && !hex && suffix === '' && multiplier === 1n && digits.length <= 9) {
    return { value: sign * parseInt(digits, 10), numberType: 'Int32' };
  }
  if (real) {
    const value = sign * Number(digits) * Number(multiplier);
    if (suffix === 'l') return Number.isInteger(value) ? classifyInteger(BigInt(value), true) : undefined;
    return { value, numberType: suffix === 'd' ? 'Decimal' : 'Double' };
  }
  if (hex) {
    const wrapped = wrapHex(BigInt(`0x${digits}`) * multiplier, suffix === 'l');
    return wrapped && negative ? { ...wrapped, value: -wrapped.value } : wrapped;
  }
  const v = BigInt(digits) * multiplier * BigInt(sign);
  if (suffix === 'd') return { value: Number(v), numberType: 'Decimal' };
  return classifyInteger(v, suffix === 'l');
}
