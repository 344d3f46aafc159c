/** System.DateTime and System.TimeSpan methods. */
import { addMilliseconds, addMonths, toLocalTime, toUniversalTime, wallClockMs } from '../datetime/calendar.js';
import { formatDateTime } from '../datetime/format.js';
import { formatTimeSpan } from '../datetime/timespan.js';
import { toDateTime, toInt32, toNumber, toTimeSpan } from '../convert.js';
import { PSDateTime, PSTimeSpan, PSTypeName } from '../model.js';
import { toPSString } from '../stringify.js';
import { DotNetException, methodTable, type MethodDef } from './method-table.js';

const MS = { day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 };

function add(scale: number): MethodDef<PSDateTime>['call'] {
  return (dt, args) => addMilliseconds(dt, toNumber(args[0]) * scale);
}

function subtract(dt: PSDateTime, args: readonly unknown[]): unknown {
  const other = args[0];
  if (other instanceof PSDateTime) return new PSTimeSpan(wallClockMs(dt) - wallClockMs(other));
  return addMilliseconds(dt, -toTimeSpan(other).totalMilliseconds);
}

function formatArg(args: readonly unknown[]): string | undefined {
  return args.length > 0 && args[0] !== null ? toPSString(args[0]) : undefined;
}

const dateDefs: MethodDef<PSDateTime>[] = [
  { name: 'AddYears', arities: [1], call: (dt, a) => addMonths(dt, toInt32(a[0]) * 12) },
  { name: 'AddMonths', arities: [1], call: (dt, a) => addMonths(dt, toInt32(a[0])) },
  { name: 'AddDays', arities: [1], call: add(MS.day) },
  { name: 'AddHours', arities: [1], call: add(MS.hour) },
  { name: 'AddMinutes', arities: [1], call: add(MS.minute) },
  { name: 'AddSeconds', arities: [1], call: add(MS.second) },
  { name: 'AddMilliseconds', arities: [1], call: add(1) },
  { name: 'AddTicks', arities: [1], call: (dt, a) => addMilliseconds(dt, toNumber(a[0]) / 10_000) },
  { name: 'Add', arities: [1], call: (dt, a) => addMilliseconds(dt, toTimeSpan(a[0]).totalMilliseconds) },
  { name: 'Subtract', arities: [1], call: subtract },
  { name: 'ToUniversalTime', arities: [0], call: toUniversalTime },
  { name: 'ToLocalTime', arities: [0], call: toLocalTime },
  // ToString() uses the current culture (en-US); "$date" uses the invariant one (see toPSString).
  { name: 'ToString', arities: [0, 1, 2], call: (dt, a) => formatDateTime(dt, formatArg(a), 'en-US') },
  { name: 'ToShortDateString', arities: [0], call: (dt) => formatDateTime(dt, 'd') },
  { name: 'ToShortTimeString', arities: [0], call: (dt) => formatDateTime(dt, 't') },
  { name: 'ToLongDateString', arities: [0], call: (dt) => formatDateTime(dt, 'D') },
  { name: 'ToLongTimeString', arities: [0], call: (dt) => formatDateTime(dt, 'T') },
  { name: 'ToFileTimeUtc', arities: [0], call: (dt) => (dt.epochMs + 11_644_473_600_000) * 10_000 },
  { name: 'Equals', arities: [1], call: (dt, a) => a[0] instanceof PSDateTime && wallClockMs(a[0]) === wallClockMs(dt) },
  { name: 'CompareTo', arities: [1], call: (dt, a) => Math.sign(wallClockMs(dt) - wallClockMs(toDateTime(a[0]))) },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.DateTime') },
];

export const DATETIME_METHODS = methodTable(dateDefs);

function span(ms: number): PSTimeSpan {
  return new PSTimeSpan(ms === 0 ? 0 : ms);
}

const spanDefs: MethodDef<PSTimeSpan>[] = [
  { name: 'Add', arities: [1], call: (ts, a) => span(ts.totalMilliseconds + toTimeSpan(a[0]).totalMilliseconds) },
  { name: 'Subtract', arities: [1], call: (ts, a) => span(ts.totalMilliseconds - toTimeSpan(a[0]).totalMilliseconds) },
  { name: 'Negate', arities: [0], call: (ts) => span(-ts.totalMilliseconds) },
  { name: 'Duration', arities: [0], call: (ts) => span(Math.abs(ts.totalMilliseconds)) },
  { name: 'Multiply', arities: [1], call: (ts, a) => span(ts.totalMilliseconds * toNumber(a[0])) },
  { name: 'Divide', arities: [1], call: (ts, a) => {
    if (a[0] instanceof PSTimeSpan) return ts.totalMilliseconds / a[0].totalMilliseconds;
    const divisor = toNumber(a[0]);
    if (divisor === 0) throw new DotNetException("TimeSpan does not accept floating point Not-a-Number values.");
    return span(ts.totalMilliseconds / divisor);
  } },
  { name: 'ToString', arities: [0, 1, 2], call: (ts, a) => formatTimeSpan(ts, formatArg(a)) },
  { name: 'Equals', arities: [1], call: (ts, a) => a[0] instanceof PSTimeSpan && a[0].totalMilliseconds === ts.totalMilliseconds },
  { name: 'CompareTo', arities: [1], call: (ts, a) => Math.sign(ts.totalMilliseconds - toTimeSpan(a[0]).totalMilliseconds) },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.TimeSpan') },
];

export const TIMESPAN_METHODS = methodTable(spanDefs);
