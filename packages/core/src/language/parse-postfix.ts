/**
 * Postfix operators: `.Member`, `::Static`, `.Method(args)`, `[index]`, and PowerShell 7's
 * null-conditional `?.Member` / `?[index]`. They bind only when nothing separates them from their
 * target, which is what makes `(Get-Date).AddHours(2)` one argument and `$a .b` two. `?` is part of
 * a plain variable name, so `$a?.b` is `${a?}.b`; `?.` follows `${a}`, `)`, `]` and member names.
 */
import type { ExpressionAst } from './ast.js';
import { isIdentifierChar, isDoubleQuote, isSingleQuote } from './chars.js';
import { isOp } from './lex-token.js';
import { parseExpression, startsOperand, stringNode, variableNode } from './parse-expressions.js';
import { parseGroupedPipeline } from './parse-statements.js';
import type { Parser } from './parser-core.js';

export function parsePostfix(p: Parser, target: ExpressionAst): ExpressionAst {
  let expr = target;
  for (;;) {
    const c = p.charAt();
    const next = p.charAt(1);
    if (c === '.' && next !== '.') {
      expr = parseMember(p, expr, false, 1, false);
    } else if (c === ':' && next === ':') {
      expr = parseMember(p, expr, true, 2, false);
    } else if (c === '[') {
      expr = parseIndex(p, expr, false);
    } else if (c === '?' && next === '.') {
      expr = parseMember(p, expr, false, 2, true);
    } else if (c === '?' && next === '[') {
      expr = parseIndex(p, expr, true);
    } else {
      return expr;
    }
  }
}

function parseMember(p: Parser, target: ExpressionAst, isStatic: boolean, operatorLength: number, nullConditional: boolean): ExpressionAst {
  const opStart = p.pos;
  p.sink.add(opStart, opStart + operatorLength, 'Operator');
  p.pos += operatorLength;
  p.lastEnd = p.pos;
  const member = parseMemberName(p);
  const name = member.type === 'StringConstant' ? member.value : undefined;
  const base = {
    target,
    member,
    ...(name !== undefined ? { name } : {}),
    static: isStatic,
    ...(nullConditional ? { nullConditional } : {}),
  };
  if (p.charAt() !== '(') {
    return { type: 'MemberAccess', ...base, span: p.span(target.span.start, member.span.end) };
  }
  const open = p.peek('expression');
  p.take(open);
  p.enter(open.start);
  const args: ExpressionAst[] = [];
  p.skipNewlines();
  if (!isOp(p.peek('expression'), ')')) {
    for (;;) {
      const argStart = p.peek('expression');
      if (argStart.kind === 'EndOfInput') p.failMissing('MissingEndParenthesisInMethodCall', '', argStart);
      if (!startsOperand(argStart)) p.unexpected(argStart);
      args.push(parseExpression(p, false));
      p.skipNewlines();
      const t = p.peek('expression');
      if (isOp(t, ',')) {
        p.take(t);
        p.skipNewlines();
        const after = p.peek('expression');
        if (isOp(after, ')')) p.failAt('MissingArgument', '', after);
        continue;
      }
      if (isOp(t, ')')) break;
      p.failMissing('MissingEndParenthesisInMethodCall', '', t);
    }
  }
  const close = p.take(p.peek('expression'));
  p.leave();
  return { type: 'InvokeMember', ...base, arguments: args, span: p.span(target.span.start, close.end) };
}

/** The name after `.` or `::`: a plain name, a quoted string, a variable or `( expression )`. */
function parseMemberName(p: Parser): ExpressionAst {
  const start = p.pos;
  const c = p.charAt();
  if (isIdentifierChar(c)) {
    let end = start;
    while (isIdentifierChar(p.text[end])) end++;
    p.sink.add(start, end, 'Identifier', 'member');
    p.pos = end;
    p.lastEnd = end;
    return { type: 'StringConstant', value: p.text.slice(start, end), quoteKind: 'bareword', bareword: true, span: p.span(start, end) };
  }
  if (isSingleQuote(c) || isDoubleQuote(c) || c === '$' || c === '(') {
    const t = p.peek('expression');
    if (t.kind === 'String') return stringNode(p, p.take(t, 'member') as typeof t);
    if (t.kind === 'Variable') return variableNode(p, p.take(t) as typeof t);
    if (isOp(t, '(')) return parseGroupedPipeline(p, t);
  }
  // Not "incomplete": a member name cannot continue on the next line.
  return p.fail('MissingPropertyName', '', start, start, false);
}

function parseIndex(p: Parser, target: ExpressionAst, nullConditional: boolean): ExpressionAst {
  const operatorStart = p.pos;
  if (nullConditional) p.sink.add(operatorStart, operatorStart + 1, 'Operator');
  const open = nullConditional ? operatorStart + 1 : operatorStart;
  p.sink.add(open, open + 1, 'Punctuation');
  p.pos = open + 1;
  p.lastEnd = p.pos;
  p.enter(open);
  p.skipNewlines();
  const first = p.peek('expression');
  if (isOp(first, ']')) p.failAt('MissingArrayIndexExpression', '', first);
  if (first.kind === 'EndOfInput') p.failMissing('MissingArrayIndexExpression', '', first);
  const index = parseExpression(p);
  p.skipNewlines();
  const close = p.peek('expression');
  if (!isOp(close, ']')) p.failMissing('MissingEndSquareBracket', '', close);
  p.take(close);
  p.leave();
  return { type: 'Index', target, index, ...(nullConditional ? { nullConditional } : {}), span: p.span(target.span.start, close.end) };
}
