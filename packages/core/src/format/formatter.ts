/**
 * Streaming formatter, the data half of Out-Default: records in, format chunks out, as records
 * arrive. Records of the same shape share one table header; a new shape starts a new block.
 * A new table's column widths come from its first `previewRows` rows (or whatever is pending at
 * flush()); later rows keep those widths and renderers truncate longer cells with '…'.
 */
import { formatNumber } from '../values/format-number.js';
import { PSRange } from '../values/range.js';
import { cellText, renderValueForDisplay } from './cell-text.js';
import { viewFor, type Field, type RecordView } from './record-view.js';
import { FormattedChunk, type FormatChunk, type FormatDescription, type ListEntry, type TableColumn } from './types.js';

export interface FormatterOptions {
  /** Rows held back to size a new table's columns (default 50); flush() releases them early. */
  previewRows?: number;
}

export interface Formatter {
  push(record: unknown): FormatChunk[];
  /** Emits pending rows. Later rows of the same shape continue the table without a new header. */
  flush(): FormatChunk[];
}

interface TableBlock {
  shape: string;
  fields: Field[];
  columns: TableColumn[] | undefined;
  pending: { cells: string[]; values: unknown[] }[];
}

/** Table cells: pwsh 7.3+ shows fractional numbers in the culture's N format (2 decimals). */
function tableCell(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) return formatNumber(value, 'N');
  return cellText(value).replace(/\r?\n/g, ' ');
}

function columnsFor(block: TableBlock): TableColumn[] {
  return block.fields.map((field, i) => {
    const firstValue = block.pending.find((row) => row.values[i] !== null && row.values[i] !== undefined)?.values[i];
    const align = field.align ?? (typeof firstValue === 'number' ? 'right' : 'left');
    const natural = Math.max(field.label.length, ...block.pending.map((row) => row.cells[i]?.length ?? 0));
    return { header: field.label, align, width: field.width ?? natural };
  });
}

export function createFormatter(options: FormatterOptions = {}): Formatter {
  const previewRows = Math.max(1, options.previewRows ?? 50);
  let table: TableBlock | undefined;
  let lastShape: string | undefined;

  function releaseTable(): FormatChunk[] {
    if (!table || table.pending.length === 0) return [];
    const header = table.columns === undefined;
    table.columns ??= columnsFor(table);
    const rows = table.pending.map((row) => row.cells);
    table.pending = [];
    return [{ kind: 'table', columns: table.columns, rows, header }];
  }

  function pushOne(record: unknown, out: FormatChunk[]): void {
    const items = Array.isArray(record) ? (record as unknown[]) : record instanceof PSRange ? record.toArray() : undefined;
    if (items) {
      for (const item of items) pushOne(item, out);
      return;
    }
    if (record instanceof FormattedChunk) {
      // Format-Table / Format-List output: already formatted, ends any table in progress.
      out.push(...releaseTable());
      table = undefined;
      lastShape = undefined;
      out.push(record.chunk);
      return;
    }
    const view: RecordView | undefined = viewFor(record);
    if (!view) return;
    if (view.shape !== lastShape) {
      out.push(...releaseTable());
      table = undefined;
      lastShape = view.shape;
    }
    if (view.kind === 'text') {
      out.push({ kind: 'values', lines: [...view.render(record)] });
      return;
    }
    if (view.kind === 'values') {
      out.push({ kind: 'values', lines: [renderValueForDisplay(record)] });
      return;
    }
    if (view.kind === 'list') {
      const entries: ListEntry[] = view.fields.map((f) => ({ name: f.label, value: cellText(f.get(record)) }));
      out.push({ kind: 'list', items: [entries] });
      return;
    }
    table ??= { shape: view.shape, fields: view.fields, columns: undefined, pending: [] };
    for (const values of view.rows(record)) table.pending.push({ values, cells: values.map(tableCell) });
    if (table.columns !== undefined || table.pending.length >= previewRows) out.push(...releaseTable());
  }

  return {
    push(record) {
      const out: FormatChunk[] = [];
      pushOne(record, out);
      return out;
    },
    flush() {
      return releaseTable();
    },
  };
}

/** Merges chunks into whole descriptions: continuation rows join their table, values join values. */
export function chunksToDescriptions(chunks: readonly FormatChunk[]): FormatDescription[] {
  const out: FormatDescription[] = [];
  for (const chunk of chunks) {
    const last = out[out.length - 1];
    if (chunk.kind === 'table') {
      if (!chunk.header && last?.kind === 'table') last.rows.push(...chunk.rows);
      else out.push({ kind: 'table', columns: chunk.columns, rows: [...chunk.rows] });
    } else if (chunk.kind === 'list') {
      if (last?.kind === 'list') last.items.push(...chunk.items);
      else out.push({ kind: 'list', items: [...chunk.items] });
    } else if (last?.kind === 'values') last.lines.push(...chunk.lines);
    else out.push({ kind: 'values', lines: [...chunk.lines] });
  }
  return out;
}

/** All records at once (Out-String, the non-interactive runner): column widths see every row. */
export function formatRecords(records: Iterable<unknown>): FormatDescription[] {
  const formatter = createFormatter({ previewRows: Number.MAX_SAFE_INTEGER });
  const chunks: FormatChunk[] = [];
  for (const record of records) chunks.push(...formatter.push(record));
  chunks.push(...formatter.flush());
  return chunksToDescriptions(chunks);
}
