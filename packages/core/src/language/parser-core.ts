/**
 * Parser state shared by the grammar modules: position, token access in a lexer mode, error
 * construction with PowerShell's wording, token recording for colouring, and a nesting guard
 * so deeply nested input fails with a ParseError instead of overflowing the stack.
 */
import type { SubExpressionAst } from './ast.js';
import { isOp, type LexMode, type LexToken } from './lex-token.js';
import { Lexer } from './lexer.js';
import { ParseError, parseErrorMessage, type ParseErrorId } from './parse-error.js';
import type { ScanContext } from './scan-context.js';
import type { SourceText } from './source-text.js';
import type { SourceSpan } from './span.js';
import type { TokenSink } from './token-sink.js';
import type { TokenKind, TokenRole } from './tokens.js';

/** Deep enough for any real script, shallow enough for the evaluator's recursion too. */
export const MAX_NESTING_DEPTH = 150;

const PUNCTUATION = new Set(['(', ')', '{', '}', '@(', '@{', '$(', ';', '[', ']']);

function publicKind(token: LexToken): TokenKind {
  switch (token.kind) {
    case 'Operator':
      return PUNCTUATION.has(token.op) ? 'Punctuation' : 'Operator';
    case 'String':
      return token.quoteKind === 'singleHere' || token.quoteKind === 'doubleHere' ? 'HereString' : 'String';
    case 'EndOfInput':
      return 'Unknown';
    default:
      return token.kind;
  }
}

export type SubExpressionParser = (p: Parser, dollarStart: number, contentStart: number) => { node: SubExpressionAst; end: number };

export class Parser implements ScanContext {
  readonly src: SourceText;
  readonly sink: TokenSink;
  readonly lexer: Lexer;
  /** Offset of the next unconsumed character. */
  pos: number;
  /** End of the last consumed token: where "missing X" errors point. */
  lastEnd: number;
  #depth = 0;
  readonly #subExpression: SubExpressionParser;

  constructor(src: SourceText, sink: TokenSink, start: number, subExpression: SubExpressionParser) {
    this.src = src;
    this.sink = sink;
    this.pos = start;
    this.lastEnd = start;
    this.#subExpression = subExpression;
    this.lexer = new Lexer(this);
  }

  get text(): string {
    return this.src.text;
  }

  peek(mode: LexMode): LexToken {
    return this.lexer.scan(this.pos, mode);
  }

  /** Consumes `token` (which must be the one at the current position) and records it. */
  take(token: LexToken, role?: TokenRole, kind?: TokenKind): LexToken {
    this.sink.add(token.start, token.end, kind ?? publicKind(token), role);
    this.pos = token.end;
    this.lastEnd = token.end;
    return token;
  }

  /** Consumes newline tokens (and the trivia between them). */
  skipNewlines(): void {
    for (;;) {
      const t = this.peek('expression');
      if (t.kind !== 'NewLine') return;
      this.take(t, undefined, 'NewLine');
    }
  }

  /** Consumes newlines and `;` separators. */
  skipSeparators(): void {
    for (;;) {
      const t = this.peek('expression');
      if (t.kind === 'NewLine') this.take(t, undefined, 'NewLine');
      else if (isOp(t, ';')) this.take(t);
      else return;
    }
  }

  /** The first token after any newlines, without consuming anything. */
  peekPastNewlines(mode: LexMode): LexToken {
    let at = this.pos;
    for (;;) {
      const t = this.lexer.scan(at, mode);
      if (t.kind !== 'NewLine') return t;
      at = t.end;
    }
  }

  /** The character at the current position, trivia not skipped (for adjacency rules). */
  charAt(offset = 0): string | undefined {
    return this.src.text[this.pos + offset];
  }

  span(start: number, end: number): SourceSpan {
    return this.src.span(start, end);
  }

  fail(id: ParseErrorId, arg: string, start: number, end: number, incomplete: boolean): never {
    throw new ParseError(id, parseErrorMessage(id, arg), this.src.span(start, end), this.src.slice(start, end), incomplete);
  }

  /** Fails pointing at `token`; input that simply ended is incomplete. */
  failAt(id: ParseErrorId, arg: string, token: LexToken): never {
    return this.fail(id, arg, token.start, token.end, token.kind === 'EndOfInput');
  }

  /** Fails just after the last consumed token ("missing X"); incomplete if `next` is the end. */
  failMissing(id: ParseErrorId, arg: string, next: LexToken): never {
    return this.fail(id, arg, this.lastEnd, this.lastEnd, next.kind === 'EndOfInput');
  }

  /** An opener (`{`, `@{`, `(`) never closed: points at the opener, incomplete if input ended. */
  failUnclosed(id: ParseErrorId, open: LexToken, next: LexToken): never {
    return this.fail(id, '', open.start, open.end, next.kind === 'EndOfInput');
  }

  unexpected(token: LexToken): never {
    if (token.kind === 'EndOfInput') return this.fail('UnexpectedToken', '', token.start, token.end, true);
    return this.failAt('UnexpectedToken', this.src.slice(token.start, token.end), token);
  }

  enter(at: number): void {
    this.#depth++;
    if (this.#depth > MAX_NESTING_DEPTH) this.fail('ScriptTooComplicated', '', at, at + 1, false);
  }

  leave(): void {
    this.#depth--;
  }

  parseSubExpression(dollarStart: number, contentStart: number): { node: SubExpressionAst; end: number } {
    return this.#subExpression(this, dollarStart, contentStart);
  }
}

/** Newline, `;`, end of input, or a closer: where a pipeline or command ends. */
export function endsStatement(t: LexToken): boolean {
  if (t.kind === 'EndOfInput' || t.kind === 'NewLine') return true;
  return t.kind === 'Operator' && (t.op === ';' || t.op === ')' || t.op === '}' || t.op === '|');
}
