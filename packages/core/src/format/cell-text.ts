/** How pwsh shows a value inside a table cell or list entry, and scalars on their own line. */
import { formatDateTime } from '../values/datetime/format.js';
import { PSDateTime, PSHashtable } from '../values/model.js';
import { PSRange } from '../values/range.js';
import { scalarString } from '../values/stringify.js';

/** $FormatEnumerationLimit: arrays show this many elements, then '…'. */
export const ENUMERATION_LIMIT = 4;

function scalarText(value: unknown): string {
  return value === null || value === undefined ? '' : scalarString(value, 'en-US');
}

function itemText(item: unknown): string {
  return Array.isArray(item) ? 'System.Object[]' : item instanceof PSHashtable ? 'System.Collections.Hashtable' : scalarText(item);
}

/**
 * Cell text: DateTime in en-US ('11/27/2026 4:47:45 PM'), arrays as '{a, b}', null empty. A hashtable
 * is enumerated like any collection, its entries shown as '[key, value]' (a Graph record's
 * AdditionalProperties reads '{[department, Sales]}', as in pwsh).
 */
export function cellText(value: unknown): string {
  const items =
    value instanceof PSHashtable
      ? value.entries().map(([key, entry]) => `[${key}, ${itemText(entry)}]`)
      : Array.isArray(value)
        ? (value as unknown[]).map(itemText)
        : value instanceof PSRange
          ? value.toArray().map(itemText)
          : undefined;
  if (items) return `{${items.slice(0, ENUMERATION_LIMIT).join(', ')}${items.length > ENUMERATION_LIMIT ? '…' : ''}}`;
  return scalarText(value);
}

/** A scalar written on its own line by Out-Default: DateTime in the long form ('Friday, November 27, 2026 4:47:45 PM'). */
export function renderValueForDisplay(value: unknown): string {
  if (value instanceof PSDateTime) return formatDateTime(value, 'dddd, MMMM d, yyyy h:mm:ss tt', 'en-US');
  return cellText(value);
}
