/**
 * The script text plus a line index, so any offset can become a SourceSpan (1-based line and
 * column) in O(log lines). One instance is shared by the lexer, the parser and error formatting.
 */
import type { SourceSpan } from './span.js';

export class SourceText {
  readonly text: string;
  readonly length: number;
  /** Offsets at which each line starts; `\r\n`, `\n` and a lone `\r` all end a line. */
  readonly lineStarts: readonly number[];

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** 0-based index of the line containing `offset`. */
  lineIndexAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  span(start: number, end: number): SourceSpan {
    const index = this.lineIndexAt(start);
    return { start, end, line: index + 1, column: start - (this.lineStarts[index] ?? 0) + 1 };
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** The text of the 1-based line, without its line terminator. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.length;
    const next = this.lineStarts[line];
    let end = next ?? this.length;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return this.text.slice(start, end);
  }
}
