/**
 * .NET DateTime.ToString(format) for the en-US and invariant cultures: the standard single-letter
 * formats and the custom specifiers (yyyy MM dd HH hh mm ss fff tt zzz K ddd dddd MMM MMMM ...).
 */
import { FormatStringError } from '../errors.js';
import type { PSDateTime } from '../model.js';
import { fieldsOf, localOffsetMinutes, toUniversalTime, type WallClockFields } from './calendar.js';
import { abbreviatedDayName, abbreviatedMonthName, dayName, monthName } from './names.js';

export type DateCulture = 'en-US' | 'invariant';

const CULTURE_PATTERNS: Record<DateCulture, Record<string, string>> = {
  'en-US': {
    d: 'M/d/yyyy', D: 'dddd, MMMM d, yyyy', t: 'h:mm tt', T: 'h:mm:ss tt',
    M: 'MMMM d', Y: 'MMMM yyyy',
  },
  invariant: {
    d: 'MM/dd/yyyy', D: 'dddd, dd MMMM yyyy', t: 'HH:mm', T: 'HH:mm:ss',
    M: 'MMMM dd', Y: 'yyyy MMMM',
  },
};

const ROUND_TRIP = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
const RFC1123 = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
const SORTABLE = "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
const UNIVERSAL_SORTABLE = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";

/** Expands a standard format letter to its custom pattern (and whether it formats in UTC). */
function standardPattern(letter: string, culture: DateCulture): { pattern: string; utc: boolean } | undefined {
  const p = CULTURE_PATTERNS[culture];
  switch (letter) {
    case 'd': case 'D': case 't': case 'T': return { pattern: p[letter] ?? '', utc: false };
    case 'f': return { pattern: `${p.D} ${p.t}`, utc: false };
    case 'F': return { pattern: `${p.D} ${p.T}`, utc: false };
    case 'g': return { pattern: `${p.d} ${p.t}`, utc: false };
    case 'G': return { pattern: `${p.d} ${p.T}`, utc: false };
    case 'm': case 'M': return { pattern: p.M ?? '', utc: false };
    case 'y': case 'Y': return { pattern: p.Y ?? '', utc: false };
    case 'o': case 'O': return { pattern: ROUND_TRIP, utc: false };
    case 'r': case 'R': return { pattern: RFC1123, utc: true };
    case 's': return { pattern: SORTABLE, utc: false };
    case 'u': return { pattern: UNIVERSAL_SORTABLE, utc: false };
    case 'U': return { pattern: `${p.D} ${p.T}`, utc: true };
    default: return undefined;
  }
}

/** Formats a DateTime; an empty or missing format is 'G'. Throws FormatStringError on bad formats. */
export function formatDateTime(dt: PSDateTime, format?: string | null, culture: DateCulture = 'en-US'): string {
  const fmt = format === undefined || format === null || format === '' ? 'G' : format;
  if (fmt.length === 1) {
    const standard = standardPattern(fmt, culture);
    if (!standard) throw new FormatStringError('Input string was not in a correct format.');
    const target = standard.utc ? toUniversalTime(dt) : dt;
    return formatCustom(target, standard.pattern);
  }
  return formatCustom(dt, fmt);
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function runLength(format: string, i: number): number {
  const ch = format[i];
  let j = i;
  while (j < format.length && format[j] === ch) j++;
  return j - i;
}

function offsetText(dt: PSDateTime, width: 1 | 2 | 3): string {
  const minutes = dt.kind === 'Utc' ? 0 : localOffsetMinutes(dt.epochMs);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  if (width === 1) return `${sign}${hours}`;
  if (width === 2) return `${sign}${pad(hours, 2)}`;
  return `${sign}${pad(hours, 2)}:${pad(abs % 60, 2)}`;
}

/** Fraction digits: JS keeps milliseconds, so digits past the third are zeros. */
function fraction(f: WallClockFields, digits: number): string {
  return String(f.millisecond).padStart(3, '0').padEnd(7, '0').slice(0, digits);
}

/** Applies a custom pattern. */
export function formatCustom(dt: PSDateTime, format: string): string {
  const f = fieldsOf(dt);
  let out = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i] ?? '';
    const n = runLength(format, i);
    switch (ch) {
      case 'd':
        out += n === 1 ? String(f.day) : n === 2 ? pad(f.day, 2) : n === 3 ? abbreviatedDayName(f.dayOfWeek) : dayName(f.dayOfWeek);
        i += n;
        break;
      case 'f':
      case 'F': {
        if (n > 7) throw new FormatStringError('Input string was not in a correct format.');
        let text = fraction(f, n);
        if (ch === 'F') {
          text = text.replace(/0+$/, '');
          // .NET drops the '.' before an all-zero F fraction.
          if (text === '' && out.endsWith('.')) out = out.slice(0, -1);
        }
        out += text;
        i += n;
        break;
      }
      case 'g':
        out += 'A.D.';
        i += n;
        break;
      case 'h': {
        const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
        out += n === 1 ? String(h12) : pad(h12, 2);
        i += n;
        break;
      }
      case 'H':
        out += n === 1 ? String(f.hour) : pad(f.hour, 2);
        i += n;
        break;
      case 'K':
        out += dt.kind === 'Utc' ? 'Z' : dt.kind === 'Local' ? offsetText(dt, 3) : '';
        i += 1;
        break;
      case 'm':
        out += n === 1 ? String(f.minute) : pad(f.minute, 2);
        i += n;
        break;
      case 'M':
        out += n === 1 ? String(f.month) : n === 2 ? pad(f.month, 2) : n === 3 ? abbreviatedMonthName(f.month) : monthName(f.month);
        i += n;
        break;
      case 's':
        out += n === 1 ? String(f.second) : pad(f.second, 2);
        i += n;
        break;
      case 't': {
        const designator = f.hour < 12 ? 'AM' : 'PM';
        out += n === 1 ? designator[0] : designator;
        i += n;
        break;
      }
      case 'y':
        out += n === 1 ? String(f.year % 100) : n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        i += n;
        break;
      case 'z':
        out += offsetText(dt, n === 1 ? 1 : n === 2 ? 2 : 3);
        i += n;
        break;
      case "'":
      case '"': {
        const end = format.indexOf(ch, i + 1);
        if (end === -1) throw new FormatStringError(`Cannot find a matching quote character for the character '${ch}'.`);
        out += format.slice(i + 1, end);
        i = end + 1;
        break;
      }
      case '\\':
        if (i + 1 >= format.length) throw new FormatStringError('Input string was not in a correct format.');
        out += format[i + 1];
        i += 2;
        break;
      case '%': {
        // '%d' is the custom 'd' on its own (a lone 'd' would be the standard short date).
        const next = format[i + 1];
        if (next === undefined || next === '%') throw new FormatStringError('Input string was not in a correct format.');
        out += formatCustom(dt, next);
        i += 2;
        break;
      }
      default:
        out += ch;
        i += 1;
    }
  }
  return out;
}
