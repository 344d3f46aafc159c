/**
 * .NET numeric format strings in the en-US culture: standard (C D E F G N P R X, with precision)
 * and custom patterns ('0.00', '#,##0', '#.##', '0%', sections with ';').
 * Custom scientific notation ('0.0E+0') is not supported.
 */
import { FormatStringError } from './errors.js';
import { formatNumberInvariant, formatNumberShortest } from './numbers.js';

const INVALID = 'Format specifier was invalid.';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Fixed-point text of |n| with `decimals` digits, rounding half away from zero as .NET Core does. */
function fixed(abs: number, decimals: number): string {
  return abs.toFixed(Math.min(decimals, 100));
}

function withSign(negative: boolean, text: string): string {
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

function exponential(n: number, precision: number, upper: boolean, minExponentDigits: number): string {
  const [mantissa = '', exp = '0'] = Math.abs(n).toExponential(precision).split('e');
  const sign = exp.startsWith('-') ? '-' : '+';
  const digits = exp.replace(/^[+-]/, '').padStart(minExponentDigits, '0');
  return withSign(n < 0, `${mantissa}${upper ? 'E' : 'e'}${sign}${digits}`);
}

function general(n: number, precision: number | undefined, upper: boolean): string {
  if (precision === undefined || precision === 0) {
    const text = formatNumberShortest(n);
    return upper ? text : text.replace('E', 'e');
  }
  if (n === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(n)));
  if (exponent >= precision || exponent < -4) {
    const text = exponential(n, precision - 1, upper, 2);
    return text.replace(/\.?0+(?=[eE])/, '');
  }
  const text = n.toPrecision(precision);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function hex(n: number, width: number, upper: boolean): string {
  if (!Number.isInteger(n)) throw new FormatStringError(INVALID);
  let value = BigInt(n);
  if (value < 0n) value += n >= -2147483648 ? 0x100000000n : 0x10000000000000000n;
  const text = value.toString(16).padStart(width, '0');
  return upper ? text.toUpperCase() : text;
}

/** Formats a number with a .NET numeric format string (en-US culture). */
export function formatNumber(n: number, format?: string | null): string {
  if (format === undefined || format === null || format === '') return formatNumberShortest(n);
  const standard = /^([a-zA-Z])(\d{0,9})$/.exec(format);
  if (!standard) return formatCustomNumber(n, format);
  const letter = standard[1] ?? '';
  const precisionText = standard[2] ?? '';
  const precision = precisionText === '' ? undefined : Number(precisionText);
  const negative = n < 0;
  const abs = Math.abs(n);
  if (!Number.isFinite(n)) return formatNumberInvariant(n);
  switch (letter) {
    case 'C': case 'c': {
      const text = group(fixed(abs, precision ?? 2));
      return withSign(negative, `$${text}`);
    }
    case 'D': case 'd': {
      if (!Number.isInteger(n)) throw new FormatStringError(INVALID);
      return withSign(negative, String(abs).padStart(precision ?? 0, '0'));
    }
    case 'E': case 'e':
      return exponential(n, precision ?? 6, letter === 'E', 3);
    case 'F': case 'f':
      return withSign(negative, fixed(abs, precision ?? 2));
    case 'G': case 'g':
      return general(n, precision, letter === 'G');
    case 'N': case 'n': {
      const [int = '', frac] = fixed(abs, precision ?? 2).split('.');
      return withSign(negative, frac === undefined ? group(int) : `${group(int)}.${frac}`);
    }
    case 'P': case 'p': {
      const [int = '', frac] = fixed(abs * 100, precision ?? 2).split('.');
      return withSign(negative, `${group(int)}${frac === undefined ? '' : `.${frac}`}%`);
    }
    case 'R': case 'r':
      return formatNumberShortest(n);
    case 'X': case 'x':
      return hex(n, precision ?? 0, letter === 'X');
    default:
      // Any other single letter with digits is a custom pattern made of literals.
      return formatCustomNumber(n, format);
  }
}

interface Section {
  text: string;
}

function splitSections(format: string): Section[] {
  const sections: Section[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? '';
    if (ch === '\\') {
      current += ch + (format[i + 1] ?? '');
      i++;
    } else if (ch === "'" || ch === '"') {
      const end = format.indexOf(ch, i + 1);
      const stop = end === -1 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === ';') {
      sections.push({ text: current });
      current = '';
    } else {
      current += ch;
    }
  }
  sections.push({ text: current });
  return sections;
}

type Token = { kind: 'digit'; zero: boolean; fraction: boolean } | { kind: 'point' } | { kind: 'literal'; text: string };

function tokenize(section: string): { tokens: Token[]; grouping: boolean; scale: number; percent: number } {
  const tokens: Token[] = [];
  let inFraction = false;
  let grouping = false;
  let scale = 0;
  let percent = 0;
  let pendingCommas = 0;
  let seenDigit = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? '';
    if (ch === '0' || ch === '#') {
      if (pendingCommas > 0 && !inFraction && seenDigit) grouping = true;
      pendingCommas = 0;
      seenDigit = true;
      tokens.push({ kind: 'digit', zero: ch === '0', fraction: inFraction });
    } else if (ch === '.') {
      if (!inFraction) {
        scale += pendingCommas;
        pendingCommas = 0;
        inFraction = true;
        tokens.push({ kind: 'point' });
      }
    } else if (ch === ',') {
      if (!inFraction && seenDigit) pendingCommas++;
    } else if (ch === '%') {
      percent++;
      tokens.push({ kind: 'literal', text: '%' });
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i++;
    } else if (ch === "'" || ch === '"') {
      const end = section.indexOf(ch, i + 1);
      const stop = end === -1 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop;
    } else {
      tokens.push({ kind: 'literal', text: ch });
    }
  }
  if (!inFraction) scale += pendingCommas;
  return { tokens, grouping, scale, percent };
}

/** Applies a custom numeric pattern. */
export function formatCustomNumber(n: number, format: string): string {
  const sections = splitSections(format);
  let section = sections[0]?.text ?? '';
  let value = n;
  let explicitNegative = false;
  if (n < 0 && sections.length >= 2) {
    section = sections[1]?.text || section;
    explicitNegative = sections[1]?.text !== '';
    value = Math.abs(n);
  } else if (n === 0 && sections.length >= 3 && sections[2]?.text) {
    section = sections[2].text;
  }
  const { tokens, grouping, scale, percent } = tokenize(section);
  const digitsTokens = tokens.filter((t): t is Extract<Token, { kind: 'digit' }> => t.kind === 'digit');
  if (digitsTokens.length === 0) return tokens.map((t) => (t.kind === 'literal' ? t.text : '')).join('');
  value = (value * 100 ** percent) / 1000 ** scale;

  const intTokens = digitsTokens.filter((t) => !t.fraction);
  const fracTokens = digitsTokens.filter((t) => t.fraction);
  const firstZero = intTokens.findIndex((t) => t.zero);
  const minInt = firstZero === -1 ? 0 : intTokens.length - firstZero;
  const maxFrac = fracTokens.length;
  let lastZero = -1;
  fracTokens.forEach((t, i) => {
    if (t.zero) lastZero = i;
  });
  const minFrac = lastZero + 1;

  const negative = value < 0;
  const [intRaw = '', fracRaw = ''] = fixed(Math.abs(value), maxFrac).split('.');
  let intDigits = intRaw === '0' ? '' : intRaw;
  intDigits = intDigits.padStart(minInt, '0');
  let fracDigits = fracRaw;
  while (fracDigits.length > minFrac && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);

  let out = '';
  let intIndex = 0;
  let fracIndex = 0;
  const intCount = intTokens.length;
  const offset = intCount - intDigits.length;
  const groupedInt = grouping ? group(intDigits) : intDigits;
  for (const token of tokens) {
    if (token.kind === 'literal') out += token.text;
    else if (token.kind === 'point') out += fracDigits.length > 0 ? '.' : '';
    else if (!token.fraction) {
      if (grouping) {
        if (intIndex === 0) out += groupedInt;
      } else if (intIndex === 0 && offset < 0) {
        out += intDigits.slice(0, 1 - offset);
      } else {
        const di = intIndex - offset;
        if (di >= 0) out += intDigits[di] ?? '';
      }
      intIndex++;
    } else {
      out += fracDigits[fracIndex] ?? '';
      fracIndex++;
    }
  }
  const isZero = !/[1-9]/.test(intDigits + fracDigits);
  return negative && !explicitNegative && !isZero ? `-${out}` : out;
}
