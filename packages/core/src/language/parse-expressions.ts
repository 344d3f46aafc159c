/**
 * Expression-mode grammar with PowerShell's precedence (lowest first): the ternary `? :`,
 * -and/-or/-xor, bitwise, comparison (incl. -replace -split -join -is -as -in -contains -shl),
 * `??`, + -, * / %, -f, `..`; then the comma (array literal), unary operators and casts, postfix
 * member access / method calls / indexing (only with no whitespace before `.`, `::`, `[`, `?.`,
 * `?[`), and primaries.
 */
import type { ExpressionAst, NumberConstantAst, StringConstantAst, UnaryOperator } from './ast.js';
import { isOp, type LexToken } from './lex-token.js';
import { binaryPrecedence, isPrefixUnaryOperator, asBinaryOperator } from './operators.js';
import { parseHashtable, parseScriptBlockExpression, parseTypeLiteralExpression } from './parse-literals.js';
import { parsePostfix } from './parse-postfix.js';
import { parseGroupedPipeline, parseStatementGroup } from './parse-statements.js';
import type { Parser } from './parser-core.js';

const OPERAND_START_OPS = new Set(['(', '$(', '@(', '@{', '{', '-', '+', '!', '-not', '-bnot', '-split', '-join', '++', '--', ',']);

/** Whether `t` can begin an operand (a unary expression). */
export function startsOperand(t: LexToken): boolean {
  switch (t.kind) {
    case 'Number':
    case 'String':
    case 'Variable':
    case 'TypeLiteral':
      return true;
    case 'Operator':
      return OPERAND_START_OPS.has(t.op);
    default:
      return false;
  }
}

/** A full expression; `allowComma` is false inside method-call argument lists. */
export function parseExpression(p: Parser, allowComma = true): ExpressionAst {
  const condition = parseBinary(p, 1, allowComma);
  // The ternary must follow its condition on the same line, as in PowerShell; newlines may
  // follow `?`, precede `:` and follow `:`.
  const question = p.peek('expression');
  if (!isOp(question, '?')) return condition;
  return parseTernary(p, condition, question, allowComma);
}

/** `condition ? ifTrue : ifFalse` from the `?` on; both branches are full (ternary) expressions. */
function parseTernary(p: Parser, condition: ExpressionAst, question: LexToken, allowComma: boolean): ExpressionAst {
  p.take(question);
  p.enter(question.start);
  const ifTrue = parseBranch(p, '?', allowComma);
  p.skipNewlines();
  const colon = p.peek('expression');
  if (!isOp(colon, ':')) p.failAt('MissingColonInTernaryExpression', '', colon);
  p.take(colon);
  const ifFalse = parseBranch(p, ':', allowComma);
  p.leave();
  return { type: 'Ternary', condition, ifTrue, ifFalse, span: p.span(condition.span.start, ifFalse.span.end) };
}

function parseBranch(p: Parser, operator: '?' | ':', allowComma: boolean): ExpressionAst {
  const operatorEnd = p.lastEnd;
  p.skipNewlines();
  const next = p.peek('expression');
  // Points just after the operator (not after skipped newlines), as PowerShell does.
  if (!startsOperand(next)) p.fail('ExpectedValueExpression', operator, operatorEnd, operatorEnd, next.kind === 'EndOfInput');
  return parseExpression(p, allowComma);
}

function parseBinary(p: Parser, minPrecedence: number, allowComma: boolean): ExpressionAst {
  let left = allowComma ? parseArrayLiteral(p) : parseUnary(p);
  for (;;) {
    const t = p.peek('expression');
    if (t.kind !== 'Operator') return left;
    const precedence = binaryPrecedence(t.op);
    if (precedence === undefined || precedence < minPrecedence) return left;
    p.take(t);
    p.skipNewlines();
    const next = p.peek('expression');
    if (!startsOperand(next)) p.failMissing('ExpectedValueExpression', p.src.slice(t.start, t.end), next);
    const right = parseBinary(p, precedence + 1, allowComma);
    left = {
      type: 'Binary',
      operator: asBinaryOperator(t.op),
      left,
      right,
      caseSensitive: t.caseSensitive,
      span: p.span(left.span.start, right.span.end),
    };
  }
}

function parseArrayLiteral(p: Parser): ExpressionAst {
  const first = parseUnary(p);
  if (!isOp(p.peek('expression'), ',')) return first;
  const elements = [first];
  while (isOp(p.peek('expression'), ',')) {
    p.take(p.peek('expression'));
    p.skipNewlines();
    const next = p.peek('expression');
    if (!startsOperand(next)) p.failMissing('MissingExpressionAfterToken', ',', next);
    elements.push(parseUnary(p));
  }
  const last = elements[elements.length - 1] ?? first;
  return { type: 'ArrayLiteral', elements, span: p.span(first.span.start, last.span.end) };
}

export function parseUnary(p: Parser): ExpressionAst {
  const t = p.peek('expression');
  if (t.kind === 'Operator' && (isPrefixUnaryOperator(t.op) || t.op === ',')) {
    p.take(t);
    const next = p.peek('expression');
    if (!startsOperand(next)) p.failMissing('MissingExpressionAfterOperator', p.src.slice(t.start, t.end), next);
    p.enter(t.start);
    const operand = parseUnary(p);
    p.leave();
    const span = p.span(t.start, operand.span.end);
    if (t.op === ',') return { type: 'ArrayLiteral', elements: [operand], span };
    return { type: 'Unary', operator: t.op as UnaryOperator, operand, postfix: false, caseSensitive: t.caseSensitive, span };
  }
  if (t.kind === 'TypeLiteral') return parseTypeLiteralExpression(p, t);
  const operand = parsePostfix(p, parsePrimary(p));
  const after = p.peek('expression');
  if (after.kind === 'Operator' && (after.op === '++' || after.op === '--')) {
    p.take(after);
    return { type: 'Unary', operator: after.op, operand, postfix: true, caseSensitive: false, span: p.span(operand.span.start, after.end) };
  }
  return operand;
}

export function numberNode(p: Parser, t: LexToken & { kind: 'Number' }): NumberConstantAst {
  return { type: 'NumberConstant', value: t.value, text: p.src.slice(t.start, t.end), numberType: t.numberType, span: p.span(t.start, t.end) };
}

/** A String or Generic token as a StringConstant or, with expansions, an ExpandableString. */
export function stringNode(p: Parser, t: LexToken & { kind: 'String' | 'Generic' }): ExpressionAst {
  const span = p.span(t.start, t.end);
  if (t.parts) return { type: 'ExpandableString', parts: t.parts, quoteKind: t.quoteKind, span };
  const node: StringConstantAst = { type: 'StringConstant', value: t.value, quoteKind: t.quoteKind, bareword: t.quoteKind === 'bareword', span };
  return node;
}

export function variableNode(p: Parser, t: LexToken & { kind: 'Variable' }): ExpressionAst {
  return { type: 'Variable', name: t.name, ...(t.scope ? { scope: t.scope } : {}), span: p.span(t.start, t.end) };
}

/** Primaries shared by both modes once their first token is known. */
export function parseBracketedPrimary(p: Parser, t: LexToken): ExpressionAst | undefined {
  if (t.kind !== 'Operator') return undefined;
  switch (t.op) {
    case '(':
      return parseGroupedPipeline(p, t);
    case '$(':
    case '@(': {
      p.take(t);
      const { statements, end } = parseStatementGroup(p, t);
      const span = p.span(t.start, end);
      return t.op === '$(' ? { type: 'SubExpression', statements, span } : { type: 'ArrayExpression', statements, span };
    }
    case '@{':
      return parseHashtable(p, t, false, t.start);
    case '{':
      return parseScriptBlockExpression(p, t);
    default:
      return undefined;
  }
}

export function parsePrimary(p: Parser): ExpressionAst {
  const t = p.peek('expression');
  switch (t.kind) {
    case 'Number':
      p.take(t);
      return numberNode(p, t);
    case 'String':
      p.take(t);
      return stringNode(p, t);
    case 'Variable':
      p.take(t);
      return variableNode(p, t);
    case 'SplattedVariable':
      return p.failAt('SplattingNotPermitted', t.name, t);
    case 'Redirection':
      return p.failAt('RedirectionNotSupported', t.op, t);
    default: {
      const bracketed = parseBracketedPrimary(p, t);
      if (bracketed) return bracketed;
      return p.unexpected(t);
    }
  }
}
