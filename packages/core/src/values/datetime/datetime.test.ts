import { describe, expect, it } from 'vitest';
import { PSDateTime, PSTimeSpan } from '../model.js';
import {
  addMilliseconds, addMonths, datePart, fieldsOf, fromWallClock, localOffsetMinutes, ticksOf, toLocalTime, toUniversalTime, wallClockMs,
} from './calendar.js';
import { formatDateTime } from './format.js';
import { parseDateTime, parseIsoRoundTrip } from './parse.js';
import { formatTimeSpan, parseTimeSpan, timeSpanComponents } from './timespan.js';
import { formatUFormat } from './uformat.js';

// Dates are built from wall-clock fields so every assertion holds in any time zone.
const local = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): PSDateTime =>
  fromWallClock({ year, month, day, hour, minute, second, millisecond }, 'Local');
const friday = local(2026, 11, 27, 16, 47, 45, 123);

function offsetText(dt: PSDateTime): string {
  const minutes = localOffsetMinutes(dt.epochMs);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('calendar', () => {
  it('reads wall-clock fields', () => {
    expect(fieldsOf(friday)).toMatchObject({ year: 2026, month: 11, day: 27, hour: 16, minute: 47, second: 45, millisecond: 123, dayOfWeek: 5, dayOfYear: 331 });
  });
  it('AddMonths clamps to the end of the month', () => {
    expect(fieldsOf(addMonths(local(2026, 1, 31), 1))).toMatchObject({ year: 2026, month: 2, day: 28 });
    expect(fieldsOf(addMonths(local(2024, 1, 31), 1))).toMatchObject({ month: 2, day: 29 });
    expect(fieldsOf(addMonths(local(2026, 11, 15), 14))).toMatchObject({ year: 2028, month: 1, day: 15 });
    expect(fieldsOf(addMonths(local(2026, 1, 15), -2))).toMatchObject({ year: 2025, month: 11 });
  });
  it('adds on the wall clock', () => {
    const later = addMilliseconds(friday, 2 * 3_600_000);
    expect(wallClockMs(later) - wallClockMs(friday)).toBe(7_200_000);
    expect(fieldsOf(later).hour).toBe(18);
  });
  it('converts kinds without moving the instant', () => {
    const utc = toUniversalTime(friday);
    expect(utc.kind).toBe('Utc');
    expect(utc.epochMs).toBe(friday.epochMs);
    expect(toLocalTime(utc).kind).toBe('Local');
    const unspecified = new PSDateTime(Date.UTC(2026, 0, 1), 'Unspecified');
    // ToLocalTime reads an Unspecified value as UTC.
    expect(toLocalTime(unspecified).epochMs).toBe(wallClockMs(unspecified));
  });
  it('has .NET ticks and a date part', () => {
    expect(ticksOf(new PSDateTime(Date.UTC(1970, 0, 1), 'Utc'))).toBe(621355968000000000);
    expect(fieldsOf(datePart(friday))).toMatchObject({ day: 27, hour: 0, minute: 0, second: 0, millisecond: 0 });
  });
});

describe('formatDateTime', () => {
  it.each([
    ['d', '11/27/2026'],
    ['D', 'Friday, November 27, 2026'],
    ['f', 'Friday, November 27, 2026 4:47 PM'],
    ['F', 'Friday, November 27, 2026 4:47:45 PM'],
    ['g', '11/27/2026 4:47 PM'],
    ['G', '11/27/2026 4:47:45 PM'],
    ['M', 'November 27'],
    ['s', '2026-11-27T16:47:45'],
    ['t', '4:47 PM'],
    ['T', '4:47:45 PM'],
    ['u', '2026-11-27 16:47:45Z'],
    ['y', 'November 2026'],
    ['yyyy-MM-dd', '2026-11-27'],
    ['yyyy-MM-dd HH:mm:ss.fff', '2026-11-27 16:47:45.123'],
    ['dd/MM/yy hh:mm tt', '27/11/26 04:47 PM'],
    ['ddd, MMM d', 'Fri, Nov 27'],
    ['dddd MMMM', 'Friday November'],
    ["'Day' d 'of' MMMM", 'Day 27 of November'],
    ['"at" H\\h', 'at 16h'],
    ['%d', '27'],
    ['%M', '11'],
    ['ffff FFFF', '1230 123'],
    ['HH:mm:ss.FFF', '16:47:45.123'],
    ['yyyyMMddTHHmmss', '20261127T164745'],
    ['gg', 'A.D.'],
  ])('%s → %s', (format, expected) => {
    expect(formatDateTime(friday, format)).toBe(expected);
  });
  it('uses the invariant culture when asked', () => {
    expect(formatDateTime(friday, 'G', 'invariant')).toBe('11/27/2026 16:47:45');
    expect(formatDateTime(friday, 'd', 'invariant')).toBe('11/27/2026');
    expect(formatDateTime(friday, undefined, 'invariant')).toBe('11/27/2026 16:47:45');
  });
  it('drops the dot before an all-zero F fraction', () => {
    expect(formatDateTime(local(2026, 1, 2, 3, 4, 5), 'HH:mm:ss.FFF')).toBe('03:04:05');
  });
  it('prints offsets and kinds', () => {
    expect(formatDateTime(friday, 'o')).toBe(`2026-11-27T16:47:45.1230000${offsetText(friday)}`);
    expect(formatDateTime(friday, 'zzz')).toBe(offsetText(friday));
    const utc = new PSDateTime(Date.UTC(2026, 10, 27, 16, 47, 45, 123), 'Utc');
    expect(formatDateTime(utc, 'o')).toBe('2026-11-27T16:47:45.1230000Z');
    expect(formatDateTime(utc, 'r')).toBe('Fri, 27 Nov 2026 16:47:45 GMT');
    expect(formatDateTime(utc, 'zzz')).toBe('+00:00');
    expect(formatDateTime(new PSDateTime(friday.epochMs, 'Unspecified'), '%K')).toBe('');
    expect(formatDateTime(toUniversalTime(friday), 'U')).toBe(formatDateTime(toUniversalTime(friday), 'F'));
  });
  it('midnight and noon in 12-hour form', () => {
    expect(formatDateTime(local(2026, 1, 1, 0, 5), 'h:mm tt')).toBe('12:05 AM');
    expect(formatDateTime(local(2026, 1, 1, 12, 5), 'h:mm t')).toBe('12:05 P');
  });
  it('rejects unknown single-letter formats', () => {
    expect(() => formatDateTime(friday, 'x')).toThrow('Input string was not in a correct format.');
  });
});

describe('formatUFormat', () => {
  it.each([
    ['%Y-%m-%d', '2026-11-27'],
    ['%H:%M:%S', '16:47:45'],
    ['%A %B %e', 'Friday November 27'],
    ['%a %b %d', 'Fri Nov 27'],
    ['%j', '331'],
    ['%D %T', '11/27/26 16:47:45'],
    ['%I %p %r', '04 PM 04:47:45 PM'],
    ['%u %w %y %C', '5 5 26 20'],
    ['%F %R', '2026-11-27 16:47'],
    ['%V %G', '48 2026'],
    ['100%%', '100%'],
    ['%c', 'Fri Nov 27 16:47:45 2026'],
  ])('%s → %s', (format, expected) => {
    expect(formatUFormat(friday, format)).toBe(expected);
  });
  it('%s is Unix seconds and %Z the hour offset', () => {
    expect(formatUFormat(friday, '%s')).toBe(String(Math.floor(friday.epochMs / 1000)));
    expect(formatUFormat(friday, '%Z')).toBe(offsetText(friday).slice(0, 3));
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2026-12-01', [2026, 12, 1, 0, 0, 0]],
    ['2026-12-01T08:00', [2026, 12, 1, 8, 0, 0]],
    ['2026-12-01T08:00:30.5', [2026, 12, 1, 8, 0, 30]],
    ['2026-12-01 08:00:30', [2026, 12, 1, 8, 0, 30]],
    ['12/01/2026', [2026, 12, 1, 0, 0, 0]],
    ['12/1/2026 8:05', [2026, 12, 1, 8, 5, 0]],
    ['12/1/2026 8:05 PM', [2026, 12, 1, 20, 5, 0]],
    ['12/1/2026 12:00 AM', [2026, 12, 1, 0, 0, 0]],
    ['12/1/2026 4 PM', [2026, 12, 1, 16, 0, 0]],
    ['2026/12/01', [2026, 12, 1, 0, 0, 0]],
    ['November 27, 2026', [2026, 11, 27, 0, 0, 0]],
    ['Friday, November 27, 2026 4:47:45 PM', [2026, 11, 27, 16, 47, 45]],
    ['27 Nov 2026 10:00', [2026, 11, 27, 10, 0, 0]],
    ['Nov 27 2026', [2026, 11, 27, 0, 0, 0]],
    ['1/2/30', [2030, 1, 2, 0, 0, 0]],
    ['1/2/99', [1999, 1, 2, 0, 0, 0]],
  ])('%s', (text, [y, mo, d, h, mi, s]) => {
    const parsed = parseDateTime(text);
    expect(parsed?.kind).toBe('Unspecified');
    expect(parsed && fieldsOf(parsed)).toMatchObject({ year: y, month: mo, day: d, hour: h, minute: mi, second: s });
  });
  it('keeps fractions of a second', () => {
    expect(parseDateTime('2026-12-01T08:00:30.25') && fieldsOf(parseDateTime('2026-12-01T08:00:30.25') as PSDateTime).millisecond).toBe(250);
  });
  it('text with an offset becomes a Local DateTime at that instant', () => {
    const z = parseDateTime('2026-12-01T08:00:00Z');
    expect(z?.kind).toBe('Local');
    expect(z?.epochMs).toBe(Date.UTC(2026, 11, 1, 8));
    expect(parseDateTime('2026-12-01T08:00:00+02:00')?.epochMs).toBe(Date.UTC(2026, 11, 1, 6));
    expect(parseDateTime('2026-12-01T08:00:00-0530')?.epochMs).toBe(Date.UTC(2026, 11, 1, 13, 30));
    expect(parseDateTime('Fri, 27 Nov 2026 16:47:45 GMT')?.epochMs).toBe(Date.UTC(2026, 10, 27, 16, 47, 45));
  });
  it('time only means today', () => {
    const parsed = parseDateTime('16:30');
    const today = fieldsOf(PSDateTime.now());
    expect(parsed && fieldsOf(parsed)).toMatchObject({ year: today.year, month: today.month, hour: 16, minute: 30 });
  });
  it.each(['abc', '', '2026-13-01', '2026-02-30', '13/45/2026', '25:00', '12/1/2026 13:00 PM', 'Nov 2026 foo', '2026-12-01T25:00'])(
    'rejects %j',
    (text) => {
      expect(parseDateTime(text)).toBeUndefined();
    },
  );
  it('round-trips ISO text with Newtonsoft kinds', () => {
    expect(parseIsoRoundTrip('2026-11-27T16:47:45.1230000Z')).toEqual(new PSDateTime(Date.UTC(2026, 10, 27, 16, 47, 45, 123), 'Utc'));
    expect(parseIsoRoundTrip('2026-11-27T16:47:45+01:00')).toEqual(new PSDateTime(Date.UTC(2026, 10, 27, 15, 47, 45), 'Local'));
    expect(parseIsoRoundTrip('2026-11-27T16:47:45')?.kind).toBe('Unspecified');
    expect(parseIsoRoundTrip('2017-01-02T03:04:05.678-0400')?.epochMs).toBe(Date.UTC(2017, 0, 2, 7, 4, 5, 678));
    expect(parseIsoRoundTrip('2026-11-27')).toBeUndefined();
    expect(parseIsoRoundTrip('hello')).toBeUndefined();
  });
});

describe('TimeSpan', () => {
  const span = new PSTimeSpan(((1 * 24 + 2) * 3600 + 3 * 60 + 4) * 1000 + 567);
  it('has truncated components', () => {
    expect(timeSpanComponents(span)).toEqual({ days: 1, hours: 2, minutes: 3, seconds: 4, milliseconds: 567 });
    expect(timeSpanComponents(new PSTimeSpan(-90_000))).toEqual({ days: 0, hours: 0, minutes: -1, seconds: -30, milliseconds: 0 });
  });
  it.each([
    [undefined, '1.02:03:04.5670000'],
    ['c', '1.02:03:04.5670000'],
    ['g', '1:2:03:04.567'],
    ['G', '1:02:03:04.5670000'],
    ['hh\\:mm', '02:03'],
    ["d' days 'h' h'", '1 days 2 h'],
    ['dd\\.hh\\:mm\\:ss\\.fff', '01.02:03:04.567'],
  ])('format %s → %s', (format, expected) => {
    expect(formatTimeSpan(span, format)).toBe(expected);
  });
  it('prints whole and negative spans', () => {
    expect(formatTimeSpan(new PSTimeSpan(7_200_000))).toBe('02:00:00');
    expect(formatTimeSpan(new PSTimeSpan(-90_000))).toBe('-00:01:30');
  });
  it('rejects unescaped separators in custom formats', () => {
    expect(() => formatTimeSpan(span, 'hh:mm')).toThrow('Input string was not in a correct format.');
  });
  it.each([
    ['02:00:00', 7_200_000], ['1.02:00', 93_600_000], ['3', 3 * 86_400_000], ['-00:01:30', -90_000], ['00:00:01.5', 1500], ['1:02:03:04', 93_784_000],
  ])('parses %s', (text, ms) => {
    expect(parseTimeSpan(text)?.totalMilliseconds).toBe(ms);
  });
  it.each(['abc', '25:00', '1:60', ''])('rejects %j', (text) => {
    expect(parseTimeSpan(text)).toBeUndefined();
  });
});
