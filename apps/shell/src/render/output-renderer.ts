/**
 * Out-Default for a terminal or text stream: output records go through core's streaming formatter
 * (tables share a header, rows stream as they come) and core's text renderer fitted to the width;
 * errors, warnings, verbose, debug and Write-Host text are rendered as pwsh shows them, in the
 * order they happened. Blank lines follow pwsh (and core's renderDescriptions): one before a
 * table header or list item, one after a table or list block when plain text or the end follows.
 *
 * Every method returns finished text blocks (no trailing newline); an empty array means "nothing
 * to show yet" (table rows are held back until their column widths are known, or flush()).
 */
import { createFormatter, renderText, type FormatChunk, type Formatter, type StreamEvent } from '@entra-shell/core';
import { renderConciseError } from './concise-error.js';
import { renderDebug, renderInformation, renderVerbose, renderWarning } from './stream-records.js';

export interface OutputRendererOptions {
  readonly width: number;
  readonly color: boolean;
  /** Rows held back to size a table's columns (core's default when absent). */
  readonly previewRows?: number;
}

export class OutputRenderer {
  readonly #formatter: Formatter;
  readonly #options: OutputRendererOptions;
  /** Whether the last block written was a table or list (a blank line must close it). */
  #inBlock = false;
  /** Write-Host -NoNewline text waiting for the rest of its line. */
  #partialLine = '';

  constructor(options: OutputRendererOptions) {
    this.#options = options;
    this.#formatter = createFormatter(options.previewRows !== undefined ? { previewRows: options.previewRows } : {});
  }

  /** An output record. */
  output(value: unknown): string[] {
    return this.#chunks(this.#formatter.push(value));
  }

  /** A side-stream record; pending table rows are released first so the order stays true. */
  stream(event: StreamEvent): string[] {
    if (event.type === 'progress') return [];
    const before = this.#chunks(this.#formatter.flush());
    const text = this.#streamText(event);
    if (text === undefined) return before;
    return [...before, ...this.#plain(text)];
  }

  /** Releases held-back rows (idle output, end of a run) and closes an open block. */
  flush(final = false): string[] {
    const out = this.#chunks(this.#formatter.flush());
    if (final) {
      if (this.#partialLine) out.push(this.#takePartial(''));
      if (this.#inBlock) out.push('');
      this.#inBlock = false;
    }
    return out;
  }

  #streamText(event: Exclude<StreamEvent, { type: 'progress' }>): string | undefined {
    const color = this.#options.color;
    switch (event.type) {
      case 'error':
        return renderConciseError(event.record, color);
      case 'warning':
        return renderWarning(event.record, color);
      case 'verbose':
        return renderVerbose(event.record, color);
      case 'debug':
        return renderDebug(event.record, color);
      case 'information': {
        const text = renderInformation(event.record, color);
        if (event.record.noNewline) {
          this.#partialLine += text;
          return undefined;
        }
        return this.#takePartial(text);
      }
    }
  }

  #takePartial(text: string): string {
    const line = this.#partialLine + text;
    this.#partialLine = '';
    return line;
  }

  /** Text that is not a table or list: close an open block with a blank line first. */
  #plain(text: string): string[] {
    const out = this.#inBlock ? ['', text] : [text];
    this.#inBlock = false;
    return out;
  }

  #chunks(chunks: readonly FormatChunk[]): string[] {
    const out: string[] = [];
    for (const chunk of chunks) {
      const text = renderText(chunk, { width: this.#options.width, color: this.#options.color });
      if (chunk.kind === 'values') {
        out.push(...this.#plain(this.#takePartial(text)));
        continue;
      }
      // A table header or list item brings its own leading blank line (core's renderer).
      out.push(text);
      this.#inBlock = true;
    }
    return out;
  }
}
