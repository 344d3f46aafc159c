/**
 * Collects the tokens the parser actually used (and trivia the lexer skipped), with the role the
 * parser gave them, for syntax colouring, `tokenize` and cursor analysis.
 */
import type { SourceText } from './source-text.js';
import type { Token, TokenKind, TokenRole } from './tokens.js';

export interface TokenSink {
  add(start: number, end: number, kind: TokenKind, role?: TokenRole): void;
}

/** For plain parsing: nobody looks at tokens, so recording them would only cost time. */
export const NULL_SINK: TokenSink = { add: () => undefined };

interface Entry {
  start: number;
  end: number;
  kind: TokenKind;
  role: TokenRole | undefined;
  inError: boolean;
}

export class RecordingTokenSink implements TokenSink {
  readonly #src: SourceText;
  /** Keyed by start offset: a position is recorded once even if it was scanned twice. */
  readonly #byStart = new Map<number, Entry>();

  constructor(src: SourceText) {
    this.#src = src;
  }

  add(start: number, end: number, kind: TokenKind, role?: TokenRole): void {
    if (end <= start) return;
    const existing = this.#byStart.get(start);
    // A longer token at the same start (a string around its first expansion) stays.
    if (existing && existing.end > end) return;
    this.#byStart.set(start, { start, end, kind, role: role ?? existing?.role, inError: existing?.inError ?? false });
  }

  /** Marks whatever starts at `start` (or a new Unknown token) as erroneous. */
  markError(start: number, end: number): void {
    const existing = this.#byStart.get(start);
    if (existing) {
      existing.inError = true;
      existing.end = Math.max(existing.end, end);
    } else {
      this.#byStart.set(start, { start, end, kind: 'Unknown', role: undefined, inError: true });
    }
  }

  tokens(): Token[] {
    const entries = [...this.#byStart.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    return entries.map(({ start, end, kind, role, inError }) => ({
      kind,
      text: this.#src.slice(start, end),
      start,
      end,
      span: this.#src.span(start, end),
      ...(role ? { role } : {}),
      ...(inError ? { inError } : {}),
    }));
  }
}
