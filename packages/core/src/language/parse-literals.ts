/**
 * Compound literals: hashtables `@{ k = v }` (and `[ordered]@{...}`), script blocks `{ ... }`,
 * and type literals used as casts (`[datetime]'2026-12-01'`) or on their own (`[datetime]::Now`).
 */
import type { ExpressionAst, HashtablePairAst } from './ast.js';
import { isIdentifierChar } from './chars.js';
import { isOp, type LexToken } from './lex-token.js';
import { parsePostfix } from './parse-postfix.js';
import { parseUnary, startsOperand } from './parse-expressions.js';
import { parseBracedBody } from './parse-functions.js';
import { parseStatement } from './parse-statements.js';
import type { Parser } from './parser-core.js';

/** `@{ ... }` with `open` the `@{` token; `start` is where the node begins (`[ordered]` included). */
export function parseHashtable(p: Parser, open: LexToken, ordered: boolean, start: number): ExpressionAst {
  p.take(open);
  p.enter(open.start);
  const pairs: HashtablePairAst[] = [];
  for (;;) {
    p.skipSeparators();
    const t = p.peek('expression');
    if (isOp(t, '}')) break;
    if (t.kind === 'EndOfInput') p.failUnclosed('MissingEndCurlyBrace', open, t);
    if (isOp(t, '=')) p.failAt('MissingKeyInHashLiteral', '', t);
    const key = parseHashKey(p);
    const eq = p.peek('expression');
    if (!isOp(eq, '=')) p.failMissing('MissingEqualsInHashLiteral', '', eq);
    p.take(eq);
    p.skipNewlines();
    const valueStart = p.peek('command');
    if (valueStart.kind === 'EndOfInput' || valueStart.kind === 'NewLine' || isOp(valueStart, ';') || isOp(valueStart, '}')) {
      p.failMissing('MissingStatementInHashLiteral', '', valueStart);
    }
    const value = parseStatement(p);
    pairs.push({ type: 'HashtablePair', key, value, span: p.span(key.span.start, value.span.end) });
    const after = p.peek('expression');
    if (isOp(after, '}')) break;
    if (after.kind === 'EndOfInput') p.failUnclosed('MissingEndCurlyBrace', open, after);
    if (after.kind !== 'NewLine' && !isOp(after, ';')) p.unexpected(after);
  }
  const close = p.take(p.peek('expression'));
  p.leave();
  return { type: 'HashtableLiteral', pairs, ordered, span: p.span(start, close.end) };
}

/** A bare key (`Name`, `odata-type`) is a string; anything else is an expression (`'x'`, `$k`, `(1+1)`). */
function parseHashKey(p: Parser): ExpressionAst {
  const start = p.lexer.skipTrivia(p.pos);
  const c = p.text[start];
  if (isIdentifierChar(c)) {
    let end = start;
    while (isIdentifierChar(p.text[end]) || p.text[end] === '-' || p.text[end] === '.') end++;
    p.sink.add(start, end, 'Identifier', 'hashKey');
    p.pos = end;
    p.lastEnd = end;
    return { type: 'StringConstant', value: p.text.slice(start, end), quoteKind: 'bareword', bareword: true, span: p.span(start, end) };
  }
  const t = p.peek('expression');
  if (!startsOperand(t)) p.unexpected(t);
  return parseUnary(p);
}

/** `{ statements }` as a value, with `open` the `{` token. */
export function parseScriptBlockExpression(p: Parser, open: LexToken): ExpressionAst {
  const scriptBlock = parseBracedBody(p, open);
  const span = scriptBlock.span;
  return { type: 'ScriptBlockExpression', scriptBlock, text: p.src.slice(span.start, span.end), span };
}

/** `[type]` followed by an operand is a cast; `[ordered]` must precede `@{`; else a type expression. */
export function parseTypeLiteralExpression(p: Parser, t: LexToken & { kind: 'TypeLiteral' }): ExpressionAst {
  p.take(t, 'type');
  const typeName = t.typeName;
  const typeExpression: ExpressionAst = { type: 'TypeExpression', typeName, span: p.span(t.start, t.end) };
  if (typeName.name.toLowerCase() === 'ordered' && typeName.arrayRank === 0) {
    const next = p.peek('expression');
    if (!isOp(next, '@{')) p.failAt('OrderedAttributeOnlyOnHashLiteralNode', typeName.name, next.kind === 'EndOfInput' ? t : next);
    return parseHashtable(p, next, true, t.start);
  }
  const c = p.charAt();
  // `[int]?.x` is null-conditional access like `[int].x`; `[int]?[0]` is no index (PowerShell
  // reads the `?` as a ternary there), so only `.`, `::` and `?.` continue a type literal.
  if (c === '.' || (c === ':' && p.charAt(1) === ':') || (c === '?' && p.charAt(1) === '.')) return parsePostfix(p, typeExpression);
  const next = p.peek('expression');
  if (next.kind === 'NewLine' || !startsOperand(next) || isOp(next, ',')) return typeExpression;
  p.enter(t.start);
  const child = parseUnary(p);
  p.leave();
  return { type: 'Convert', typeName, child, span: p.span(t.start, child.span.end) };
}
