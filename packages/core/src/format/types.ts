/** Format descriptions: records turned into data that a host renders (terminal, text, JSON). */

export type Alignment = 'left' | 'right';

export interface TableColumn {
  header: string;
  align: Alignment;
  /** Natural width (header and cells); renderers shrink it to fit the screen. */
  width?: number;
}

export interface ListEntry {
  name: string;
  value: string;
}

export type FormatDescription =
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] }
  | { kind: 'list'; items: ListEntry[][] }
  | { kind: 'values'; lines: string[] };

/**
 * What a streaming formatter emits. A table chunk with `header: false` continues the previous
 * table (same columns and widths, no header lines).
 */
export type FormatChunk =
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; header: boolean }
  | { kind: 'list'; items: ListEntry[][] }
  | { kind: 'values'; lines: string[] };

/** A displayed property: a property name, or a label with an expression over the record. */
export type ViewProperty =
  | string
  | { label: string; expression: (record: unknown) => unknown; width?: number; align?: Alignment };

export interface ViewDefinition {
  /** Omitted: table for up to 4 properties, list for 5 or more. 'text': `render` gives the lines (Get-Help). */
  kind?: 'table' | 'list' | 'text';
  properties: readonly ViewProperty[];
  /** For kind 'text': the lines the record shows as. */
  render?: (record: unknown) => readonly string[];
}

/**
 * Output of Format-Table / Format-List: a chunk formatted by the cmdlet (its own columns or
 * entries), which formatters pass through as it is instead of formatting the object again.
 */
export class FormattedChunk {
  constructor(readonly chunk: FormatChunk) {}
}
