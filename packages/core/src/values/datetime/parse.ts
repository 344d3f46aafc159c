/**
 * Parsing date text the way `[datetime]'...'` does in the invariant culture: ISO 8601 (with or
 * without offset), US `M/d/yyyy`, `yyyy/M/d`, month names (`November 27, 2026`, `27 Nov 2026`),
 * RFC 1123, optional time with AM/PM, and time only (today's date).
 * Text with an offset or Z becomes a Local DateTime (converted, as .NET does); text without an
 * offset is Unspecified (its wall clock is read as local time).
 */
import { PSDateTime, type DateTimeKind } from '../model.js';
import { daysInMonth, fieldsOf, fromWallClock, wallClockToMs } from './calendar.js';
import { isDayName, monthFromName } from './names.js';

interface DateParts {
  year: number;
  month: number;
  day: number;
}
interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const TIME = /(?:^|[\sT])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?(?:\s*([ap]\.?m\.?))?(?=$|\s|[zZ+-])/i;
const HOUR_AMPM = /(?:^|\s)(\d{1,2})\s*([ap]\.?m\.?)$/i;
const OFFSET = /\s*(?:(z|gmt|utc)|(?:gmt|utc)?([+-])(\d{2}):?(\d{2})?)$/i;

function twoDigitYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

function yearFrom(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? twoDigitYear(n) : n;
}

const NUMERIC_DATES: [RegExp, (m: RegExpExecArray) => DateParts][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
  [/^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/, (m) => ({ year: yearFrom(m[3] ?? ''), month: Number(m[1]), day: Number(m[2]) })],
  [/^(\d{1,2})\/(\d{1,2})$/, (m) => ({ year: currentYear(), month: Number(m[1]), day: Number(m[2]) })],
  [/^(\d{4})-(\d{1,2})$/, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: 1 })],
];

const NAMED_DATES: [RegExp, (m: RegExpExecArray) => DateParts | undefined][] = [
  // 27 November 2026, 27-Nov-2026, 27 Nov, 2026
  [/^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s,-]+(\d{4})$/i, (m) => named(m[3], m[2], m[1])],
  // November 27, 2026 / Nov 27 2026
  [/^([a-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/i, (m) => named(m[3], m[1], m[2])],
  // 2026 November 27
  [/^(\d{4})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{1,2})$/i, (m) => named(m[1], m[2], m[3])],
  // November 2026
  [/^([a-z]{3,9})\.?,?\s+(\d{4})$/i, (m) => named(m[2], m[1], '1')],
  // November 27 / 27 November
  [/^([a-z]{3,9})\.?\s+(\d{1,2})$/i, (m) => named(String(currentYear()), m[1], m[2])],
  [/^(\d{1,2})\s+([a-z]{3,9})\.?$/i, (m) => named(String(currentYear()), m[2], m[1])],
];

function currentYear(): number {
  return fieldsOf(PSDateTime.now()).year;
}

function named(year: string | undefined, monthText: string | undefined, day: string | undefined): DateParts | undefined {
  const month = monthFromName(monthText ?? '');
  if (month === undefined) return undefined;
  return { year: Number(year), month, day: Number(day) };
}

function parseDatePart(text: string): DateParts | undefined {
  for (const [re, build] of NUMERIC_DATES) {
    const m = re.exec(text);
    if (m) return build(m);
  }
  for (const [re, build] of NAMED_DATES) {
    const m = re.exec(text);
    if (m) return build(m);
  }
  return undefined;
}

function hourWithDesignator(hour: number, designator: string | undefined): number | undefined {
  if (!designator) return hour;
  if (hour < 1 || hour > 12) return undefined;
  const pm = designator.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

/** Splits the time out of the text; returns the rest and the time (midnight when absent). */
function extractTime(text: string): { rest: string; time: TimeParts; hasTime: boolean } | undefined {
  const m = TIME.exec(text);
  if (m) {
    const hour = hourWithDesignator(Number(m[1]), m[5]);
    if (hour === undefined) return undefined;
    const fraction = (m[4] ?? '').padEnd(7, '0');
    const time = {
      hour,
      minute: Number(m[2]),
      second: Number(m[3] ?? 0),
      millisecond: Math.round(Number(fraction) / 10_000),
    };
    const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
    return { rest, time, hasTime: true };
  }
  const h = HOUR_AMPM.exec(text);
  if (h) {
    const hour = hourWithDesignator(Number(h[1]), h[2]);
    if (hour === undefined) return undefined;
    return { rest: text.slice(0, h.index).trim(), time: { hour, minute: 0, second: 0, millisecond: 0 }, hasTime: true };
  }
  return { rest: text, time: { hour: 0, minute: 0, second: 0, millisecond: 0 }, hasTime: false };
}

function valid(d: DateParts, t: TimeParts): boolean {
  return (
    d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month) &&
    t.hour < 24 && t.minute < 60 && t.second < 60 && t.millisecond <= 1000
  );
}

/** Parses date text, or returns undefined when it is not a date .NET would accept. */
export function parseDateTime(input: string): PSDateTime | undefined {
  let text = input.trim();
  if (text === '') return undefined;
  // Leading day name: "Friday, November 27, 2026" / "Fri, 27 Nov 2026 ...".
  const dayPrefix = /^([a-z]+),?\s+/i.exec(text);
  if (dayPrefix && isDayName(dayPrefix[1] ?? '')) text = text.slice(dayPrefix[0].length);

  let offsetMinutes: number | undefined;
  const offset = OFFSET.exec(text);
  // A trailing '-dd' of a plain date is not an offset: only accept offsets after a time or 'T'.
  if (offset && (offset[1] || /\d:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?m\.?)?$/i.test(text.slice(0, offset.index)))) {
    if (offset[1]) offsetMinutes = 0;
    else offsetMinutes = (offset[2] === '-' ? -1 : 1) * (Number(offset[3]) * 60 + Number(offset[4] ?? 0));
    text = text.slice(0, offset.index);
  }
  text = text.replace(/^(\d{4}-\d{1,2}-\d{1,2})T/i, '$1 ');

  const split = extractTime(text);
  if (!split) return undefined;
  let date: DateParts | undefined;
  if (split.rest === '') {
    if (!split.hasTime) return undefined;
    const now = fieldsOf(PSDateTime.now());
    date = { year: now.year, month: now.month, day: now.day };
  } else {
    date = parseDatePart(split.rest.replace(/,$/, '').trim());
  }
  if (!date || !valid(date, split.time)) return undefined;
  const wall = { ...date, ...split.time };
  if (offsetMinutes !== undefined) {
    return new PSDateTime(wallClockToMs(wall) - offsetMinutes * 60_000, 'Local');
  }
  const kind: DateTimeKind = 'Unspecified';
  return fromWallClock(wall, kind);
}

/**
 * Round-trip parsing for ConvertFrom-Json (Newtonsoft's RoundtripKind): 'Z' → Utc, an offset →
 * Local, none → Unspecified. Only full ISO date-times qualify, as in pwsh.
 */
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function parseIsoRoundTrip(text: string): PSDateTime | undefined {
  const m = ISO_DATETIME.exec(text);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const time = {
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
    millisecond: Math.round(Number((m[7] ?? '').padEnd(7, '0')) / 10_000),
  };
  if (!valid(date, time)) return undefined;
  const wallMs = wallClockToMs({ ...date, ...time });
  const zone = m[8];
  if (zone === undefined) return fromWallClock({ ...date, ...time }, 'Unspecified');
  if (zone === 'Z') return new PSDateTime(wallMs, 'Utc');
  const sign = zone.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return new PSDateTime(wallMs - minutes * 60_000, 'Local');
}
