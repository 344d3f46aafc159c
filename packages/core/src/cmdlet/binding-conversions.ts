/**
 * PowerShell's argument conversions as the parameter binder applies them.
 *
 * Differences from a plain cast, all taken from pwsh: a number bound to a String keeps the text
 * it was typed with (`007`); Boolean and switch parameters accept only Booleans and numbers; an
 * array bound to a String joins with spaces.
 */
import { PSDateTime, PSGuid, PSHashtable, PSTimeSpan, ScriptBlockValue } from '../values/model.js';

/** Thrown by converters; `reason` is the inner .NET-style message, kept for diagnostics. */
export class ConversionFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ConversionFailure';
  }
}

export type BindingTarget = 'String' | 'Int32' | 'Int64' | 'Double' | 'Boolean' | 'DateTime' | 'TimeSpan' | 'Guid' | 'ScriptBlock' | 'Hashtable';

export function convertForBinding(value: unknown, target: BindingTarget, text: string | undefined): unknown {
  switch (target) {
    case 'String':
      if (typeof value === 'number' && text !== undefined) return text;
      if (value === null || value === undefined) return '';
      if (Array.isArray(value)) return value.map((item: unknown) => toPSString(item)).join(' ');
      return toPSString(value);
    case 'Int32':
      return toInteger(value, -2147483648, 2147483647, 'Int32');
    case 'Int64':
      return toInteger(value, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 'Int64');
    case 'Double':
      return toNumber(value);
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'number') return value !== 0;
      throw new ConversionFailure('Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.');
    case 'DateTime':
      return toDateTime(value);
    case 'TimeSpan':
      return toTimeSpan(value);
    case 'Guid':
      if (typeof value === 'string' && PSGuid.pattern.test(value.trim())) return new PSGuid(canonicalGuid(value.trim()));
      throw new ConversionFailure('Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).');
    case 'ScriptBlock':
      if (value instanceof ScriptBlockValue) return value;
      throw new ConversionFailure('Only a script block can be bound to a ScriptBlock parameter.');
    case 'Hashtable':
      if (value instanceof PSHashtable) return value;
      throw new ConversionFailure('Only a hashtable can be bound to a Hashtable parameter.');
  }
}

/**
 * String form of a value for String parameters. Interim until values/ exports toPSString:
 * covers the value-model classes the binder meets.
 */
function toPSString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (value instanceof PSGuid || value instanceof ScriptBlockValue) return value.toString();
  if (value instanceof PSDateTime) return value.toDate().toISOString();
  if (value instanceof PSHashtable) return 'System.Collections.Hashtable';
  return String(value);
}

function canonicalGuid(text: string): string {
  const hex = text.replace(/[{}()-]/g, '');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const multipliers: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/** Parses a number the way PowerShell's string→number conversion does (hex, kb/mb suffixes, exponent). */
function parseNumberText(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return 0;
  const hex = /^([+-]?)0x([0-9a-f]+)$/i.exec(t);
  if (hex?.[2] !== undefined) return (hex[1] === '-' ? -1 : 1) * parseInt(hex[2], 16);
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(kb|mb|gb|tb|pb)?$/i.exec(t);
  if (m?.[1] === undefined) return undefined;
  const base = Number(m[1]);
  const factor = m[2] ? (multipliers[m[2].toLowerCase()] ?? 1) : 1;
  return base * factor;
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') {
    const n = parseNumberText(value);
    if (n !== undefined) return n;
    throw new ConversionFailure(`The input string '${value}' was not in a correct format.`);
  }
  throw new ConversionFailure('The value is not a number.');
}

/** .NET rounds half to even when converting a Double to an integer. */
function roundHalfEven(n: number): number {
  const r = Math.round(n);
  return Math.abs(n % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function toInteger(value: unknown, min: number, max: number, name: string): number {
  const n = roundHalfEven(toNumber(value));
  if (!Number.isFinite(n) || n < min || n > max) throw new ConversionFailure(`Value was either too large or too small for an ${name}.`);
  return n;
}

const isoPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const usPattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i;

/** Invariant-culture DateTime parsing: ISO 8601 and the US `M/d/yyyy [h:mm[:ss] [AM|PM]]` form. */
export function parseDateTimeText(text: string): PSDateTime | undefined {
  const t = text.trim();
  const iso = isoPattern.exec(t);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = iso;
    const ms = Math.round(Number(`0.${frac}`) * 1000);
    if (zone) {
      const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
      const offset = zone.toUpperCase() === 'Z' ? 0 : zoneOffsetMinutes(zone);
      return valid(new PSDateTime(utc - offset * 60000, 'Local'));
    }
    return valid(new PSDateTime(new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms).getTime(), 'Unspecified'));
  }
  const us = usPattern.exec(t);
  if (us) {
    const [, mo, d, y, h = '0', mi = '0', s = '0', ampm] = us;
    let hour = Number(h);
    if (ampm) hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
    return valid(new PSDateTime(new Date(Number(y), Number(mo) - 1, Number(d), hour, Number(mi), Number(s)).getTime(), 'Unspecified'));
  }
  return undefined;
}

function valid(d: PSDateTime): PSDateTime | undefined {
  return Number.isNaN(d.epochMs) ? undefined : d;
}

function zoneOffsetMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function toDateTime(value: unknown): PSDateTime {
  if (value instanceof PSDateTime) return value;
  if (typeof value === 'string') {
    const parsed = parseDateTimeText(value);
    if (parsed) return parsed;
    throw new ConversionFailure(`String '${value}' was not recognized as a valid DateTime.`);
  }
  throw new ConversionFailure('Only strings and DateTime values convert to DateTime.');
}

function toTimeSpan(value: unknown): PSTimeSpan {
  if (value instanceof PSTimeSpan) return value;
  if (typeof value === 'number') return new PSTimeSpan(value / 10000); // a number is ticks, as in .NET
  if (typeof value === 'string') {
    const m = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(value.trim());
    if (m) {
      const [, neg, d = '0', h = '0', mi = '0', s = '0', frac = '0'] = m;
      const ms = ((Number(d) * 24 + Number(h)) * 60 + Number(mi)) * 60000 + Number(s) * 1000 + Math.round(Number(`0.${frac}`) * 1000);
      return new PSTimeSpan(neg ? -ms : ms);
    }
  }
  throw new ConversionFailure(`String '${String(value)}' was not recognized as a valid TimeSpan.`);
}
