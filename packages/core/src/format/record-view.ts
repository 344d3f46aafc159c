/**
 * Which view a record gets: the type's registered default view, else a table for up to four
 * properties and a list for five or more; scalars are plain values. Hashtables are Name/Value
 * tables, GUIDs a one-column table, TimeSpans a list, as in pwsh.
 */
import { getMember } from '../values/members/properties.js';
import { PSGuid, PSHashtable, PSObject, PSTimeSpan } from '../values/model.js';
import type { Alignment, ViewProperty } from './types.js';
import { findDefaultView } from './views.js';

export interface Field {
  label: string;
  get: (record: unknown) => unknown;
  width?: number;
  align?: Alignment;
}

export type RecordView =
  | { kind: 'values'; shape: string }
  | { kind: 'text'; shape: string; render: (record: unknown) => readonly string[] }
  | { kind: 'table'; shape: string; fields: Field[]; rows: (record: unknown) => unknown[][] }
  | { kind: 'list'; shape: string; fields: Field[] };

const TIMESPAN_FIELDS = [
  'Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks', 'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds',
];

function fieldOf(property: ViewProperty): Field {
  if (typeof property === 'string') return { label: property, get: (record) => getMember(record, property) };
  return { label: property.label, get: property.expression, width: property.width, align: property.align };
}

function tableOf(shape: string, fields: Field[]): RecordView {
  return { kind: 'table', shape, fields, rows: (record) => [fields.map((f) => f.get(record))] };
}

function byCount(shape: string, fields: Field[], kind?: 'table' | 'list' | 'text'): RecordView {
  const chosen = kind === 'table' || kind === 'list' ? kind : fields.length <= 4 ? 'table' : 'list';
  return chosen === 'table' ? tableOf(shape, fields) : { kind: 'list', shape, fields };
}

/** The view for one record, or undefined when the record shows nothing ($null, empty objects). */
export function viewFor(record: unknown): RecordView | undefined {
  if (record === null || record === undefined) return undefined;
  if (record instanceof PSObject) {
    const declared = findDefaultView(record.typeNames);
    if (declared) {
      const render = declared.view.render;
      if (declared.view.kind === 'text' && render) return { kind: 'text', shape: `text:${declared.typeName.toLowerCase()}`, render };
      return byCount(`view:${declared.typeName.toLowerCase()}`, declared.view.properties.map(fieldOf), declared.view.kind);
    }
    const names = record.propertyNames();
    if (names.length === 0) return undefined;
    const shape = `object:${record.typeNames[0] ?? ''}:${names.map((n) => n.toLowerCase()).join('\u0001')}`;
    return byCount(shape, names.map((name) => fieldOf(name)));
  }
  if (record instanceof PSHashtable) {
    // pwsh's DictionaryEntry view: a 30-wide Name column and a left-aligned Value column.
    const fields: Field[] = [
      { label: 'Name', get: () => null, width: 30, align: 'left' },
      { label: 'Value', get: () => null, align: 'left' },
    ];
    return { kind: 'table', shape: 'hashtable', fields, rows: (r) => (r as PSHashtable).entries().map(([k, v]) => [k, v]) };
  }
  if (record instanceof PSGuid) return tableOf('guid', [{ label: 'Guid', get: (r) => (r as PSGuid).value }]);
  if (record instanceof PSTimeSpan) return { kind: 'list', shape: 'timespan', fields: TIMESPAN_FIELDS.map((name) => fieldOf(name)) };
  // Strings, numbers, booleans, DateTime and everything else without properties: plain values.
  return { kind: 'values', shape: 'values' };
}
