/**
 * Statements and pipelines: statement lists with `;`/newline separators, pipelines whose first
 * element may be an expression, pipeline chains (`&&`, `||`), assignments, grouping `( )`, `$( )`
 * and `@( )`.
 */
import type { ExpressionAst, PipelineAst, PipelineBaseAst, PipelineChainAst, PipelineElementAst, StatementAst } from './ast.js';
import { isOp, type LexToken } from './lex-token.js';
import { ASSIGNMENT_OPERATORS } from './operators.js';
import { parseCommand } from './parse-commands.js';
import { parseExpression } from './parse-expressions.js';
import { parseKeywordStatement } from './parse-keywords.js';
import { endsStatement, type Parser } from './parser-core.js';
import { classifyStatementStart } from './statement-start.js';

/** Statements up to `closer` (not consumed) or the end of input. */
export function parseStatementList(p: Parser, closer: ')' | '}' | null): StatementAst[] {
  const statements: StatementAst[] = [];
  for (;;) {
    p.skipSeparators();
    const t = p.peek('command');
    if (t.kind === 'EndOfInput') return statements;
    if (closer !== null && isOp(t, closer)) return statements;
    if (isOp(t, ')') || isOp(t, '}')) p.unexpected(t);
    const statement = parseStatement(p);
    statements.push(statement);
    if (!endsWithBlock(statement)) expectStatementEnd(p, closer);
  }
}

/** After a pipeline-like statement only a separator or the closer may follow. */
function expectStatementEnd(p: Parser, closer: ')' | '}' | null): void {
  const t = p.peek('command');
  if (t.kind === 'EndOfInput' || t.kind === 'NewLine' || isOp(t, ';')) return;
  if (closer !== null && isOp(t, closer)) return;
  if (t.kind === 'Redirection') p.failAt('RedirectionNotSupported', t.op, t);
  if (isOp(t, '&')) p.failAt('AmpersandNotAllowed', '', t);
  // Name the whole word (`Get-Y`, not `Get`) when a bareword follows an expression.
  const culprit = p.peek('expression');
  p.unexpected(culprit.kind === 'Identifier' || culprit.kind === 'Unknown' ? p.peek('command') : culprit);
}

/** Keyword statements end at their own closing `}` (or a do loop's `)`): another may follow directly. */
function endsWithBlock(statement: StatementAst): boolean {
  switch (statement.type) {
    case 'If':
    case 'ForEach':
    case 'While':
    case 'DoWhile':
    case 'DoUntil':
    case 'For':
    case 'Try':
    case 'FunctionDefinition':
    case 'Switch':
      return true;
    case 'Assignment':
      return endsWithBlock(statement.value);
    default:
      return false;
  }
}

export function parseStatement(p: Parser): StatementAst {
  const start = classifyStatementStart(p);
  if (start.kind === 'keyword') return parseKeywordStatement(p, start.keyword, start.token);
  return parsePipeline(p);
}

/**
 * An assignment, a pipeline or a chain of pipelines (what `( )`, conditions and `foreach (... in
 * ...)` hold). As in PowerShell's PipelineChainRule, an assignment is recognised first and takes
 * the whole chain as its value (`$x = a && b`); a chain's later pipelines cannot be assignments.
 */
export function parsePipeline(p: Parser): PipelineBaseAst {
  let expression: ExpressionAst | undefined;
  if (classifyStatementStart(p).kind === 'expression') {
    expression = parseExpression(p);
    const t = p.peek('expression');
    if (t.kind === 'Operator' && ASSIGNMENT_OPERATORS.has(t.op)) return parseAssignment(p, expression, t);
  }
  let chain: PipelineChainAst | PipelineAst = parsePipelineElements(p, expression);
  for (;;) {
    const op = p.peek('command');
    if (!(isOp(op, '&&') || isOp(op, '||'))) return chain;
    p.take(op);
    p.skipNewlines();
    const next = p.peek('command');
    if (next.kind === 'EndOfInput') p.failMissing('EmptyPipelineChainElement', '', next);
    if (endsStatement(next) || isOp(next, '&&') || isOp(next, '||')) p.failAt('EmptyPipelineChainElement', '', next);
    const right = parsePipelineElements(p, undefined);
    const operator = isOp(op, '&&') ? '&&' : '||';
    chain = { type: 'PipelineChain', left: chain, operator, right, span: p.span(chain.span.start, right.span.end) };
  }
}

/** `first | command | ...`; `first` is the already parsed leading expression, if any. */
function parsePipelineElements(p: Parser, expression: ExpressionAst | undefined): PipelineAst {
  let first: PipelineElementAst;
  if (expression) first = expression;
  else if (classifyStatementStart(p).kind === 'expression') first = parseExpression(p);
  else first = parseCommand(p);
  const elements: PipelineElementAst[] = [first];
  for (;;) {
    const t = p.peek('command');
    if (t.kind === 'NewLine') {
      // PowerShell 7: a line starting with `|` continues the pipeline of the line before.
      if (!isOp(p.peekPastNewlines('command'), '|')) break;
      p.skipNewlines();
      continue;
    }
    if (!isOp(t, '|')) break;
    p.take(t);
    p.skipNewlines();
    const next = p.peek('command');
    if (endsStatement(next)) {
      if (next.kind === 'EndOfInput') p.failMissing('EmptyPipeElement', '', next);
      p.failAt('EmptyPipeElement', '', next);
    }
    if (classifyStatementStart(p).kind === 'expression') {
      const culprit = p.peek('expression');
      p.failAt('ExpressionsMustBeFirstInPipeline', '', culprit);
    }
    elements.push(parseCommand(p));
  }
  const last = elements[elements.length - 1] ?? first;
  return { type: 'Pipeline', elements, span: p.span(first.span.start, last.span.end) };
}

function isAssignable(target: ExpressionAst): boolean {
  switch (target.type) {
    case 'Variable':
      return true;
    case 'MemberAccess':
    case 'Index':
      // `${x}?.Name = 1` is rejected by PowerShell too.
      return target.nullConditional !== true;
    case 'Convert':
      return isAssignable(target.child);
    case 'ArrayLiteral':
      return target.elements.every(isAssignable);
    default:
      return false;
  }
}

function parseAssignment(p: Parser, target: ExpressionAst, op: LexToken & { kind: 'Operator' }): PipelineBaseAst {
  if (!isAssignable(target)) p.fail('InvalidLeftHandSide', '', target.span.start, target.span.end, false);
  p.take(op);
  p.skipNewlines();
  const next = p.peek('command');
  if (endsStatement(next)) p.failMissing('ExpectedValueExpression', op.op, next);
  const value = parseStatement(p);
  return {
    type: 'Assignment',
    target,
    operator: op.op as '=',
    value,
    span: p.span(target.span.start, value.span.end),
  };
}

/** `( pipeline )` with `open` the `(` token. */
export function parseGroupedPipeline(p: Parser, open: LexToken): ExpressionAst {
  p.take(open);
  p.enter(open.start);
  p.skipNewlines();
  const first = p.peek('command');
  if (first.kind === 'EndOfInput') p.failMissing('MissingEndParenthesisInExpression', '', first);
  if (isOp(first, ')')) p.failAt('ExpectedExpression', '', first);
  const pipeline = parsePipeline(p);
  p.skipNewlines();
  const close = p.peek('command');
  if (!isOp(close, ')')) p.failMissing('MissingEndParenthesisInExpression', '', close);
  p.take(close);
  p.leave();
  return { type: 'Paren', pipeline, span: p.span(open.start, close.end) };
}

/** The statements of `$( )` / `@( )` after the opener (already consumed) through the `)`. */
export function parseStatementGroup(p: Parser, open: LexToken): { statements: StatementAst[]; end: number } {
  p.enter(open.start);
  const statements = parseStatementList(p, ')');
  const close = p.peek('command');
  if (!isOp(close, ')')) p.failMissing('MissingEndParenthesisInSubexpression', '', close);
  p.take(close);
  p.leave();
  return { statements, end: close.end };
}

/** `{ ... }` from `open`, the `{` token (not yet consumed), through the `}`, with `inner` parsing what is between. */
export function parseBraced<T>(p: Parser, open: LexToken, inner: () => T): { inner: T; close: LexToken } {
  p.take(open);
  p.enter(open.start);
  const parsed = inner();
  const close = p.peek('expression');
  if (!isOp(close, '}')) p.failUnclosed('MissingEndCurlyBrace', open, close);
  p.take(close);
  p.leave();
  return { inner: parsed, close };
}

/** The statements of `{ ... }` from `open`, the `{` token (not yet consumed), through the `}`. */
export function parseBracedStatements(p: Parser, open: LexToken): { statements: StatementAst[]; close: LexToken } {
  const { inner, close } = parseBraced(p, open, () => parseStatementList(p, '}'));
  return { statements: inner, close };
}
