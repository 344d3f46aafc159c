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
  /** One entry per (start, end): re-recording a span (re-scan, role added) updates it. */
  readonly #entries = new Map<string, Entry>();
  /** The longest entry starting at each offset, for marking errors. */
  readonly #longestAt = new Map<number, Entry>();

  constructor(src: SourceText) {
    this.#src = src;
  }

  add(start: number, end: number, kind: TokenKind, role?: TokenRole): void {
    if (end <= start) return;
    const key = `${start},${end}`;
    const existing = this.#entries.get(key);
    if (existing) {
      existing.kind = kind;
      existing.role = role ?? existing.role;
      return;
    }
    const entry: Entry = { start, end, kind, role, inError: false };
    this.#entries.set(key, entry);
    const longest = this.#longestAt.get(start);
    if (!longest || longest.end < end) this.#longestAt.set(start, entry);
  }

  hasTokenAt(start: number): boolean {
    return this.#longestAt.has(start);
  }

  /** Marks the longest token starting at `start` (or a new Unknown token) as erroneous. */
  markError(start: number, end: number): void {
    const existing = this.#longestAt.get(start);
    if (existing && existing.end >= end) {
      existing.inError = true;
      return;
    }
    this.add(start, end, 'Unknown');
    const added = this.#entries.get(`${start},${end}`);
    if (added) added.inError = true;
  }

  tokens(): Token[] {
    const entries = [...this.#entries.values()].sort((a, b) => a.start - b.start || b.end - a.end);
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
