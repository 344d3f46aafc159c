/**
 * Keyword statements: if/elseif/else, foreach ($x in ...), try/catch [T]/finally, throw, return,
 * exit, break, continue (while, do and for are in parse-loops.ts, function in parse-functions.ts, switch in parse-switch.ts). Unsupported PowerShell keywords
 * get PowerShell's "not supported" error rather than being run as commands.
 */
import type { CatchClauseAst, ExpressionAst, IfClauseAst, PipelineBaseAst, StatementAst, StatementBlockAst, TypeNameAst } from './ast.js';
import { isOp, type LexToken } from './lex-token.js';
import type { ParseErrorId } from './parse-error.js';
import { stringNode, variableNode } from './parse-expressions.js';
import { parseFunction } from './parse-functions.js';
import { parseDo, parseFor, parseWhile } from './parse-loops.js';
import { parseSwitch } from './parse-switch.js';
import { parseBracedStatements, parsePipeline } from './parse-statements.js';
import { endsStatement, type Parser } from './parser-core.js';
import { keywordOf, UNSUPPORTED_KEYWORDS } from './statement-start.js';

export function parseKeywordStatement(p: Parser, keyword: string, token: LexToken): StatementAst {
  if (UNSUPPORTED_KEYWORDS.has(keyword)) p.failAt('ReservedKeywordNotAllowed', keyword, token);
  switch (keyword) {
    case 'if':
      return parseIf(p, token);
    case 'foreach':
      return parseForEach(p, token);
    case 'while':
      return parseWhile(p, token);
    case 'do':
      return parseDo(p, token);
    case 'for':
      return parseFor(p, token);
    case 'try':
      return parseTry(p, token);
    case 'function':
    case 'filter':
      return parseFunction(p, token, keyword);
    case 'switch':
      return parseSwitch(p, token);
    case 'param':
      // Only the start of a body may hold `param(...)` (parse-functions.ts reads it there).
      return p.unexpected(token);
    case 'throw':
    case 'return':
    case 'exit':
      return parseFlow(p, token, keyword);
    case 'break':
    case 'continue':
      return parseLoopControl(p, token, keyword);
    default:
      return p.unexpected(token);
  }
}

export function takeKeyword(p: Parser, token: LexToken): void {
  p.take(token, undefined, 'Keyword');
}

/** `{ statements }`, failing with `missing` when no `{` comes next. */
export function parseBlock(p: Parser, missing: ParseErrorId, arg: string): StatementBlockAst {
  p.skipNewlines();
  const open = p.peek('expression');
  if (!isOp(open, '{')) p.failMissing(missing, arg, open);
  const { statements, close } = parseBracedStatements(p, open);
  return { type: 'StatementBlock', statements, span: p.span(open.start, close.end) };
}

/** What a missing `(` or an empty `( )` is called after a keyword: each keyword has PowerShell's own texts. */
export interface ConditionErrors {
  readonly missingOpen: ParseErrorId;
  readonly missingCondition: ParseErrorId;
  /** The `{0}` of both texts. */
  readonly arg: string;
}

/** `( pipeline )` after `keyword` (if, elseif, while, until, switch), through the `)`. */
export function parseParenthesizedCondition(p: Parser, keyword: string, errors: ConditionErrors): { condition: PipelineBaseAst; close: LexToken } {
  const open = p.peek('expression');
  if (!isOp(open, '(')) p.failMissing(errors.missingOpen, errors.arg, open);
  p.take(open);
  p.skipNewlines();
  const first = p.peek('command');
  if (endsStatement(first)) p.failMissing(errors.missingCondition, errors.arg, first);
  const condition = parsePipeline(p);
  p.skipNewlines();
  const close = p.peek('command');
  if (!isOp(close, ')')) p.failMissing('MissingEndParenthesisAfterStatement', keyword, close);
  p.take(close);
  return { condition, close };
}

/** Looks past newlines for a continuation keyword (`elseif`, `else`, `catch`, `finally`). */
function peekContinuation(p: Parser, keyword: string): LexToken | undefined {
  const t = p.peekPastNewlines('command');
  if (keywordOf(t) !== keyword) return undefined;
  p.skipNewlines();
  return t;
}

function parseIf(p: Parser, token: LexToken): StatementAst {
  takeKeyword(p, token);
  const clauses: IfClauseAst[] = [];
  let clauseStart = token.start;
  let keyword = 'if';
  let elseBody: StatementBlockAst | undefined;
  for (;;) {
    const { condition } = parseParenthesizedCondition(p, keyword, {
      missingOpen: 'MissingOpenParenthesisInIfStatement',
      missingCondition: 'IfStatementMissingCondition',
      arg: keyword,
    });
    const body = parseBlock(p, 'MissingStatementBlock', keyword);
    clauses.push({ type: 'IfClause', condition, body, span: p.span(clauseStart, body.span.end) });
    const elseif = peekContinuation(p, 'elseif');
    if (elseif) {
      takeKeyword(p, elseif);
      clauseStart = elseif.start;
      keyword = 'elseif';
      continue;
    }
    const elseToken = peekContinuation(p, 'else');
    if (elseToken) {
      takeKeyword(p, elseToken);
      elseBody = parseBlock(p, 'MissingStatementBlockAfterElse', '');
    }
    break;
  }
  const end = elseBody?.span.end ?? clauses[clauses.length - 1]?.span.end ?? token.end;
  return { type: 'If', clauses, ...(elseBody ? { elseBody } : {}), span: p.span(token.start, end) };
}

function parseForEach(p: Parser, token: LexToken): StatementAst {
  takeKeyword(p, token);
  const open = p.peek('expression');
  if (!isOp(open, '(')) p.failMissing('MissingOpenParenthesisAfterKeyword', 'foreach', open);
  p.take(open);
  p.skipNewlines();
  const variable = p.peek('expression');
  if (variable.kind !== 'Variable') p.failMissing('MissingVariableNameAfterForeach', '', variable);
  p.take(variable);
  p.skipNewlines();
  const inToken = p.peek('expression');
  if (inToken.kind !== 'Identifier' || inToken.name.toLowerCase() !== 'in') p.failMissing('MissingInInForeach', '', inToken);
  p.take(inToken, undefined, 'Keyword');
  p.skipNewlines();
  const first = p.peek('command');
  if (endsStatement(first)) p.failMissing('MissingForeachExpression', '', first);
  const iterable = parsePipeline(p);
  p.skipNewlines();
  const close = p.peek('command');
  if (!isOp(close, ')')) p.failMissing('MissingEndParenthesisAfterForeach', '', close);
  p.take(close);
  const body = parseBlock(p, 'MissingForeachStatement', '');
  const variableAst = variableNode(p, variable);
  if (variableAst.type !== 'Variable') return p.unexpected(variable);
  return { type: 'ForEach', variable: variableAst, iterable, body, span: p.span(token.start, body.span.end) };
}

function parseTry(p: Parser, token: LexToken): StatementAst {
  takeKeyword(p, token);
  const body = parseBlock(p, 'MissingTryStatementBlock', '');
  const catches: CatchClauseAst[] = [];
  let sawCatchAll = false;
  for (let c = peekContinuation(p, 'catch'); c; c = peekContinuation(p, 'catch')) {
    takeKeyword(p, c);
    const typeNames = parseCatchTypes(p);
    if (sawCatchAll) p.failAt('EmptyCatchNotLast', '', c);
    sawCatchAll = typeNames.length === 0;
    const handler = parseBlock(p, 'MissingCatchHandlerBlock', '');
    catches.push({ type: 'CatchClause', typeNames, body: handler, span: p.span(c.start, handler.span.end) });
  }
  const finallyToken = peekContinuation(p, 'finally');
  let finallyBody: StatementBlockAst | undefined;
  if (finallyToken) {
    takeKeyword(p, finallyToken);
    finallyBody = parseBlock(p, 'MissingFinallyStatementBlock', '');
  }
  if (catches.length === 0 && !finallyBody) p.failMissing('MissingCatchOrFinally', '', p.peekPastNewlines('command'));
  const end = finallyBody?.span.end ?? catches[catches.length - 1]?.span.end ?? body.span.end;
  return { type: 'Try', body, catches, ...(finallyBody ? { finallyBody } : {}), span: p.span(token.start, end) };
}

function parseCatchTypes(p: Parser): TypeNameAst[] {
  const types: TypeNameAst[] = [];
  for (;;) {
    const t = p.peek('expression');
    if (t.kind !== 'TypeLiteral') return types;
    p.take(t, 'type');
    types.push(t.typeName);
    const comma = p.peek('expression');
    if (!isOp(comma, ',')) return types;
    p.take(comma);
    p.skipNewlines();
    const next = p.peek('expression');
    if (next.kind !== 'TypeLiteral') p.failMissing('MissingTypeLiteralToken', '', next);
  }
}

function parseFlow(p: Parser, token: LexToken, keyword: 'throw' | 'return' | 'exit'): StatementAst {
  takeKeyword(p, token);
  const next = p.peek('command');
  const pipeline = endsStatement(next) ? undefined : parsePipeline(p);
  const span = p.span(token.start, pipeline?.span.end ?? token.end);
  const type = keyword === 'throw' ? 'Throw' : keyword === 'return' ? 'Return' : 'Exit';
  return { type, ...(pipeline ? { pipeline } : {}), span };
}

function parseLoopControl(p: Parser, token: LexToken, keyword: 'break' | 'continue'): StatementAst {
  takeKeyword(p, token);
  const next = p.peek('command');
  let label: ExpressionAst | undefined;
  if (next.kind === 'Generic') label = stringNode(p, p.take(next) as typeof next);
  else if (next.kind === 'Variable') label = variableNode(p, p.take(next) as typeof next);
  const span = p.span(token.start, label?.span.end ?? token.end);
  return { type: keyword === 'break' ? 'Break' : 'Continue', ...(label ? { label } : {}), span };
}
