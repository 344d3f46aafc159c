/** How pwsh shows a value inside a table cell or list entry, and scalars on their own line. */
import { formatDateTime } from '../values/datetime/format.js';
import { formatTimeSpan } from '../values/datetime/timespan.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName, ScriptBlockValue } from '../values/model.js';
import { formatNumberInvariant } from '../values/numbers.js';
import { PSRange } from '../values/range.js';
import { psObjectString } from '../values/stringify.js';

/** $FormatEnumerationLimit: arrays show this many elements, then '…'. */
export const ENUMERATION_LIMIT = 4;

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumberInvariant(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof PSDateTime) return formatDateTime(value, 'G', 'en-US');
  if (value instanceof PSTimeSpan) return formatTimeSpan(value);
  if (value instanceof PSGuid) return value.value;
  if (value instanceof PSHashtable) return 'System.Collections.Hashtable';
  if (value instanceof PSObject) return psObjectString(value);
  if (value instanceof PSTypeName) return value.name;
  if (value instanceof ScriptBlockValue) return value.text;
  return String(value);
}

/** Cell text: DateTime in en-US ('11/27/2026 4:47:45 PM'), arrays as '{a, b}', null empty. */
export function cellText(value: unknown): string {
  const items = Array.isArray(value) ? (value as unknown[]) : value instanceof PSRange ? value.toArray() : undefined;
  if (items) {
    const shown = items.slice(0, ENUMERATION_LIMIT).map((item) => (Array.isArray(item) ? 'System.Object[]' : scalarText(item)));
    return `{${shown.join(', ')}${items.length > ENUMERATION_LIMIT ? '…' : ''}}`;
  }
  return scalarText(value);
}

/** A scalar written on its own line by Out-Default: DateTime in the long form ('Friday, November 27, 2026 4:47:45 PM'). */
export function renderValueForDisplay(value: unknown): string {
  if (value instanceof PSDateTime) return formatDateTime(value, 'dddd, MMMM d, yyyy h:mm:ss tt', 'en-US');
  return cellText(value);
}
