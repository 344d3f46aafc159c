/**
 * The line being edited, as terminal rows: the prompt, the buffer coloured by token class, the
 * inline prediction in dim italics, and `>> ` before every continuation line of multi-line input.
 * Rows are wrapped here, at exactly `columns` cells, so the terminal never wraps them on its own
 * and the returned cursor position (for the real terminal cursor) is exact. Pure, so colouring
 * and cursor placement are tested without a terminal.
 *
 * `color` turns token colours off (-NoColor, NO_COLOR); the prediction keeps its dim attribute,
 * without which it could not be told apart from typed text.
 */
import type { HighlightSpan } from '../backend/types.js';
import { SGR } from './ansi.js';
import { charWidth } from './display-width.js';
import { PREDICTION_COLOR, TOKEN_COLORS } from './palette.js';

export interface InputView {
  readonly prompt: string;
  readonly text: string;
  readonly cursor: number;
  readonly spans: readonly HighlightSpan[];
  /** Text predicted after the end of the buffer ('' for none); shown only with the cursor at the end. */
  readonly prediction: string;
  readonly color: boolean;
  /** Terminal width; rows longer than this are wrapped (Infinity: never). */
  readonly columns: number;
}

export interface RenderedInput {
  readonly lines: string[];
  /** Where the terminal cursor goes, relative to the first row. */
  readonly cursor: { readonly x: number; readonly y: number };
}

export const CONTINUATION_PROMPT = '>> ';

function colorAt(spans: readonly HighlightSpan[], length: number): (string | undefined)[] {
  const colors: (string | undefined)[] = new Array<string | undefined>(length).fill(undefined);
  for (const span of spans) {
    for (let i = Math.max(0, span.start); i < Math.min(length, span.end); i++) colors[i] = TOKEN_COLORS[span.kind];
  }
  return colors;
}

/** Builds rows cell by cell, wrapping at the width and carrying the colour across the break. */
class RowWriter {
  readonly rows: string[] = [];
  #row = '';
  #column = 0;
  #style: string | undefined;

  constructor(private readonly columns: number) {}

  get position(): { x: number; y: number } {
    return { x: this.#column, y: this.rows.length };
  }

  style(next: string | undefined): void {
    if (next === this.#style) return;
    this.#row += next ?? SGR.reset;
    this.#style = next;
  }

  write(ch: string): void {
    const width = charWidth(ch);
    if (this.#column + width > this.columns) this.#wrap();
    this.#row += ch;
    this.#column += width;
  }

  /** Ends the row (a newline in the buffer). */
  endRow(): void {
    const style = this.#style;
    this.style(undefined);
    this.rows.push(this.#row);
    this.#row = '';
    this.#column = 0;
    this.style(style);
  }

  /** A cursor at the very end of a full row sits at the start of the next one. */
  settle(): void {
    if (this.#column >= this.columns) this.#wrap();
  }

  finish(): string[] {
    this.style(undefined);
    this.rows.push(this.#row);
    return this.rows;
  }

  #wrap(): void {
    this.endRow();
  }
}

export function renderInputLines(view: InputView): RenderedInput {
  const { text, cursor } = view;
  const colors = view.color ? colorAt(view.spans, text.length) : [];
  const out = new RowWriter(Math.max(1, view.columns));
  let cursorAt: { x: number; y: number } | undefined;
  for (const ch of view.prompt) out.write(ch);
  for (let i = 0; i < text.length; i++) {
    if (i === cursor) {
      out.settle();
      cursorAt = out.position;
    }
    const ch = text[i] ?? '';
    if (ch === '\n') {
      out.style(undefined);
      out.endRow();
      for (const c of CONTINUATION_PROMPT) out.write(c);
      continue;
    }
    out.style(colors[i]);
    // Keep a surrogate pair together so its width is counted once.
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      out.write(text.slice(i, i + 2));
      i++;
    } else {
      out.write(ch);
    }
  }
  out.style(undefined);
  if (cursor >= text.length) {
    out.settle();
    cursorAt = out.position;
    const prediction = view.prediction.split('\n')[0] ?? '';
    if (prediction) {
      out.style(PREDICTION_COLOR);
      for (const ch of prediction) out.write(ch);
      out.style(undefined);
    }
  }
  return { lines: out.finish(), cursor: cursorAt ?? out.position };
}
