/**
 * Deciding what a statement (or pipeline element) starts with, from its first characters:
 * a keyword, an expression (`$x`, `'s'`, `10`, `(...)`, `[type]`, `-not`...) or a command
 * (a bareword name, `&`, `.`). `7zip` and `1.2.3` are command names, `10` and `1+2` expressions.
 */
import { isBlank, isDash, isDigit, isDoubleQuote, isLetter, isSingleQuote, isVariableChar, mayFollowNumberInExpression } from './chars.js';
import type { LexToken } from './lex-token.js';
import { lookupDashOperator } from './operators.js';
import type { Parser } from './parser-core.js';
import { scanNumber } from './scan-number.js';

export const SUPPORTED_KEYWORDS = new Set(['if', 'foreach', 'while', 'do', 'for', 'try', 'throw', 'return', 'exit', 'break', 'continue', 'function', 'filter', 'param', 'switch']);
/** PowerShell keywords this subset does not implement: reported instead of run as commands. */
export const UNSUPPORTED_KEYWORDS = new Set(['class', 'enum', 'trap', 'data', 'using', 'workflow', 'configuration']);
/** Keywords that only continue another statement (`until` ends `do { }`); alone they are errors. */
export const CONTINUATION_KEYWORDS = new Set(['else', 'elseif', 'catch', 'finally', 'until']);

export type StatementStart =
  | { readonly kind: 'expression' }
  | { readonly kind: 'command' }
  | { readonly kind: 'keyword'; readonly keyword: string; readonly token: LexToken };

const EXPRESSION: StatementStart = { kind: 'expression' };
const COMMAND: StatementStart = { kind: 'command' };

/** If `token` is a bare keyword word (`if`, `IF`, `foreach(`), its lower-case name. */
export function keywordOf(token: LexToken): string | undefined {
  if (token.kind !== 'Generic' || token.parts || !/^[A-Za-z]+$/.test(token.value)) return undefined;
  return token.value.toLowerCase();
}

export function classifyStatementStart(p: Parser): StatementStart {
  const start = p.lexer.skipTrivia(p.pos);
  const text = p.text;
  const c = text[start];
  const next = text[start + 1];
  if (c === undefined) return COMMAND;
  if (isLetter(c) || c === '_') {
    const token = p.lexer.scan(start, 'command');
    const keyword = keywordOf(token);
    if (keyword && (SUPPORTED_KEYWORDS.has(keyword) || UNSUPPORTED_KEYWORDS.has(keyword) || CONTINUATION_KEYWORDS.has(keyword))) {
      return { kind: 'keyword', keyword, token };
    }
    return COMMAND;
  }
  if (c === '$') return next === '(' || next === '{' || next === '$' || next === '^' || isVariableChar(next) ? EXPRESSION : COMMAND;
  if (isDigit(c) || (c === '.' && isDigit(next))) {
    const n = scanNumber(text, start, false);
    return n && mayFollowNumberInExpression(text[n.end]) ? EXPRESSION : COMMAND;
  }
  if (isDash(c)) return classifyDash(text, start);
  if (c === '+') return isDigit(next) || next === '$' || next === '(' || next === '.' || next === '+' || isBlank(next) ? EXPRESSION : COMMAND;
  if (c === '!' || c === ',' || c === '(' || c === '[' || c === '{' || isSingleQuote(c) || isDoubleQuote(c)) return EXPRESSION;
  if (c === '@') {
    return next === '(' || next === '{' || isSingleQuote(next) || isDoubleQuote(next) || isVariableChar(next) ? EXPRESSION : COMMAND;
  }
  return COMMAND;
}

function classifyDash(text: string, start: number): StatementStart {
  const next = text[start + 1];
  if (isDigit(next) || (next === '.' && isDigit(text[start + 2]))) return EXPRESSION;
  if (isDash(next)) return text[start + 2] === '$' ? EXPRESSION : COMMAND;
  if (isLetter(next)) {
    const word = /^[\p{L}\p{N}_]+/u.exec(text.slice(start + 1, start + 40))?.[0] ?? '';
    const op = lookupDashOperator(word)?.op;
    if (op === '-not' || op === '-bnot' || op === '-split' || op === '-join') return EXPRESSION;
  }
  // A lone dash before an operand is unary minus (`- $x`), never a useful command name.
  if (next === '$' || next === '(' || isBlank(next)) return EXPRESSION;
  return COMMAND;
}
