/**
 * Objects → CSV lines, shared by ConvertTo-Csv and Export-Csv: columns come from the first
 * object, every value is written as its string form and (by default) quoted, nulls are empty
 * and unquoted, as pwsh 7 writes them. Quoting and escaping are csv-stringify's.
 */
import { stringify } from 'csv-stringify/sync';
import { enumeration } from '../../cmdlet/index.js';
import { formatDateTime } from '../../values/datetime/format.js';
import { PSDateTime, PSHashtable, PSObject } from '../../values/model.js';
import { toPSString } from '../../values/stringify.js';
import { typeNameOf } from '../../values/type-of.js';
import { isPipelineEnumerable } from './enumerate.js';
import { propertyNames, tryPropertyValue } from './member-access.js';

export const quoteKinds = ['Always', 'AsNeeded', 'Never'] as const;
export type QuoteKind = (typeof quoteKinds)[number];
export const quoteKind = enumeration('QuoteKind', quoteKinds);

export interface CsvOptions {
  readonly delimiter: string;
  readonly useQuotes: QuoteKind;
  /** Only these columns are quoted (case-insensitive); the others only where needed. */
  readonly quoteFields?: readonly string[];
}

/** The columns an object contributes when it is the first one: its properties, or a hashtable's keys. */
export function csvColumns(value: unknown): string[] {
  if (value instanceof PSHashtable) return value.keys();
  return propertyNames(value);
}

/** A value as its CSV field: .NET's ToString (arrays show their type name, dates the en-US general form). */
export function csvText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof PSDateTime) return formatDateTime(value, 'G', 'en-US');
  if (isPipelineEnumerable(value)) return 'System.Object[]';
  return toPSString(value);
}

export function csvFields(value: unknown, columns: readonly string[]): (string | null)[] {
  return columns.map((column) => {
    const r = tryPropertyValue(value, column);
    return r.found ? csvText(r.value) : null;
  });
}

/** One CSV line, without the line terminator. */
export function csvLine(fields: readonly (string | null)[], columns: readonly string[], options: CsvOptions): string {
  if (options.useQuotes === 'Never') return fields.map((f) => f ?? '').join(options.delimiter);
  const quoted = new Set((options.quoteFields ?? []).map((f) => f.toLowerCase()));
  const always = (index: number): boolean =>
    options.quoteFields ? quoted.has((columns[index] ?? '').toLowerCase()) : options.useQuotes === 'Always';
  const text = stringify([fields.map((f) => f)], {
    delimiter: options.delimiter,
    eof: false,
    cast: {
      string: (value, context) => {
        const q = always(typeof context.column === 'number' ? context.column : -1);
        return { value, quoted: q, quoted_empty: q };
      },
      null: () => ({ value: '', quoted: false, quoted_empty: false }),
    },
  });
  return text;
}

/** `#TYPE Name` (only with -IncludeTypeInformation). */
export function typeInformationLine(value: unknown): string {
  return `#TYPE ${value instanceof PSObject ? (value.typeNames[0] ?? 'System.Management.Automation.PSCustomObject') : typeNameOf(value)}`;
}
