/**
 * PowerShell's type conversions ([int]'42', [datetime]'2026-12-01', parameter binding...).
 * Failures throw ConversionError with PowerShell's message text.
 */
import { parseDateTime } from './datetime/parse.js';
import { parseTimeSpan } from './datetime/timespan.js';
import { ConversionError, RuntimeError } from './errors.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName, ScriptBlockValue } from './model.js';
import { bankersRound, parseNumberString } from './numbers.js';
import { PSRange } from './range.js';
import { PSSecureString } from './secure-string.js';
import { toPSString } from './stringify.js';
import { isTruthy } from './truthiness.js';
import { typeNameOf } from './type-of.js';
import { requireType, type ResolvedType, type TypeKey } from './typenames.js';

export interface ConvertOptions {
  /**
   * Parameter-binding rules for Boolean and SwitchParameter targets: only booleans and numbers
   * are accepted (`Boolean parameters accept only Boolean values and numbers...`).
   */
  strictBoolean?: boolean;
}

/** The value as PowerShell shows it inside conversion messages. */
export function valueText(value: unknown): string {
  if (Array.isArray(value) || value instanceof PSRange) return 'System.Object[]';
  return toPSString(value);
}

export function invalidCast(value: unknown, target: string): ConversionError {
  const text = valueText(value);
  return new ConversionError(
    `Cannot convert the "${text}" value of type "${typeNameOf(value)}" to type "${target}".`,
    text,
    target,
    undefined,
    'ConvertToFinalInvalidCastException',
  );
}

function parseFailure(value: unknown, target: string, reason: string, errorId: string): ConversionError {
  const text = valueText(value);
  return new ConversionError(`Cannot convert value "${text}" to type "${target}". Error: "${reason}"`, text, target, reason, errorId);
}

const INTEGER_RANGES: Partial<Record<TypeKey, [number, number, string]>> = {
  int32: [-2147483648, 2147483647, 'Int32'],
  int64: [-(2 ** 63), 2 ** 63, 'Int64'],
  int16: [-32768, 32767, 'Int16'],
  byte: [0, 255, 'Byte'],
  sbyte: [-128, 127, 'SByte'],
  uint16: [0, 65535, 'UInt16'],
  uint32: [0, 4294967295, 'UInt32'],
  uint64: [0, 2 ** 64, 'UInt64'],
};

/** Single-element arrays convert through their element; bigger ones do not convert to scalars. */
function unwrapSingle(value: unknown): unknown {
  if (value instanceof PSRange) return value.length === 1 ? value.toArray()[0] : value;
  if (Array.isArray(value) && value.length === 1) return value[0] as unknown;
  return value;
}

/** Number from a value for numeric conversions; `target` is the .NET name used in messages. */
export function toNumber(value: unknown, target = 'System.Double'): number {
  const v = unwrapSingle(value);
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    const parsed = parseNumberString(v);
    if (parsed === undefined) {
      const errorId = /Int|Byte/.test(target) ? 'InvalidCastFromStringToInteger' : target === 'System.Decimal' ? 'InvalidCastFromStringToDecimal' : 'InvalidCastFromStringToDoubleOrSingle';
      throw parseFailure(v, target, `The input string '${v}' was not in a correct format.`, errorId);
    }
    return parsed;
  }
  throw invalidCast(value, target);
}

function toIntegerOf(value: unknown, type: ResolvedType): number {
  const range = INTEGER_RANGES[type.key];
  const n = toNumber(value, type.fullName);
  if (Number.isNaN(n) || !Number.isFinite(n)) {
    throw parseFailure(value, type.fullName, `Value was either too large or too small for an ${range?.[2] ?? 'Int32'}.`, 'InvalidCastIConvertible');
  }
  const rounded = bankersRound(n);
  if (range && (rounded < range[0] || rounded > range[1])) {
    const errorId = typeof unwrapSingle(value) === 'string' ? 'InvalidCastFromStringToInteger' : 'InvalidCastIConvertible';
    throw parseFailure(value, type.fullName, `Value was either too large or too small for ${/^[AEIOU]/.test(range[2]) ? 'an' : 'a'} ${range[2]}.`, errorId);
  }
  return rounded === 0 ? 0 : rounded;
}

/** [int] conversion with banker's rounding and range checks. */
export function toInt32(value: unknown): number {
  return toIntegerOf(value, { key: 'int32', fullName: 'System.Int32' });
}

export function toInt64(value: unknown): number {
  return toIntegerOf(value, { key: 'int64', fullName: 'System.Int64' });
}

/** Binding rule for [bool]/[switch] parameters: booleans and numbers only. */
export function toBooleanStrict(value: unknown, target = 'System.Boolean'): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const shown = value === null || value === undefined ? '' : typeNameOf(value);
  throw new ConversionError(
    `Cannot convert value "${shown}" to type "${target}". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
    shown,
    target,
    'Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
    'CannotConvertArgumentNoMessage',
  );
}

export function toDateTime(value: unknown): PSDateTime {
  const v = unwrapSingle(value);
  if (v instanceof PSDateTime) return v;
  if (v === null || v === undefined) {
    throw new ConversionError('Cannot convert null to type "System.DateTime".', '', 'System.DateTime', undefined, 'nullToObjectInvalidCast');
  }
  if (typeof v === 'string') {
    const parsed = parseDateTime(v);
    if (!parsed) {
      throw parseFailure(v, 'System.DateTime', `String '${v}' was not recognized as a valid DateTime.`, 'InvalidCastParseTargetInvocationWithFormatProvider');
    }
    return parsed;
  }
  throw invalidCast(value, 'System.DateTime');
}

export function toTimeSpan(value: unknown): PSTimeSpan {
  const v = unwrapSingle(value);
  if (v instanceof PSTimeSpan) return v;
  if (v === null || v === undefined) return new PSTimeSpan(0);
  if (typeof v === 'number') return new PSTimeSpan(Math.trunc(v) / 10_000); // a number is ticks
  if (typeof v === 'string') {
    const parsed = parseTimeSpan(v);
    if (!parsed) throw parseFailure(v, 'System.TimeSpan', `String '${v}' was not recognized as a valid TimeSpan.`, 'InvalidCastParseTargetInvocation');
    return parsed;
  }
  throw invalidCast(value, 'System.TimeSpan');
}

const GUID_FORMS = [
  /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i,
  /^\{([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}$/i,
  /^\(([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\)$/i,
];

/** 'D' form of a GUID written as D, N, B or P; undefined when it is not a GUID. */
export function canonicalGuid(text: string): string | undefined {
  const s = text.trim();
  for (const re of GUID_FORMS) {
    const m = re.exec(s);
    // The first form allows dashes to be either all present or all absent.
    if (m && (re !== GUID_FORMS[0] || s.length === 32 || s.length === 36)) return m.slice(1, 6).join('-').toLowerCase();
  }
  return undefined;
}

export function toGuid(value: unknown): PSGuid {
  const v = unwrapSingle(value);
  if (v instanceof PSGuid) return v;
  if (typeof v === 'string') {
    const canonical = canonicalGuid(v);
    if (canonical) return new PSGuid(canonical);
    throw parseFailure(v, 'System.Guid', 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).', 'InvalidCastParseTargetInvocation');
  }
  if (v === null || v === undefined) {
    throw new ConversionError('Cannot convert null to type "System.Guid".', '', 'System.Guid', undefined, 'nullToObjectInvalidCast');
  }
  throw invalidCast(value, 'System.Guid');
}

function toChar(value: unknown): string {
  const v = unwrapSingle(value);
  if (typeof v === 'string') {
    if (v.length === 1) return v;
    throw parseFailure(v, 'System.Char', 'String must be exactly one character long.', 'InvalidCastParseTargetInvocation');
  }
  if (typeof v === 'number') return String.fromCharCode(toIntegerOf(v, { key: 'uint16', fullName: 'System.Char' }));
  if (v === null || v === undefined) return '\0';
  throw invalidCast(value, 'System.Char');
}

function toArray(value: unknown, type: ResolvedType, opts: ConvertOptions): unknown[] | null {
  if (value === null || value === undefined) return null;
  const items: unknown[] = value instanceof PSRange ? value.toArray() : Array.isArray(value) ? (value as unknown[]) : [value];
  const element = type.element;
  if (!element || element.key === 'object') return value === items ? items : [...items];
  return items.map((item) => convertToType(item, element, opts));
}

function toHashtable(value: unknown): PSHashtable | null {
  const v = unwrapSingle(value);
  if (v === null || v === undefined) return null;
  if (v instanceof PSHashtable) return v;
  throw invalidCast(value, 'System.Collections.Hashtable');
}

function toCustomObject(value: unknown): unknown {
  if (value instanceof PSHashtable) return new PSObject(value.entries());
  if (value === null || value === undefined) return new PSObject();
  return value;
}

function toTypeValue(value: unknown): PSTypeName | null {
  if (value === null || value === undefined) return null;
  if (value instanceof PSTypeName) return value;
  if (typeof value === 'string') return new PSTypeName(requireType(value).fullName);
  throw invalidCast(value, 'System.Type');
}

/** Converts to an already-resolved type. */
export function convertToType(value: unknown, type: ResolvedType, opts: ConvertOptions = {}): unknown {
  switch (type.key) {
    case 'object': return value instanceof PSRange ? value.toArray() : value;
    case 'psobject': return value;
    case 'string': return value === null || value === undefined ? '' : toPSString(value);
    case 'char': return toChar(value);
    case 'boolean': return opts.strictBoolean ? toBooleanStrict(value) : isTruthy(value);
    case 'switch': return toBooleanStrict(value, type.fullName);
    case 'double': case 'single': case 'decimal': return toNumber(value, type.fullName);
    case 'int32': case 'int64': case 'int16': case 'byte': case 'sbyte': case 'uint16': case 'uint32': case 'uint64':
      return toIntegerOf(value, type);
    case 'datetime': return toDateTime(value);
    case 'timespan': return toTimeSpan(value);
    case 'guid': return toGuid(value);
    case 'array': return toArray(value, type, opts);
    case 'hashtable': return toHashtable(value);
    case 'pscustomobject': return toCustomObject(value);
    case 'scriptblock':
      if (value === null || value === undefined || value instanceof ScriptBlockValue) return value ?? null;
      throw invalidCast(value, type.fullName);
    case 'type': return toTypeValue(value);
    case 'securestring':
      // .NET has no conversion from String: [securestring]'text' fails, as in pwsh.
      if (value === null || value === undefined || value instanceof PSSecureString) return value ?? null;
      throw invalidCast(value, type.fullName);
    case 'math': case 'environment': case 'regex':
      if (value === null || value === undefined) return null;
      throw invalidCast(value, type.fullName);
  }
}

/**
 * `[type]value`: converts with PowerShell's rules. Type names resolve case-insensitively with
 * accelerators (int, long, double, string, bool, datetime, guid, timespan, hashtable,
 * pscustomobject, array, object, 'string[]', 'int[]'...). Unknown types throw `Unable to find type [X].`
 */
export function convertTo(value: unknown, typeName: string | PSTypeName, opts: ConvertOptions = {}): unknown {
  const name = typeName instanceof PSTypeName ? typeName.name : typeName;
  return convertToType(value, requireType(name), opts);
}

/** `-as`: the converted value, or $null when the conversion fails. Unknown types still throw. */
export function tryConvertTo(value: unknown, typeName: string | PSTypeName): unknown {
  const name = typeName instanceof PSTypeName ? typeName.name : typeName;
  const type = requireType(name);
  try {
    return convertToType(value, type);
  } catch (error) {
    if (error instanceof RuntimeError) return null;
    throw error;
  }
}

