/** How PowerShell turns a value into text in string context ("$x", [string]$x, -join, +). */
import { formatDateTime, type DateCulture } from './datetime/format.js';
import { formatTimeSpan } from './datetime/timespan.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName, ScriptBlockValue } from './model.js';
import { formatNumberInvariant } from './numbers.js';
import { PSSecureString, SECURE_STRING_TYPE } from './secure-string.js';
import { PSRange } from './range.js';

/**
 * PowerShell's string conversion: numbers in the invariant culture, DateTime as
 * `MM/dd/yyyy HH:mm:ss`, arrays joined by a space ($OFS), $null as '', booleans True/False,
 * hashtables as their type name, PSCustomObjects as `@{A=1; B=2}`.
 */
export function toPSString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) || value instanceof PSRange) return [...value].map(elementString).join(' ');
  return scalarString(value);
}

/** Elements of an array inside a string: a nested array shows its type name, as .NET's ToString does. */
function elementString(value: unknown): string {
  if (Array.isArray(value)) return 'System.Object[]';
  return value === null || value === undefined ? '' : scalarString(value);
}

/**
 * One non-null value's text. Only DateTime depends on the culture: string conversion uses the invariant
 * culture, while pwsh's formatter (table cells, list entries) shows dates in the current one (en-US here).
 */
export function scalarString(value: unknown, dateCulture: DateCulture = 'invariant'): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumberInvariant(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof PSDateTime) return formatDateTime(value, 'G', dateCulture);
  if (value instanceof PSTimeSpan) return formatTimeSpan(value);
  if (value instanceof PSGuid) return value.value;
  // Never the text: a SecureString reads as its type name wherever it is turned into text.
  if (value instanceof PSSecureString) return SECURE_STRING_TYPE;
  if (value instanceof PSHashtable) return 'System.Collections.Hashtable';
  if (value instanceof PSObject) return psObjectString(value);
  if (value instanceof PSTypeName) return value.name;
  if (value instanceof ScriptBlockValue) return value.text;
  if (Array.isArray(value)) return 'System.Object[]';
  return String(value);
}

/** `@{A=1; B=2}` (unless the record has its own `stringValue`): nested values use their own ToString (arrays show System.Object[]). */
export function psObjectString(obj: PSObject): string {
  if (obj.stringValue !== undefined) return obj.stringValue;
  const names = obj.propertyNames();
  if (names.length === 0) return '';
  const parts = names.map((name) => `${name}=${elementString(obj.get(name))}`);
  return `@{${parts.join('; ')}}`;
}
