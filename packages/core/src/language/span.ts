/** A half-open range of the source text, with 1-based line and column of its start, for error carets. */
export interface SourceSpan {
  /** Offset of the first character (0-based, UTF-16 units). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based column of `start`. */
  readonly column: number;
}
