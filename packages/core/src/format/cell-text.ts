/** How pwsh shows a value inside a table cell or list entry, and scalars on their own line. */
import { formatDateTime } from '../values/datetime/format.js';
import { PSDateTime } from '../values/model.js';
import { PSRange } from '../values/range.js';
import { scalarString } from '../values/stringify.js';

/** $FormatEnumerationLimit: arrays show this many elements, then '…'. */
export const ENUMERATION_LIMIT = 4;

function scalarText(value: unknown): string {
  return value === null || value === undefined ? '' : scalarString(value, 'en-US');
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
