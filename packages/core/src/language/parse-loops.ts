/**
 * Loop statements other than foreach: `while (c) { }`, `do { } while (c)`, `do { } until (c)` and
 * `for (init; c; iter) { }`, with the error texts and error positions PowerShell's parser uses.
 */
import type { PipelineBaseAst, StatementAst } from './ast.js';
import { isOp, type LexToken } from './lex-token.js';
import { parseBlock, parseParenthesizedCondition, takeKeyword } from './parse-keywords.js';
import { parsePipeline } from './parse-statements.js';
import { endsStatement, type Parser } from './parser-core.js';
import { keywordOf } from './statement-start.js';

/** `( pipeline )` after `while` / `until`: PowerShell allows newlines before the `(`. */
function parseLoopCondition(p: Parser, keyword: 'while' | 'until'): { condition: PipelineBaseAst; close: LexToken } {
  p.skipNewlines();
  return parseParenthesizedCondition(p, keyword, { missingOpen: 'MissingOpenParenthesisAfterKeyword', missingCondition: 'MissingExpressionAfterKeyword', arg: keyword });
}

export function parseWhile(p: Parser, token: LexToken): StatementAst {
  takeKeyword(p, token);
  const { condition } = parseLoopCondition(p, 'while');
  const body = parseBlock(p, 'MissingLoopStatement', 'while');
  return { type: 'While', condition, body, span: p.span(token.start, body.span.end) };
}

export function parseDo(p: Parser, token: LexToken): StatementAst {
  takeKeyword(p, token);
  const body = parseBlock(p, 'MissingLoopStatement', 'do');
  // `while` / `until` may follow on a later line; anything else (or nothing yet) is an error.
  const next = p.peekPastNewlines('command');
  const keyword = keywordOf(next);
  if (keyword !== 'while' && keyword !== 'until') return p.failMissing('MissingWhileOrUntilInDoWhile', '', next);
  p.skipNewlines();
  takeKeyword(p, next);
  const { condition, close } = parseLoopCondition(p, keyword);
  return { type: keyword === 'while' ? 'DoWhile' : 'DoUntil', body, condition, span: p.span(token.start, close.end) };
}

/** One optional part of `for ( ; ; )`: absent when the part ends at once (`;`, `)`, newline...). */
function parseForPart(p: Parser): PipelineBaseAst | undefined {
  p.skipNewlines();
  return endsStatement(p.peek('command')) ? undefined : parsePipeline(p);
}

/** Consumes the `;` ending a `for` part when there is one (a newline may separate parts too). */
function takeSemicolon(p: Parser): void {
  const t = p.peek('command');
  if (isOp(t, ';')) p.take(t);
}

export function parseFor(p: Parser, token: LexToken): StatementAst {
  takeKeyword(p, token);
  p.skipNewlines();
  const open = p.peek('expression');
  if (!isOp(open, '(')) p.failMissing('MissingOpenParenthesisAfterKeyword', 'for', open);
  p.take(open);
  const initializer = parseForPart(p);
  takeSemicolon(p);
  const condition = parseForPart(p);
  takeSemicolon(p);
  const iterator = parseForPart(p);
  p.skipNewlines();
  const close = p.peek('command');
  if (!isOp(close, ')')) p.failMissing('MissingEndParenthesisAfterStatement', 'for', close);
  p.take(close);
  const body = parseBlock(p, 'MissingLoopStatement', 'for');
  return {
    type: 'For',
    ...(initializer ? { initializer } : {}),
    ...(condition ? { condition } : {}),
    ...(iterator ? { iterator } : {}),
    body,
    span: p.span(token.start, body.span.end),
  };
}
