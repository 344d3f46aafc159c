/**
 * Renders format descriptions as text: tables fitted to the width (widest columns shrink,
 * cells truncate with '…', never wrap, columns that cannot fit are dropped), green bold headers
 * when colour is on, lists as `Name : Value` with padded names, values one per line.
 */
import type { FormatChunk, FormatDescription, ListEntry, TableColumn } from './types.js';

export interface RenderOptions {
  width: number;
  color: boolean;
}

const ACCENT = '\x1b[32;1m';
const RESET = '\x1b[0m';

function fit(text: string, width: number): string {
  if (text.length <= width) return text;
  if (width <= 0) return '';
  return `${text.slice(0, width - 1)}…`;
}

/** Column widths fitted to the line width, or fewer columns when even 1-wide ones do not fit. */
export function fitColumnWidths(natural: readonly number[], lineWidth: number): number[] {
  const widths = natural.map((w) => Math.max(1, w));
  // Drop trailing columns until the minimum layout (1 character each) fits.
  while (widths.length > 1 && widths.length * 2 - 1 > lineWidth) widths.pop();
  const total = (): number => widths.reduce((a, b) => a + b, 0) + widths.length - 1;
  while (total() > lineWidth) {
    let widest = 0;
    for (let i = 1; i < widths.length; i++) if ((widths[i] ?? 0) > (widths[widest] ?? 0)) widest = i;
    if ((widths[widest] ?? 1) <= 1) break;
    widths[widest] = (widths[widest] ?? 1) - 1;
  }
  return widths;
}

function naturalWidths(columns: readonly TableColumn[], rows: readonly string[][]): number[] {
  return columns.map((c, i) => c.width ?? Math.max(c.header.length, ...rows.map((r) => r[i]?.length ?? 0)));
}

function align(text: string, width: number, alignment: 'left' | 'right'): string {
  const fitted = fit(text, width);
  return alignment === 'right' ? fitted.padStart(width) : fitted.padEnd(width);
}

function renderTable(columns: readonly TableColumn[], rows: readonly string[][], header: boolean, opts: RenderOptions): string[] {
  const widths = fitColumnWidths(naturalWidths(columns, rows), opts.width);
  const shown = columns.slice(0, widths.length);
  const line = (cells: string[]): string => cells.join(' ').trimEnd();
  const lines: string[] = [];
  if (header) {
    const headers = shown.map((c, i) => fit(c.header, widths[i] ?? 1));
    const headerLine = line(shown.map((c, i) => align(c.header, widths[i] ?? 1, c.align)));
    const dashLine = line(shown.map((c, i) => align('-'.repeat(headers[i]?.length ?? 0), widths[i] ?? 1, c.align)));
    lines.push('', opts.color ? `${ACCENT}${headerLine}${RESET}` : headerLine, opts.color ? `${ACCENT}${dashLine}${RESET}` : dashLine);
  }
  for (const row of rows) lines.push(line(shown.map((c, i) => align(row[i] ?? '', widths[i] ?? 1, c.align))));
  return lines;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const physical of text.split(/\r?\n/)) {
    if (width < 10 || physical.length <= width) {
      out.push(physical);
      continue;
    }
    for (let i = 0; i < physical.length; i += width) out.push(physical.slice(i, i + width));
  }
  return out;
}

function renderListItem(entries: readonly ListEntry[], opts: RenderOptions): string[] {
  const nameWidth = Math.max(0, ...entries.map((e) => e.name.length));
  const lines: string[] = [];
  for (const entry of entries) {
    const name = entry.name.padEnd(nameWidth);
    const [first = '', ...rest] = wrap(entry.value, opts.width - nameWidth - 3);
    lines.push(`${opts.color ? `${ACCENT}${name}${RESET}` : name} : ${first}`.trimEnd());
    for (const more of rest) lines.push(`${' '.repeat(nameWidth + 3)}${more}`.trimEnd());
  }
  return lines;
}

/** Text for one chunk or description (lines joined by '\n', no trailing newline). */
export function renderText(block: FormatChunk | FormatDescription, opts: RenderOptions): string {
  switch (block.kind) {
    case 'table':
      return renderTable(block.columns, block.rows, 'header' in block ? block.header : true, opts).join('\n');
    case 'list':
      return block.items.flatMap((item) => ['', ...renderListItem(item, opts)]).join('\n');
    case 'values':
      return block.lines.join('\n');
  }
}

/** A whole output as pwsh prints it: blocks one after another, a blank line after tables and lists. */
export function renderDescriptions(blocks: readonly FormatDescription[], opts: RenderOptions): string {
  let out = '';
  blocks.forEach((block, i) => {
    out += renderText(block, opts) + '\n';
    const next = blocks[i + 1];
    if (block.kind !== 'values' && (next === undefined || next.kind === 'values')) out += '\n';
  });
  return out;
}
