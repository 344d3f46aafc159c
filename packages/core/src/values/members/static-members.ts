/**
 * `[type]::Member` and `[type]::Method(args)` from explicit tables: [datetime], [guid], [math],
 * [string], [int]/[long]/[double]..., [timespan], [environment], [regex], [bool].
 */
import { randomUUID } from 'node:crypto';
import { hostname, userInfo, availableParallelism } from 'node:os';
import { daysInMonth, fromWallClock, fromWallClockMs, isLeapYear, today, wallClockMs } from '../datetime/calendar.js';
import { convertToType, toDateTime, toInt32, toNumber, toTimeSpan } from '../convert.js';
import { formatCompositeRaw } from '../format-composite.js';
import { PSDateTime, PSGuid, PSObject, PSTimeSpan, PSTypeName, type DateTimeKind } from '../model.js';
import { bankersRound } from '../numbers.js';
import { asCollection, compareStrings } from '../operators/comparison.js';
import { compileRegex, escapeRegex, execAll, execOnce, matchObject, regexReplace, regexSplit } from '../operators/regex.js';
import { toPSString } from '../stringify.js';
import { requireType, type ResolvedType, type TypeKey } from '../typenames.js';
import { callFromTable, DotNetException, methodNotFound, methodTable, wrapMethodError, type MethodDef } from './method-table.js';

type StaticTable = { properties: Record<string, () => unknown>; methods: MethodDef<null>[] };

const str = (v: unknown): string => toPSString(v);
/** params arrays: a single array argument counts as the whole list. */
const spread = (args: readonly unknown[]): readonly unknown[] => (args.length === 1 ? (asCollection(args[0]) ?? args) : args);

function round(args: readonly unknown[]): number {
  const x = toNumber(args[0]);
  let digits = 0;
  let mode = 'toeven';
  for (const arg of args.slice(1)) {
    if (typeof arg === 'string') mode = arg.toLowerCase();
    else digits = toInt32(arg);
  }
  if (digits < 0 || digits > 15) throw new DotNetException("Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')");
  const scale = 10 ** digits;
  const scaled = x * scale; // as .NET does: scale, round, unscale
  let rounded: number;
  switch (mode) {
    case 'awayfromzero': rounded = Math.sign(scaled) * Math.round(Math.abs(scaled)); break;
    case 'tozero': rounded = Math.trunc(scaled); break;
    case 'tonegativeinfinity': rounded = Math.floor(scaled); break;
    case 'topositiveinfinity': rounded = Math.ceil(scaled); break;
    default: rounded = bankersRound(scaled);
  }
  const result = rounded / scale;
  return result === 0 ? 0 : result;
}

const unary = (name: string, fn: (x: number) => number): MethodDef<null> => ({ name, arities: [1], call: (_, a) => fn(toNumber(a[0])) });

function numericType(key: TypeKey, min: number, max: number): StaticTable {
  const type = requireType(key);
  return {
    properties: { maxvalue: () => max, minvalue: () => min },
    methods: [{ name: 'Parse', arities: [1, 2], call: (_, a) => convertToType(str(a[0]), type) }],
  };
}

const TABLES: Partial<Record<TypeKey, StaticTable>> = {
  datetime: {
    properties: {
      now: () => PSDateTime.now(),
      utcnow: () => new PSDateTime(Date.now(), 'Utc'),
      today: () => today(),
      minvalue: () => fromWallClock({ year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 }, 'Unspecified'),
      maxvalue: () => fromWallClock({ year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59, millisecond: 999 }, 'Unspecified'),
    },
    methods: [
      { name: 'Parse', arities: [1, 2], call: (_, a) => toDateTime(str(a[0])) },
      { name: 'DaysInMonth', arities: [2], call: (_, a) => daysInMonth(toInt32(a[0]), toInt32(a[1])) },
      { name: 'IsLeapYear', arities: [1], call: (_, a) => isLeapYear(toInt32(a[0])) },
      { name: 'SpecifyKind', arities: [2], call: (_, a) => {
        const dt = toDateTime(a[0]);
        const kind = (['Local', 'Utc', 'Unspecified'] as DateTimeKind[]).find((k) => k.toLowerCase() === str(a[1]).toLowerCase());
        if (!kind) throw new DotNetException(`Cannot convert value "${str(a[1])}" to type "System.DateTimeKind".`);
        // SpecifyKind keeps the wall clock and changes only the kind.
        return fromWallClockMs(wallClockMs(dt), kind);
      } },
    ],
  },
  guid: {
    properties: { empty: () => new PSGuid('00000000-0000-0000-0000-000000000000') },
    methods: [
      { name: 'NewGuid', arities: [0], call: () => new PSGuid(randomUUID()) },
      { name: 'Parse', arities: [1], call: (_, a) => convertToType(str(a[0]), requireType('guid')) },
    ],
  },
  math: {
    properties: { pi: () => Math.PI, e: () => Math.E },
    methods: [
      { name: 'Round', arities: [1, 2, 3], call: (_, a) => round(a) },
      unary('Floor', Math.floor), unary('Ceiling', Math.ceil), unary('Truncate', Math.trunc), unary('Abs', Math.abs),
      unary('Sqrt', Math.sqrt), unary('Log10', Math.log10), unary('Exp', Math.exp), unary('Sign', Math.sign),
      { name: 'Log', arities: [1, 2], call: (_, a) => (a.length === 2 ? Math.log(toNumber(a[0])) / Math.log(toNumber(a[1])) : Math.log(toNumber(a[0]))) },
      { name: 'Pow', arities: [2], call: (_, a) => toNumber(a[0]) ** toNumber(a[1]) },
      { name: 'Max', arities: [2], call: (_, a) => Math.max(toNumber(a[0]), toNumber(a[1])) },
      { name: 'Min', arities: [2], call: (_, a) => Math.min(toNumber(a[0]), toNumber(a[1])) },
    ],
  },
  string: {
    properties: { empty: () => '' },
    methods: [
      { name: 'IsNullOrEmpty', arities: [1], call: (_, a) => a[0] === null || a[0] === undefined || str(a[0]) === '' },
      { name: 'IsNullOrWhiteSpace', arities: [1], call: (_, a) => a[0] === null || a[0] === undefined || str(a[0]).trim() === '' },
      { name: 'Join', arities: 'any', call: (_, a) => spread(a.slice(1)).map(str).join(str(a[0])) },
      { name: 'Concat', arities: 'any', call: (_, a) => spread(a).map(str).join('') },
      { name: 'Format', arities: 'any', call: (_, a) => formatCompositeRaw(str(a[0]), spread(a.slice(1))) },
      { name: 'Equals', arities: [2, 3], call: (_, a) => (a.length === 3 && /ignorecase/i.test(str(a[2])) ? str(a[0]).toLowerCase() === str(a[1]).toLowerCase() : str(a[0]) === str(a[1])) },
      { name: 'Compare', arities: [2, 3], call: (_, a) => compareStrings(str(a[0]), str(a[1]), !(a.length === 3 && (a[2] === true || /ignorecase/i.test(str(a[2]))))) },
    ],
  },
  int32: numericType('int32', -2147483648, 2147483647),
  int64: numericType('int64', -(2 ** 63), 2 ** 63 - 1),
  int16: numericType('int16', -32768, 32767),
  byte: numericType('byte', 0, 255),
  double: {
    properties: {
      maxvalue: () => Number.MAX_VALUE, minvalue: () => -Number.MAX_VALUE, epsilon: () => Number.MIN_VALUE,
      nan: () => Number.NaN, positiveinfinity: () => Infinity, negativeinfinity: () => -Infinity,
    },
    methods: [{ name: 'Parse', arities: [1, 2], call: (_, a) => convertToType(str(a[0]), requireType('double')) }],
  },
  decimal: numericType('decimal', -7.922816251426434e28, 7.922816251426434e28),
  boolean: {
    properties: { truestring: () => 'True', falsestring: () => 'False' },
    methods: [{ name: 'Parse', arities: [1], call: (_, a) => {
      const text = str(a[0]).trim().toLowerCase();
      if (text === 'true' || text === 'false') return text === 'true';
      throw new DotNetException(`String '${str(a[0])}' was not recognized as a valid Boolean.`);
    } }],
  },
  timespan: {
    properties: { zero: () => new PSTimeSpan(0) },
    methods: [
      { name: 'FromDays', arities: [1], call: (_, a) => new PSTimeSpan(toNumber(a[0]) * 86_400_000) },
      { name: 'FromHours', arities: [1], call: (_, a) => new PSTimeSpan(toNumber(a[0]) * 3_600_000) },
      { name: 'FromMinutes', arities: [1], call: (_, a) => new PSTimeSpan(toNumber(a[0]) * 60_000) },
      { name: 'FromSeconds', arities: [1], call: (_, a) => new PSTimeSpan(toNumber(a[0]) * 1000) },
      { name: 'FromMilliseconds', arities: [1], call: (_, a) => new PSTimeSpan(toNumber(a[0])) },
      { name: 'FromTicks', arities: [1], call: (_, a) => new PSTimeSpan(toNumber(a[0]) / 10_000) },
      { name: 'Parse', arities: [1, 2], call: (_, a) => toTimeSpan(str(a[0])) },
    ],
  },
  environment: {
    properties: {
      newline: () => '\n',
      machinename: () => hostname(),
      username: () => userInfo().username,
      processorcount: () => availableParallelism(),
    },
    methods: [],
  },
  regex: {
    properties: {},
    methods: [
      { name: 'Escape', arities: [1], call: (_, a) => escapeRegex(str(a[0])) },
      { name: 'IsMatch', arities: [2, 3], call: (_, a) => execOnce(compileRegex(str(a[1]), !/ignorecase/i.test(str(a[2] ?? ''))), str(a[0])) !== null },
      { name: 'Replace', arities: [3, 4], call: (_, a) => regexReplace(str(a[0]), compileRegex(str(a[1]), !/ignorecase/i.test(str(a[3] ?? ''))), str(a[2])) },
      { name: 'Split', arities: [2, 3], call: (_, a) => regexSplit(str(a[0]), compileRegex(str(a[1]), !/ignorecase/i.test(str(a[2] ?? '')))) },
      { name: 'Match', arities: [2, 3], call: (_, a) => {
        const compiled = compileRegex(str(a[1]), !/ignorecase/i.test(str(a[2] ?? '')));
        const m = execOnce(compiled, str(a[0]));
        return m ? matchObject(compiled, m) : new PSObject({ Success: false, Value: '' }, ['System.Text.RegularExpressions.Match']);
      } },
      { name: 'Matches', arities: [2, 3], call: (_, a) => {
        const compiled = compileRegex(str(a[1]), !/ignorecase/i.test(str(a[2] ?? '')));
        return execAll(compiled, str(a[0])).map((m) => matchObject(compiled, m));
      } },
    ],
  },
};

const METHOD_TABLES = new Map<TypeKey, ReturnType<typeof methodTable<null>>>();

function methodsOf(key: TypeKey, table: StaticTable): ReturnType<typeof methodTable<null>> {
  let methods = METHOD_TABLES.get(key);
  if (!methods) {
    methods = methodTable(table.methods);
    METHOD_TABLES.set(key, methods);
  }
  return methods;
}

/**
 * `[type]::Name` (args undefined) or `[type]::Name(args)`. Unknown types throw `Unable to find
 * type [X].`; unknown methods throw MethodNotFound; unknown properties are $null, as in pwsh.
 */
export function invokeStaticMember(typeName: string | PSTypeName, name: string, args: readonly unknown[] | undefined): unknown {
  const type: ResolvedType = requireType(typeName instanceof PSTypeName ? typeName.name : typeName);
  const table = type.element ? undefined : TABLES[type.key];
  if (args === undefined) {
    const getter = table?.properties[name.toLowerCase()];
    return getter ? getter() : null;
  }
  if (table) {
    try {
      const outcome = callFromTable(methodsOf(type.key, table), null, name, args);
      if (outcome.found) return outcome.value;
    } catch (error) {
      throw wrapMethodError(name, args.length, error);
    }
  }
  throw methodNotFound(type.fullName, name);
}
