/**
 * Collects the tokens the parser actually used (and trivia the lexer skipped), with the role the
 * parser gave them, for syntax colouring, `tokenize` and cursor analysis.
 */
import type { SourceText } from './source-text.js';
import type { Token, TokenKind, TokenRole } from './tokens.js';

export class TokenSink {
  readonly #src: SourceText;
  /** Keyed by start offset: a position is recorded once even if it was scanned twice. */
  readonly #byStart = new Map<number, Token>();

  constructor(src: SourceText) {
    this.#src = src;
  }

  add(start: number, end: number, kind: TokenKind, role?: TokenRole): void {
    if (end <= start) return;
    const existing = this.#byStart.get(start);
    // A later, more specific record (e.g. the parser marking a word as a command) wins.
    if (existing && existing.end > end) return;
    const token: Token = { kind, text: this.#src.slice(start, end), start, end, span: this.#src.span(start, end) };
    this.#byStart.set(start, role ? { ...token, role } : token);
  }

  /** Marks whatever starts at `start` (or a new token) as erroneous. */
  markError(start: number, end: number): void {
    const existing = this.#byStart.get(start);
    const kind: TokenKind = existing?.kind ?? 'Unknown';
    const token: Token = {
      kind,
      text: this.#src.slice(start, Math.max(end, existing?.end ?? end)),
      start,
      end: Math.max(end, existing?.end ?? end),
      span: this.#src.span(start, Math.max(end, existing?.end ?? end)),
      inError: true,
    };
    this.#byStart.set(start, existing?.role ? { ...token, role: existing.role } : token);
  }

  tokens(): Token[] {
    return [...this.#byStart.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  }
}
