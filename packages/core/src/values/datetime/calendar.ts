/**
 * Wall-clock arithmetic for PSDateTime. .NET's DateTime is a wall-clock value plus a kind; the
 * model keeps an instant (epochMs) plus the kind. Local and Unspecified values read their wall
 * clock in the machine's time zone, Utc values in UTC. Arithmetic (AddHours, subtraction) works
 * on the wall clock, as .NET does.
 */
import { PSDateTime, type DateTimeKind } from '../model.js';

export const MS_PER_DAY = 86_400_000;
/** Milliseconds from 0001-01-01 to 1970-01-01: .NET ticks start at year 1. */
export const EPOCH_OFFSET_MS = 62_135_596_800_000;
export const TICKS_PER_MS = 10_000;

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface WallClockFields extends WallClock {
  dayOfWeek: number; // 0 = Sunday
  dayOfYear: number;
}

/** The machine's UTC offset, in minutes east of UTC, at the given instant. */
export function localOffsetMinutes(epochMs: number): number {
  // Historic zones (local mean time) have offsets in seconds; .NET shows whole minutes.
  const offset = Math.round(-new Date(epochMs).getTimezoneOffset());
  return offset === 0 ? 0 : offset; // avoid -0
}

/** The wall clock as milliseconds since 1970-01-01 read as if it were UTC. */
export function wallClockMs(dt: PSDateTime): number {
  if (dt.kind === 'Utc') return dt.epochMs;
  // Read the local fields rather than adding the offset: exact even for offsets with seconds.
  const d = new Date(dt.epochMs);
  const wall = new Date(0);
  wall.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate());
  wall.setUTCHours(d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  return wall.getTime();
}

/** Builds a PSDateTime from a wall clock (ms since 1970 read as UTC) and a kind. */
export function fromWallClockMs(wallMs: number, kind: DateTimeKind): PSDateTime {
  const rounded = Math.round(wallMs);
  if (kind === 'Utc') return new PSDateTime(rounded, 'Utc');
  const f = new Date(rounded);
  const local = new Date(0);
  local.setFullYear(f.getUTCFullYear(), f.getUTCMonth(), f.getUTCDate());
  local.setHours(f.getUTCHours(), f.getUTCMinutes(), f.getUTCSeconds(), f.getUTCMilliseconds());
  return new PSDateTime(local.getTime(), kind);
}

export function wallClockToMs(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return d.getTime();
}

export function fromWallClock(w: WallClock, kind: DateTimeKind): PSDateTime {
  return fromWallClockMs(wallClockToMs(w), kind);
}

export function fieldsOf(dt: PSDateTime): WallClockFields {
  const d = new Date(wallClockMs(dt));
  const year = d.getUTCFullYear();
  const jan1 = new Date(0);
  jan1.setUTCFullYear(year, 0, 1);
  const dayOfYear = Math.floor((d.getTime() - jan1.getTime()) / MS_PER_DAY) + 1;
  return {
    year,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    dayOfWeek: d.getUTCDay(),
    dayOfYear,
  };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** .NET Ticks: 100-ns intervals since 0001-01-01 on the wall clock (loses sub-µs precision in JS). */
export function ticksOf(dt: PSDateTime): number {
  return (wallClockMs(dt) + EPOCH_OFFSET_MS) * TICKS_PER_MS;
}

export function addMilliseconds(dt: PSDateTime, ms: number): PSDateTime {
  return fromWallClockMs(wallClockMs(dt) + ms, dt.kind);
}

/** AddMonths clamps the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(dt: PSDateTime, months: number): PSDateTime {
  const f = fieldsOf(dt);
  const total = f.year * 12 + (f.month - 1) + Math.trunc(months);
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(f.day, daysInMonth(year, month));
  return fromWallClock({ ...f, year, month, day }, dt.kind);
}

export function toUniversalTime(dt: PSDateTime): PSDateTime {
  return dt.kind === 'Utc' ? dt : new PSDateTime(dt.epochMs, 'Utc');
}

/** .NET's ToLocalTime reads an Unspecified value as UTC (ToUniversalTime reads it as local). */
export function toLocalTime(dt: PSDateTime): PSDateTime {
  if (dt.kind === 'Local') return dt;
  return new PSDateTime(dt.kind === 'Utc' ? dt.epochMs : wallClockMs(dt), 'Local');
}

/** The date part (midnight), keeping the kind. */
export function datePart(dt: PSDateTime): PSDateTime {
  const wall = wallClockMs(dt);
  return fromWallClockMs(wall - (((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY), dt.kind);
}

export function today(): PSDateTime {
  return datePart(PSDateTime.now());
}
