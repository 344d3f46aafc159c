/**
 * Property access, case-insensitive: PSObject properties, hashtable keys (which win over the
 * hashtable's own Keys/Values/Count), string Length, array Count/Length and member enumeration
 * (`$users.UserPrincipalName`), DateTime, TimeSpan and type properties.
 */
import { datePart, fieldsOf, MS_PER_DAY, ticksOf, wallClockMs } from '../datetime/calendar.js';
import { dayName } from '../datetime/names.js';
import { timeSpanComponents, timeSpanTicks } from '../datetime/timespan.js';
import { RuntimeError } from '../errors.js';
import { PSDateTime, PSHashtable, PSObject, PSTimeSpan, PSTypeName } from '../model.js';
import { PSSecureString } from '../secure-string.js';
import { PSRange } from '../range.js';
import { resolveType } from '../typenames.js';

export interface MemberOptions {
  /** Set-StrictMode: a missing property is an error instead of $null. */
  strict?: boolean;
}

/** Marks "no such member" apart from a member whose value is $null. */
const MISSING = Symbol('missing');
type Lookup = unknown | typeof MISSING;

function propertyNotFound(name: string): RuntimeError {
  return new RuntimeError(`The property '${name}' cannot be found on this object. Verify that the property exists.`, 'PropertyNotFoundStrict', 'InvalidOperation');
}

function dateProperty(dt: PSDateTime, name: string): Lookup {
  const f = fieldsOf(dt);
  switch (name) {
    case 'year': return f.year;
    case 'month': return f.month;
    case 'day': return f.day;
    case 'hour': return f.hour;
    case 'minute': return f.minute;
    case 'second': return f.second;
    case 'millisecond': return f.millisecond;
    case 'microsecond': case 'nanosecond': return 0;
    case 'dayofweek': return dayName(f.dayOfWeek);
    case 'dayofyear': return f.dayOfYear;
    case 'date': return datePart(dt);
    case 'timeofday': return new PSTimeSpan(((wallClockMs(dt) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
    case 'ticks': return ticksOf(dt);
    case 'kind': return dt.kind;
    default: return MISSING;
  }
}

function timeSpanProperty(ts: PSTimeSpan, name: string): Lookup {
  const c = timeSpanComponents(ts);
  const ms = ts.totalMilliseconds;
  switch (name) {
    case 'days': return c.days;
    case 'hours': return c.hours;
    case 'minutes': return c.minutes;
    case 'seconds': return c.seconds;
    case 'milliseconds': return c.milliseconds;
    case 'ticks': return timeSpanTicks(ts);
    case 'totaldays': return ms / 86_400_000;
    case 'totalhours': return ms / 3_600_000;
    case 'totalminutes': return ms / 60_000;
    case 'totalseconds': return ms / 1000;
    case 'totalmilliseconds': return ms;
    default: return MISSING;
  }
}

function typeProperty(type: PSTypeName, name: string): Lookup {
  const fullName = resolveType(type.name)?.fullName ?? type.name;
  switch (name) {
    case 'fullname': return fullName;
    case 'name': return fullName.slice(fullName.lastIndexOf('.') + 1);
    case 'namespace': return fullName.includes('.') ? fullName.slice(0, fullName.lastIndexOf('.')) : '';
    default: return MISSING;
  }
}

function enumerate(items: readonly unknown[], name: string, opts: MemberOptions): unknown {
  const results: unknown[] = [];
  for (const item of items) {
    const value = lookup(item, name);
    if (value === MISSING || value === null || value === undefined) continue;
    if (Array.isArray(value)) results.push(...(value as unknown[]));
    else results.push(value);
  }
  if (results.length === 0) {
    if (opts.strict) throw propertyNotFound(name);
    return null;
  }
  return results.length === 1 ? results[0] : results;
}

function lookup(value: unknown, name: string): Lookup {
  const key = name.toLowerCase();
  if (value === null || value === undefined) return key === 'count' || key === 'length' ? 0 : MISSING;
  if (value instanceof PSObject) {
    if (value.has(name)) return value.get(name);
    if (key === 'count' || key === 'length') return 1;
    if (key === 'pstypenames') return [...value.typeNames];
    return MISSING;
  }
  if (value instanceof PSHashtable) {
    if (value.has(name)) return value.get(name);
    if (key === 'keys') return value.keys();
    if (key === 'values') return value.values();
    if (key === 'count') return value.size;
    return MISSING;
  }
  if (typeof value === 'string') return key === 'length' ? value.length : key === 'count' ? 1 : MISSING;
  if (value instanceof PSSecureString) return key === 'length' ? value.length : key === 'count' ? 1 : MISSING;
  if (value instanceof PSDateTime) return dateProperty(value, key);
  if (value instanceof PSTimeSpan) return timeSpanProperty(value, key);
  if (value instanceof PSTypeName) return typeProperty(value, key);
  // Every other scalar has Count and Length of 1, as in PowerShell 3+.
  if (!Array.isArray(value) && !(value instanceof PSRange) && (key === 'count' || key === 'length')) return 1;
  return MISSING;
}

/** `$x.Name`: $null when missing (or RuntimeError with opts.strict). */
export function getMember(value: unknown, name: string, opts: MemberOptions = {}): unknown {
  const items = Array.isArray(value) ? (value as readonly unknown[]) : value instanceof PSRange ? value.toArray() : undefined;
  if (items) {
    const key = name.toLowerCase();
    if (key === 'count' || key === 'length' || key === 'longlength') return items.length;
    if (key === 'rank') return 1;
    return enumerate(items, name, opts);
  }
  const result = lookup(value, name);
  if (result === MISSING) {
    if (opts.strict) throw propertyNotFound(name);
    return null;
  }
  return result;
}

/** True when the value has the member (for ByPropertyName binding and Select-Object). */
export function hasMember(value: unknown, name: string): boolean {
  if (Array.isArray(value)) return ['count', 'length', 'longlength', 'rank'].includes(name.toLowerCase());
  return lookup(value, name) !== MISSING;
}

const READ_ONLY_CHECKS: ((v: unknown, name: string) => boolean)[] = [
  (v, n) => v instanceof PSDateTime && dateProperty(v, n) !== MISSING,
  (v, n) => v instanceof PSTimeSpan && timeSpanProperty(v, n) !== MISSING,
  (v, n) => typeof v === 'string' && n === 'length',
  (v, n) => v instanceof PSSecureString && n === 'length',
  (v, n) => Array.isArray(v) && (n === 'count' || n === 'length'),
];

/** `$x.Name = value`: PSObject properties must exist; hashtables take any key. */
export function setMember(target: unknown, name: string, value: unknown): void {
  if (target instanceof PSHashtable) {
    target.set(name, value);
    return;
  }
  if (target instanceof PSObject && target.has(name)) {
    target.set(name, value);
    return;
  }
  const key = name.toLowerCase();
  if (READ_ONLY_CHECKS.some((check) => check(target, key))) {
    throw new RuntimeError(`'${name}' is a ReadOnly property.`, 'PropertyAssignmentException', 'InvalidOperation');
  }
  throw new RuntimeError(
    `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
    'PropertyNotFound',
    'InvalidOperation',
  );
}
