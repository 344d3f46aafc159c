/**
 * Functions and the parts of a script block body: `function Name($a) { ... }` (and `filter Name
 * { ... }`, whose body is a process block), `[CmdletBinding()]
 * param(...)` at the start of a body, parameters with attributes (`[Parameter(Mandatory)]`), type
 * constraints and defaults, and the named blocks `begin {}` / `process {}` / `end {}`.
 */
import type { AttributeAst, ExpressionAst, FunctionDefinitionAst, ParamBlockAst, ParameterAst, ScriptBlockAst, StatementAst, StatementBlockAst, TypeNameAst } from './ast.js';
import { isOp, type LexToken } from './lex-token.js';
import { parseExpression, startsOperand, variableNode } from './parse-expressions.js';
import { parseBlock, takeKeyword } from './parse-keywords.js';
import { parseBraced, parseStatementList } from './parse-statements.js';
import type { Parser } from './parser-core.js';
import { keywordOf } from './statement-start.js';

/** Attributes that may precede `param` (the others belong on parameters). */
const BLOCK_ATTRIBUTES = new Set(['cmdletbinding', 'outputtype']);
const NAMED_BLOCKS = new Set(['begin', 'process', 'end']);

/**
 * Skips newlines (and `;` when `separators`) but stops before a `[`: peeking a token there would
 * scan `[Parameter(` as a type literal and fail at the `(`.
 */
function skipLineBreaks(p: Parser, separators: boolean): void {
  for (;;) {
    const c = p.text[p.lexer.skipTrivia(p.pos)];
    if (c !== '\n' && c !== '\r' && !(separators && c === ';')) return;
    const t = p.peek('expression');
    p.take(t, undefined, t.kind === 'NewLine' ? 'NewLine' : undefined);
  }
}

/** What a body holds besides its plain statements (see ScriptBlockAst). */
export type ScriptBody = Pick<ScriptBlockAst, 'statements' | 'paramBlock' | 'beginBlock' | 'processBlock' | 'endBlock'>;

/**
 * `[Name(` at the current position: an attribute with arguments. The lexer would read `[Name`
 * as a type literal and fail at the `(`, so attributes are recognised from the raw text here.
 */
function peekAttribute(p: Parser): { start: number; name: string; nameStart: number; parenEnd: number } | undefined {
  const start = p.lexer.skipTrivia(p.pos);
  if (p.text[start] !== '[') return undefined;
  const match = /^\[(\s*)([A-Za-z_][\w.]*)\s*\(/.exec(p.text.slice(start, start + 200));
  if (!match?.[2]) return undefined;
  const nameStart = start + 1 + (match[1]?.length ?? 0);
  return { start, name: match[2], nameStart, parenEnd: start + match[0].length };
}

function parseAttribute(p: Parser, found: NonNullable<ReturnType<typeof peekAttribute>>): AttributeAst {
  p.sink.add(found.start, found.start + 1, 'Punctuation');
  p.sink.add(found.nameStart, found.nameStart + found.name.length, 'TypeLiteral', 'type');
  p.sink.add(found.parenEnd - 1, found.parenEnd, 'Punctuation');
  p.pos = found.parenEnd;
  p.lastEnd = found.parenEnd;
  p.enter(found.start);
  const positionalArguments: ExpressionAst[] = [];
  const namedArguments: { name: string; value?: ExpressionAst; span: AttributeAst['span'] }[] = [];
  for (;;) {
    p.skipNewlines();
    const t = p.peek('expression');
    if (isOp(t, ')') && positionalArguments.length + namedArguments.length === 0) {
      p.take(t);
      break;
    }
    if (t.kind === 'Identifier') {
      // `Mandatory` or `Position = 0`: a named argument.
      p.take(t);
      const eq = p.peek('expression');
      if (isOp(eq, '=')) {
        const value = parseValueAfterEquals(p, eq);
        namedArguments.push({ name: t.name, value, span: p.span(t.start, value.span.end) });
      } else {
        namedArguments.push({ name: t.name, span: p.span(t.start, t.end) });
      }
    } else {
      if (!startsOperand(t)) p.failMissing('MissingEndParenthesisInExpression', '', t);
      positionalArguments.push(parseExpression(p, false));
    }
    p.skipNewlines();
    const next = p.peek('expression');
    if (isOp(next, ',')) {
      p.take(next);
      continue;
    }
    if (!isOp(next, ')')) p.failMissing('MissingEndParenthesisInExpression', '', next);
    p.take(next);
    break;
  }
  p.leave();
  const close = p.lexer.skipTrivia(p.pos);
  if (p.text[close] !== ']') p.fail('EndSquareBracketExpectedAtEndOfAttribute', '', close, close, close >= p.text.length);
  p.sink.add(close, close + 1, 'Punctuation');
  p.pos = close + 1;
  p.lastEnd = close + 1;
  return { type: 'Attribute', name: found.name, positionalArguments, namedArguments, span: p.span(found.start, close + 1) };
}

/** `[attr(...)]... [type] $name = default`. */
function parseParameter(p: Parser): ParameterAst {
  const attributes: AttributeAst[] = [];
  let typeName: TypeNameAst | undefined;
  let start: number | undefined;
  for (;;) {
    skipLineBreaks(p, false);
    const attribute = peekAttribute(p);
    if (attribute) {
      start ??= attribute.start;
      attributes.push(parseAttribute(p, attribute));
      continue;
    }
    const t = p.peek('expression');
    if (t.kind !== 'TypeLiteral') break;
    start ??= t.start;
    p.take(t, 'type');
    typeName = t.typeName;
  }
  const variable = p.peek('expression');
  if (variable.kind !== 'Variable') return p.failMissing('MissingEndParenthesisInFunctionParameterList', '', variable);
  p.take(variable);
  const name = variableNode(p, variable);
  if (name.type !== 'Variable') return p.unexpected(variable);
  let defaultValue: ExpressionAst | undefined;
  const eq = p.peek('expression');
  if (isOp(eq, '=')) {
    defaultValue = parseValueAfterEquals(p, eq);
  }
  return {
    type: 'Parameter',
    name,
    ...(typeName ? { typeName } : {}),
    attributes,
    ...(defaultValue ? { defaultValue } : {}),
    span: p.span(start ?? variable.start, defaultValue?.span.end ?? variable.end),
  };
}

/** `( parameter, ... )` with `open` the `(` token; returns the parameters and the `)` end. */
function parseParameterList(p: Parser, open: LexToken): { parameters: ParameterAst[]; end: number } {
  p.take(open);
  p.enter(open.start);
  const parameters: ParameterAst[] = [];
  skipLineBreaks(p, false);
  let t = peekAttribute(p) ? undefined : p.peek('expression');
  if (!t || !isOp(t, ')')) {
    for (;;) {
      parameters.push(parseParameter(p));
      p.skipNewlines();
      t = p.peek('expression');
      if (!isOp(t, ',')) break;
      p.take(t);
    }
  }
  if (!t || !isOp(t, ')')) return p.failMissing('MissingEndParenthesisInFunctionParameterList', '', t ?? p.peek('command'));
  p.take(t);
  p.leave();
  return { parameters, end: t.end };
}

function parseParamBlock(p: Parser, attributes: AttributeAst[], token: LexToken): ParamBlockAst {
  takeKeyword(p, token);
  p.skipNewlines();
  const open = p.peek('expression');
  if (!isOp(open, '(')) p.failMissing('MissingOpenParenthesisAfterKeyword', 'param', open);
  const { parameters, end } = parseParameterList(p, open);
  return { type: 'ParamBlock', attributes, parameters, span: p.span(attributes[0]?.span.start ?? token.start, end) };
}

/** The first token after `token` and any newlines, without consuming anything. */
function tokenAfter(p: Parser, token: LexToken): LexToken {
  let at = token.end;
  for (;;) {
    const t = p.lexer.scan(at, 'expression');
    if (t.kind !== 'NewLine') return t;
    at = t.end;
  }
}

/** `begin`, `process` or `end` followed by `{`: the body is written as named blocks. */
function startsNamedBlock(p: Parser): boolean {
  const t = p.peekPastNewlines('command');
  const keyword = keywordOf(t);
  return keyword !== undefined && NAMED_BLOCKS.has(keyword) && isOp(tokenAfter(p, t), '{');
}

function parseNamedBlocks(p: Parser, closer: '}' | null): Pick<ScriptBody, 'beginBlock' | 'processBlock' | 'endBlock'> {
  const blocks = new Map<string, StatementBlockAst>();
  for (;;) {
    p.skipSeparators();
    const t = p.peek('command');
    if (t.kind === 'EndOfInput' || (closer !== null && isOp(t, closer))) break;
    const keyword = keywordOf(t);
    if (keyword === undefined || !NAMED_BLOCKS.has(keyword)) return p.unexpected(t);
    if (blocks.has(keyword)) p.failAt('DuplicateScriptCommandClause', keyword, t);
    takeKeyword(p, t);
    blocks.set(keyword, parseBlock(p, 'MissingNamedStatementBlock', keyword));
  }
  const begin = blocks.get('begin');
  const process = blocks.get('process');
  const end = blocks.get('end');
  return { ...(begin ? { beginBlock: begin } : {}), ...(process ? { processBlock: process } : {}), ...(end ? { endBlock: end } : {}) };
}

/** A body up to `closer` (not consumed): optional `param(...)`, then named blocks or statements. */
export function parseScriptBody(p: Parser, closer: '}' | null): ScriptBody {
  skipLineBreaks(p, true);
  const attributes: AttributeAst[] = [];
  for (let a = peekAttribute(p); a && BLOCK_ATTRIBUTES.has(a.name.toLowerCase()); a = peekAttribute(p)) {
    attributes.push(parseAttribute(p, a));
    skipLineBreaks(p, false);
  }
  const first = p.peek('command');
  let paramBlock: ParamBlockAst | undefined;
  if (keywordOf(first) === 'param') paramBlock = parseParamBlock(p, attributes, first);
  else if (attributes.length > 0) p.unexpected(first);
  if (startsNamedBlock(p)) {
    const named = parseNamedBlocks(p, closer);
    return { statements: named.endBlock?.statements ?? [], ...(paramBlock ? { paramBlock } : {}), ...named };
  }
  const statements: StatementAst[] = parseStatementList(p, closer);
  return { statements, ...(paramBlock ? { paramBlock } : {}) };
}

/** `{ body }` from `open` (the `{`, not yet consumed) through the `}`, as a ScriptBlockAst. */
export function parseBracedBody(p: Parser, open: LexToken): ScriptBlockAst {
  const { inner: body, close } = parseBraced(p, open, () => parseScriptBody(p, '}'));
  return { type: 'ScriptBlock', ...body, text: p.src.slice(open.end, close.start), span: p.span(open.start, close.end) };
}

/** A filter's plain body is its process block: it runs once per pipeline record. */
function asFilterBody(body: ScriptBlockAst): ScriptBlockAst {
  if (body.beginBlock || body.processBlock || body.endBlock) return body;
  const processBlock: StatementBlockAst = { type: 'StatementBlock', statements: body.statements, span: body.span };
  return { ...body, statements: [], processBlock };
}

/** `function Name ...` or `filter Name ...` (`keyword` says which). */
export function parseFunction(p: Parser, token: LexToken, keyword: 'function' | 'filter' = 'function'): FunctionDefinitionAst {
  takeKeyword(p, token);
  const nameToken = p.peek('command');
  if (nameToken.kind !== 'Generic' || nameToken.parts) return p.failMissing('MissingNameAfterKeyword', keyword, nameToken);
  p.take(nameToken, 'command');
  p.skipNewlines();
  let parameters: ParameterAst[] | undefined;
  const next = p.peek('expression');
  if (isOp(next, '(')) {
    parameters = parseParameterList(p, next).parameters;
    p.skipNewlines();
  }
  const open = p.peek('expression');
  if (!isOp(open, '{')) return p.failMissing('MissingFunctionBody', '', open);
  const parsed = parseBracedBody(p, open);
  const body = keyword === 'filter' ? asFilterBody(parsed) : parsed;
  if (parameters && body.paramBlock) p.fail('OnlyOneParameterListAllowed', '', body.paramBlock.span.start, body.paramBlock.span.end, false);
  return {
    type: 'FunctionDefinition',
    name: nameToken.value,
    nameSpan: p.span(nameToken.start, nameToken.end),
    ...(parameters ? { parameters } : {}),
    body,
    span: p.span(token.start, body.span.end),
  };
}

/**
 * The value after `=` in an attribute argument (`Position = 0`) or a parameter default. It is
 * parsed with the comma operator off, as PowerShell does: `,` separates arguments and parameters.
 */
function parseValueAfterEquals(p: Parser, eq: LexToken): ExpressionAst {
  p.take(eq);
  p.skipNewlines();
  const next = p.peek('expression');
  if (!startsOperand(next)) p.failMissing('ExpectedValueExpression', '=', next);
  return parseExpression(p, false);
}
