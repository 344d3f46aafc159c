/** Get-Date -UFormat: Unix-style `%` specifiers, as PowerShell 7 implements them. */
import type { PSDateTime } from '../model.js';
import { fieldsOf, localOffsetMinutes, type WallClockFields } from './calendar.js';
import { abbreviatedDayName, abbreviatedMonthName, dayName, monthName } from './names.js';

function pad(n: number, width: number, fill = '0'): string {
  return String(n).padStart(width, fill);
}

/** Week of year with weeks starting on `firstDay` (0 Sunday, 1 Monday); days before the first such day are week 0. */
function weekOfYear(f: WallClockFields, firstDay: number): number {
  const weekday = (f.dayOfWeek - firstDay + 7) % 7;
  return Math.floor((f.dayOfYear - 1 - weekday + 7) / 7);
}

/** ISO 8601 week number and week-based year. */
function isoWeek(f: WallClockFields): { week: number; year: number } {
  const date = Date.UTC(f.year, f.month - 1, f.day);
  const isoDay = f.dayOfWeek === 0 ? 7 : f.dayOfWeek;
  const thursday = new Date(date + (4 - isoDay) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { week, year };
}

export function formatUFormat(dt: PSDateTime, format: string): string {
  const f = fieldsOf(dt);
  const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  const offsetHours = Math.trunc((dt.kind === 'Utc' ? 0 : localOffsetMinutes(dt.epochMs)) / 60);
  const specifiers: Record<string, () => string> = {
    a: () => abbreviatedDayName(f.dayOfWeek),
    A: () => dayName(f.dayOfWeek),
    b: () => abbreviatedMonthName(f.month),
    B: () => monthName(f.month),
    c: () => `${abbreviatedDayName(f.dayOfWeek)} ${abbreviatedMonthName(f.month)} ${pad(f.day, 2, ' ')} ${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)} ${f.year}`,
    C: () => pad(Math.floor(f.year / 100), 2),
    d: () => pad(f.day, 2),
    D: () => `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(f.year % 100, 2)}`,
    e: () => pad(f.day, 2, ' '),
    F: () => `${f.year}-${pad(f.month, 2)}-${pad(f.day, 2)}`,
    g: () => pad(isoWeek(f).year % 100, 2),
    G: () => String(isoWeek(f).year),
    h: () => abbreviatedMonthName(f.month),
    H: () => pad(f.hour, 2),
    I: () => pad(h12, 2),
    j: () => pad(f.dayOfYear, 3),
    k: () => pad(f.hour, 2, ' '),
    l: () => pad(h12, 2, ' '),
    m: () => pad(f.month, 2),
    M: () => pad(f.minute, 2),
    n: () => '\n',
    p: () => (f.hour < 12 ? 'AM' : 'PM'),
    r: () => `${pad(h12, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)} ${f.hour < 12 ? 'AM' : 'PM'}`,
    R: () => `${pad(f.hour, 2)}:${pad(f.minute, 2)}`,
    s: () => String(Math.floor(dt.epochMs / 1000)),
    S: () => pad(f.second, 2),
    t: () => '\t',
    T: () => `${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`,
    u: () => String(f.dayOfWeek === 0 ? 7 : f.dayOfWeek),
    U: () => pad(weekOfYear(f, 0), 2),
    V: () => pad(isoWeek(f).week, 2),
    w: () => String(f.dayOfWeek),
    W: () => pad(weekOfYear(f, 1), 2),
    x: () => `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(f.year % 100, 2)}`,
    X: () => `${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`,
    y: () => pad(f.year % 100, 2),
    Y: () => String(f.year),
    Z: () => `${offsetHours < 0 ? '-' : '+'}${pad(Math.abs(offsetHours), 2)}`,
    '%': () => '%',
  };
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? '';
    const next = format[i + 1];
    const specifier = ch === '%' && next !== undefined ? specifiers[next] : undefined;
    if (specifier) {
      out += specifier();
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}
