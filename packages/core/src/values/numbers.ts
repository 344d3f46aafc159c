/**
 * Number parsing and invariant formatting with .NET's rules. Numbers are JS numbers; integers in
 * Int32 range count as Int32, larger safe integers as Int64, everything else as Double.
 */

/** .NET's default rounding (MidpointRounding.ToEven): [int]2.5 is 2, [int]3.5 is 4. */
export function bankersRound(x: number): number {
  if (!Number.isFinite(x)) return x;
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

export type NumericTypeName = 'System.Int32' | 'System.Int64' | 'System.Double';

export function numericTypeOf(n: number): NumericTypeName {
  if (Number.isInteger(n)) {
    if (n >= -2147483648 && n <= 2147483647) return 'System.Int32';
    if (Math.abs(n) <= Number.MAX_SAFE_INTEGER) return 'System.Int64';
  }
  return 'System.Double';
}

/**
 * How PowerShell prints a number in string context: integers as digits; doubles with 15
 * significant digits (PowerShell keeps .NET Framework's precision, so 0.1 + 0.2 prints 0.3),
 * in exponent form ('1E+15', '1E-05') as .NET's general format does.
 */
export function formatNumberInvariant(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (Object.is(n, -0)) return '-0';
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return String(n);
  const [mantissaText = '', expText = '0'] = n.toExponential(14).split('e');
  const exponent = Number(expText);
  const digits = mantissaText.replace(/\.?0+$/, '');
  if (exponent >= 15 || exponent < -4) {
    const sign = exponent < 0 ? '-' : '+';
    return `${digits}E${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  // Rounded to 15 significant digits, then printed plainly.
  const rounded = Number(n.toPrecision(15));
  return String(rounded);
}

/**
 * .NET Core's Double.ToString() / "R": the shortest text that round-trips ('0.30000000000000004'),
 * used by methods and -f; PowerShell's own conversions use formatNumberInvariant.
 */
export function formatNumberShortest(n: number): string {
  if (!Number.isFinite(n) || Object.is(n, -0) || (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER)) {
    return formatNumberInvariant(n);
  }
  const exponent = Math.floor(Math.log10(Math.abs(n)));
  if (exponent >= 15 || exponent < -4) {
    const [mantissa = '', exp = '0'] = n.toExponential().split('e');
    const sign = exp.startsWith('-') ? '-' : '+';
    return `${mantissa}E${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(n);
}

const MULTIPLIERS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/**
 * Parses a string the way PowerShell converts strings to numbers: surrounding whitespace ignored,
 * empty → 0, hex `0x1F`, exponents, `1kb` multipliers, invariant `,` thousands groups.
 * Returns undefined when the text is not a number.
 */
export function parseNumberString(text: string): number | undefined {
  const s = text.trim();
  if (s === '') return 0;
  const hex = /^([+-]?)0x([0-9a-f]+)$/i.exec(s);
  if (hex) {
    const digits = hex[2] ?? '';
    if (digits.length > 16) return undefined;
    let value = BigInt(`0x${digits}`);
    // PowerShell reads 8-digit hex as Int32 and 16-digit hex as Int64 (two's complement).
    if (digits.length <= 8 && value > 0x7fffffffn) value -= 0x100000000n;
    else if (digits.length > 8 && value > 0x7fffffffffffffffn) value -= 0x10000000000000000n;
    const n = Number(value);
    return hex[1] === '-' ? -n : n;
  }
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:e[+-]?\d+)?)(kb|mb|gb|tb|pb)?$/i.exec(s);
  if (!m || !/\d/.test(m[1] ?? '')) return undefined;
  const value = Number((m[1] ?? '').replace(/,/g, ''));
  if (Number.isNaN(value)) return undefined;
  const multiplier = m[2] ? (MULTIPLIERS[m[2].toLowerCase()] ?? 1) : 1;
  return value * multiplier;
}
