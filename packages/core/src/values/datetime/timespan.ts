/** System.TimeSpan: components, ToString formats ('c', 'g', 'G', custom) and parsing. */
import { FormatStringError } from '../errors.js';
import { PSTimeSpan } from '../model.js';

export interface TimeSpanComponents {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
}

/** Components truncate toward zero and keep the sign, as .NET's do. */
export function timeSpanComponents(ts: PSTimeSpan): TimeSpanComponents {
  const ms = ts.totalMilliseconds;
  const t = (n: number): number => (n === 0 ? 0 : n); // no -0
  return {
    days: t(Math.trunc(ms / 86_400_000)),
    hours: t(Math.trunc(ms / 3_600_000) % 24),
    minutes: t(Math.trunc(ms / 60_000) % 60),
    seconds: t(Math.trunc(ms / 1000) % 60),
    milliseconds: t(Math.trunc(ms) % 1000),
  };
}

export function timeSpanTicks(ts: PSTimeSpan): number {
  return Math.round(ts.totalMilliseconds * 10_000);
}

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** Seven-digit fraction of a second from the (possibly fractional) milliseconds. */
function fraction7(ts: PSTimeSpan): string {
  const ticks = Math.abs(timeSpanTicks(ts)) % 10_000_000;
  return String(ticks).padStart(7, '0');
}

export function formatTimeSpan(ts: PSTimeSpan, format?: string | null): string {
  const fmt = format === undefined || format === null || format === '' ? 'c' : format;
  const c = timeSpanComponents(ts);
  const sign = ts.totalMilliseconds < 0 ? '-' : '';
  const frac = fraction7(ts);
  switch (fmt) {
    case 'c': case 't': case 'T': {
      const days = c.days !== 0 ? `${Math.abs(c.days)}.` : '';
      const fractionText = frac !== '0000000' ? `.${frac}` : '';
      return `${sign}${days}${pad(c.hours, 2)}:${pad(c.minutes, 2)}:${pad(c.seconds, 2)}${fractionText}`;
    }
    case 'g': {
      const days = c.days !== 0 ? `${Math.abs(c.days)}:` : '';
      const trimmed = frac.replace(/0+$/, '');
      return `${sign}${days}${Math.abs(c.hours)}:${pad(c.minutes, 2)}:${pad(c.seconds, 2)}${trimmed ? `.${trimmed}` : ''}`;
    }
    case 'G':
      return `${sign}${Math.abs(c.days)}:${pad(c.hours, 2)}:${pad(c.minutes, 2)}:${pad(c.seconds, 2)}.${frac}`;
    default:
      if (fmt.length === 1) throw new FormatStringError('Input string was not in a correct format.');
      return formatTimeSpanCustom(c, frac, fmt);
  }
}

function formatTimeSpanCustom(c: TimeSpanComponents, frac: string, fmt: string): string {
  let out = '';
  let i = 0;
  const bad = (): never => {
    throw new FormatStringError('Input string was not in a correct format.');
  };
  while (i < fmt.length) {
    const ch = fmt[i] ?? '';
    let n = 1;
    while (fmt[i + n] === ch) n++;
    switch (ch) {
      case 'd': if (n > 8) bad(); out += pad(c.days, n); break;
      case 'h': if (n > 2) bad(); out += pad(c.hours, n); break;
      case 'm': if (n > 2) bad(); out += pad(c.minutes, n); break;
      case 's': if (n > 2) bad(); out += pad(c.seconds, n); break;
      case 'f': if (n > 7) bad(); out += frac.slice(0, n); break;
      case 'F': if (n > 7) bad(); out += frac.slice(0, n).replace(/0+$/, ''); break;
      case "'": case '"': {
        const end = fmt.indexOf(ch, i + 1);
        if (end === -1) bad();
        out += fmt.slice(i + 1, end);
        n = end - i + 1;
        break;
      }
      case '\\':
        if (i + 1 >= fmt.length) bad();
        out += fmt[i + 1];
        n = 2;
        break;
      case '%':
        n = 1;
        break;
      default:
        bad();
    }
    i += n;
  }
  return out;
}

/** Parses `[-][d.]hh:mm[:ss[.fffffff]]`, `d:hh:mm:ss` or a whole number of days. */
export function parseTimeSpan(text: string): PSTimeSpan | undefined {
  const s = text.trim();
  const days = /^([+-]?)(\d+)$/.exec(s);
  if (days) return new PSTimeSpan((days[1] === '-' ? -1 : 1) * Number(days[2]) * 86_400_000);
  const m =
    /^([+-]?)(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/.exec(s) ??
    /^([+-]?)(\d+):(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,7}))?$/.exec(s);
  if (!m) return undefined;
  const [d, h, min, sec] = [Number(m[2] ?? 0), Number(m[3]), Number(m[4]), Number(m[5] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return undefined;
  const fractionMs = Number((m[6] ?? '').padEnd(7, '0')) / 10_000;
  const total = ((d * 24 + h) * 60 + min) * 60_000 + sec * 1000 + fractionMs;
  return new PSTimeSpan(m[1] === '-' ? -total : total);
}
