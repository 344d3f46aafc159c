/**
 * The Ctrl+Space menu: every match in columns that fit the terminal, the selected one in reverse
 * video; at most MAX_ROWS rows, with a count of the rest.
 */
import { Text } from 'ink';
import type { CompletionItem } from '../../backend/types.js';

const MAX_ROWS = 10;

export function layoutMenu(items: readonly CompletionItem[], selected: number, width: number): string[] {
  const cell = Math.min(Math.max(...items.map((i) => i.display.length), 1) + 2, Math.max(width, 10));
  const columns = Math.max(1, Math.floor(width / cell));
  const rows = Math.ceil(items.length / columns);
  const shownRows = Math.min(rows, MAX_ROWS);
  // Column-major like PSReadLine, so a sorted list reads downwards.
  const lines: string[] = [];
  for (let r = 0; r < shownRows; r++) {
    let line = '';
    for (let c = 0; c < columns; c++) {
      const index = c * rows + r;
      const item = items[index];
      if (!item) continue;
      const text = item.display.length > cell - 2 ? item.display.slice(0, cell - 3) + '…' : item.display;
      const padded = text.padEnd(cell - 2);
      line += (index === selected ? `\x1b[7m${padded}\x1b[27m` : padded) + '  ';
    }
    lines.push(line.trimEnd());
  }
  const hidden = items.length - shownRows * columns;
  if (hidden > 0) lines.push(`\x1b[2m… and ${hidden} more\x1b[0m`);
  return lines;
}

export function CompletionMenu({ items, selected, width }: { readonly items: readonly CompletionItem[]; readonly selected: number; readonly width: number }) {
  return <Text>{layoutMenu(items, selected, width).join('\n')}</Text>;
}
