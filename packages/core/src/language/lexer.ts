/**
 * The mode-driven tokenizer. The parser asks for the token at a position in expression mode or
 * argument (command) mode, as PowerShell's parser drives its tokenizer. Results are memoised per
 * (position, mode), so re-peeking never rescans and total work stays linear in the input.
 */
import { endsBareword, isBlank, isDash, isDigit, isDoubleQuote, isIdentifierChar, isLetter, isNewline, isSingleQuote, isVariableChar, mayFollowNumberInExpression } from './chars.js';
import type { LexMode, LexToken } from './lex-token.js';
import type { TokenKind } from './tokens.js';
import { lookupDashOperator } from './operators.js';
import { ParseError } from './parse-error.js';
import type { ScanContext } from './scan-context.js';
import { scanNumber } from './scan-number.js';
import { scanHereString } from './scan-here-string.js';
import { scanBareword, scanDoubleQuoted, scanSingleQuoted, scanVariableRef } from './scan-strings.js';
import { scanTypeLiteral } from './scan-type-name.js';

const MODE_INDEX: Readonly<Record<LexMode, number>> = { expression: 0, command: 1, commandNoParams: 2 };

/** Two-character operators of expression mode, longest match first. */
const EXPRESSION_PAIRS = new Set(['++', '--', '+=', '-=', '*=', '/=', '%=', '..', '::', '||', '&&', '>>']);
const EXPRESSION_SINGLES = new Set(['+', '*', '/', '%', '=', '!', ',', '.', '(', ')', '{', '}', ']', ';', '|', '&', ':']);
const COMMAND_SINGLES = new Set(['(', ')', '{', '}', ',', ';', '|', '&']);

export class Lexer {
  readonly #ctx: ScanContext;
  readonly #text: string;
  /** The last scan: the parser typically peeks a position a few times before consuming it. */
  #lastKey = -1;
  #lastToken: LexToken | undefined;
  /**
   * Tokens that may be expensive to scan (strings with `$( ... )`, barewords, long trivia) are
   * kept by start offset, so no position is ever scanned twice and work stays linear.
   */
  readonly #sharedMemo = new Map<number, LexToken>();
  readonly #barewordMemo = new Map<number, LexToken>();
  readonly #triviaMemo = new Map<number, number>();

  constructor(ctx: ScanContext) {
    this.#ctx = ctx;
    this.#text = ctx.src.text;
  }

  /** Skips blanks, comments and line continuations (never newlines); returns the next token start. */
  skipTrivia(pos: number): number {
    const known = this.#triviaMemo.get(pos);
    if (known !== undefined) return known;
    const end = this.#skipTrivia(pos);
    if (end - pos > 16) this.#triviaMemo.set(pos, end);
    return end;
  }

  #skipTrivia(pos: number): number {
    const text = this.#text;
    let i = pos;
    for (;;) {
      const c = text[i];
      if (isBlank(c)) {
        i++;
      } else if (c === '`' && (isNewline(text[i + 1]) || isBlank(text[i + 1]) || i + 1 >= text.length)) {
        if (i + 1 >= text.length) this.#ctx.fail('IncompleteLineContinuation', '', i, i + 1, true);
        if (isBlank(text[i + 1])) {
          // A backtick before a blank escapes it: plain whitespace, but keep it visible.
          this.#ctx.sink.add(i, i + 1, 'LineContinuation');
          i++;
          continue;
        }
        const end = i + (text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2);
        this.#ctx.sink.add(i, end, 'LineContinuation');
        let rest = end;
        while (isBlank(text[rest])) rest++;
        if (rest >= text.length) this.#ctx.fail('IncompleteLineContinuation', '', i, i + 1, true);
        i = end;
      } else if (c === '#') {
        let end = i;
        while (end < text.length && !isNewline(text[end])) end++;
        this.#ctx.sink.add(i, end, 'Comment');
        i = end;
      } else if (c === '<' && text[i + 1] === '#') {
        const close = text.indexOf('#>', i + 2);
        const end = close < 0 ? text.length : close + 2;
        this.#ctx.sink.add(i, end, 'Comment');
        if (close < 0) this.#ctx.fail('MissingTerminatorMultiLineComment', '', i, end, true);
        i = end;
      } else {
        return i;
      }
    }
  }

  /** The token at (or after trivia from) `pos` in `mode`. */
  scan(pos: number, mode: LexMode): LexToken {
    const start = this.skipTrivia(pos);
    const key = start * 3 + MODE_INDEX[mode];
    if (key === this.#lastKey && this.#lastToken) return this.#lastToken;
    // Strings may contain `$( ... )` whose parse must not be repeated per mode: scan them once.
    let token = this.#sharedMemo.get(start);
    if (!token) {
      token = this.#recordingFailure(start, 'String', () => this.#scanShared(start));
      if (token && token.end - token.start > 2) this.#sharedMemo.set(start, token);
    }
    token ??= mode === 'expression' ? this.#scanExpression(start) : this.#scanCommand(start, mode === 'command');
    this.#lastKey = key;
    this.#lastToken = token;
    return token;
  }

  /**
   * Runs a scan that may fail part-way (an unterminated quote, an error inside `$( ... )`); the
   * partial token is recorded first so colouring still shows what was typed.
   */
  #recordingFailure<T>(start: number, kind: TokenKind, scan: () => T): T {
    try {
      return scan();
    } catch (error) {
      if (error instanceof ParseError) this.#ctx.sink.add(start, Math.max(error.span.end, start + 1), kind);
      throw error;
    }
  }

  #op(start: number, end: number, op: string, caseSensitive = false): LexToken {
    return { kind: 'Operator', op, caseSensitive, start, end };
  }

  /** Tokens that read the same in both modes; undefined when `start` begins none of them. */
  #scanShared(start: number): LexToken | undefined {
    const text = this.#text;
    const c = text[start];
    const next = text[start + 1];
    if (c === undefined) return { kind: 'EndOfInput', start, end: start };
    if (isNewline(c)) return { kind: 'NewLine', start, end: start + (c === '\r' && next === '\n' ? 2 : 1) };
    if (isSingleQuote(c)) {
      const s = scanSingleQuoted(this.#ctx, start);
      return { kind: 'String', quoteKind: 'single', value: s.value, parts: undefined, start, end: s.end };
    }
    if (isDoubleQuote(c)) {
      const s = scanDoubleQuoted(this.#ctx, start);
      return { kind: 'String', quoteKind: s.quoteKind, value: s.value, parts: s.parts, start, end: s.end };
    }
    if (c === '@') {
      if (isSingleQuote(next) || isDoubleQuote(next)) {
        const s = scanHereString(this.#ctx, start);
        return { kind: 'String', quoteKind: s.quoteKind, value: s.value, parts: s.parts, start, end: s.end };
      }
      if (next === '(' || next === '{') return this.#op(start, start + 2, `@${next}`);
      const ref = isVariableChar(next) ? scanVariableRef(this.#ctx, start) : undefined;
      if (ref) return { kind: 'SplattedVariable', name: ref.name, scope: ref.scope, start, end: ref.end };
      return undefined;
    }
    if (c === '$' && next === '(') return this.#op(start, start + 2, '$(');
    if ((c === '|' || c === '&') && next === c) return this.#op(start, start + 2, c + c);
    if (c === '>' || c === '<') {
      const op = c === '>' && next === '>' ? '>>' : c;
      return { kind: 'Redirection', op, start, end: start + op.length };
    }
    return undefined;
  }

  #scanExpression(start: number): LexToken {
    const text = this.#text;
    const c = text[start] ?? '';
    const next = text[start + 1];
    if (c === '$') {
      const ref = scanVariableRef(this.#ctx, start);
      if (ref) return { kind: 'Variable', name: ref.name, scope: ref.scope, start, end: ref.end };
      return { kind: 'Unknown', start, end: start + 1 };
    }
    if (isDigit(c) || (c === '.' && isDigit(next))) return this.#scanExpressionNumber(start);
    if (c === '[') {
      const { typeName, end } = scanTypeLiteral(this.#ctx, start);
      return { kind: 'TypeLiteral', typeName, start, end };
    }
    if (isDash(c)) return this.#scanExpressionDash(start);
    // `??=`, `??` and the ternary `?` exist only in expression mode; in argument mode `?` starts a
    // word (the Where-Object alias, `a?b`), as in PowerShell's tokenizer.
    if (c === '?') {
      if (next !== '?') return this.#op(start, start + 1, '?');
      return text[start + 2] === '=' ? this.#op(start, start + 3, '??=') : this.#op(start, start + 2, '??');
    }
    const pair = text.slice(start, start + 2);
    if (EXPRESSION_PAIRS.has(pair)) return this.#op(start, start + 2, pair);
    if (EXPRESSION_SINGLES.has(c)) return this.#op(start, start + 1, c);
    if (isIdentifierChar(c)) {
      let end = start + 1;
      while (isIdentifierChar(text[end])) end++;
      return { kind: 'Identifier', name: text.slice(start, end), start, end };
    }
    return { kind: 'Unknown', start, end: start + 1 };
  }

  #scanExpressionNumber(start: number): LexToken {
    const text = this.#text;
    const n = scanNumber(text, start, false);
    // `?` and `:` end a number inside an expression (`$x ?1kb:0xf`); at the start of a statement
    // `1?2:3` is still a command name, which statement-start.ts decides before this scan.
    const after = text[n?.end ?? start];
    if (n && (mayFollowNumberInExpression(after) || after === '?' || after === ':')) {
      return { kind: 'Number', value: n.value, numberType: n.numberType, start, end: n.end };
    }
    let end = n?.end ?? start + 1;
    while (isIdentifierChar(text[end]) || text[end] === '.') end++;
    return { kind: 'Unknown', start, end };
  }

  /** `-eq`, `-not`, `--`, `-=`, `-`; an unknown `-word` is a Parameter token (an error later). */
  #scanExpressionDash(start: number): LexToken {
    const text = this.#text;
    const next = text[start + 1];
    if (isDash(next)) return this.#op(start, start + 2, '--');
    if (next === '=') return this.#op(start, start + 2, '-=');
    if (isLetter(next) || next === '_') {
      let end = start + 1;
      while (isIdentifierChar(text[end])) end++;
      const word = text.slice(start + 1, end);
      const found = lookupDashOperator(word);
      if (found) return this.#op(start, end, found.op, found.caseSensitive);
      return { kind: 'Parameter', name: word, colon: false, start, end };
    }
    return this.#op(start, start + 1, '-');
  }

  #scanCommand(start: number, allowParameters: boolean): LexToken {
    const text = this.#text;
    const c = text[start] ?? '';
    const next = text[start + 1];
    if (next === '>' && (isDigit(c) || c === '*')) {
      // Stream redirections (`2>`, `2>&1`, `*>>`) are recognised so they are rejected clearly.
      const op = /^[\d*]>>?(?:&[12])?/.exec(text.slice(start, start + 5))?.[0] ?? c;
      return { kind: 'Redirection', op, start, end: start + op.length };
    }
    if (COMMAND_SINGLES.has(c)) return this.#op(start, start + 1, c);
    if (c === '$') {
      const ref = scanVariableRef(this.#ctx, start);
      const after = ref ? text[ref.end] : undefined;
      if (ref && (endsBareword(after) || after === '.' || after === '[')) {
        return { kind: 'Variable', name: ref.name, scope: ref.scope, start, end: ref.end };
      }
      return this.#bareword(start);
    }
    if (isDigit(c) || ((c === '.' || c === '+' || isDash(c)) && (isDigit(next) || (next === '.' && isDigit(text[start + 2]))))) {
      const n = scanNumber(text, start, true);
      if (n && endsBareword(text[n.end])) {
        return { kind: 'Number', value: n.value, numberType: n.numberType, start, end: n.end };
      }
      return this.#bareword(start);
    }
    if (isDash(c) && allowParameters) return this.#scanParameter(start);
    return this.#bareword(start);
  }

  /** `-Name`, `-Name:` or `--`; anything else dash-led is a bareword. */
  #scanParameter(start: number): LexToken {
    const text = this.#text;
    const next = text[start + 1];
    if (isDash(next) && endsBareword(text[start + 2])) return this.#op(start, start + 2, '--');
    if (!(isLetter(next) || next === '_' || next === '?')) return this.#bareword(start);
    let end = start + 1;
    for (;;) {
      const c = text[end];
      if (endsBareword(c) || c === ':') break;
      // A quote or a dot makes the whole word an ordinary argument (`-foo'bar'`, `-x.txt`).
      if (isSingleQuote(c) || isDoubleQuote(c) || c === '.' || c === '[') return this.#bareword(start);
      end++;
    }
    const name = text.slice(start + 1, end);
    if (text[end] === ':') return { kind: 'Parameter', name, colon: true, start, end: end + 1 };
    return { kind: 'Parameter', name, colon: false, start, end };
  }

  #bareword(start: number): LexToken {
    const known = this.#barewordMemo.get(start);
    if (known) return known;
    const s = this.#recordingFailure(start, 'Generic', () => scanBareword(this.#ctx, start));
    const token: LexToken = { kind: 'Generic', quoteKind: 'bareword', value: s.value, parts: s.parts, start, end: s.end };
    this.#barewordMemo.set(start, token);
    return token;
  }
}
