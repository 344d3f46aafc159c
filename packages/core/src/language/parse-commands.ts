/**
 * Commands in argument mode: a name (bareword, or any expression after `&` / `.`), then
 * parameters (`-Name`, `-Name:value`, `--`), splats (`@h`) and arguments. Arguments are
 * barewords, numbers, strings, variables and bracketed expressions, with member access only
 * when adjacent, and `a,b` arrays.
 */
import type { CommandAst, CommandElementAst, ExpressionAst } from './ast.js';
import { endsBareword } from './chars.js';
import { isOp, type LexMode, type LexToken } from './lex-token.js';
import { numberNode, parseBracketedPrimary, stringNode, variableNode } from './parse-expressions.js';
import { parsePostfix } from './parse-postfix.js';
import { endsStatement, type Parser } from './parser-core.js';

export function parseCommand(p: Parser): CommandAst {
  const first = p.peek('command');
  const start = first.start;
  const isDotSource = first.kind === 'Generic' && !first.parts && p.src.slice(first.start, first.end) === '.';
  let invocationOperator: '&' | '.' | undefined;
  let nameElement: ExpressionAst;
  if (isOp(first, '&') || isDotSource) {
    invocationOperator = isDotSource ? '.' : '&';
    p.take(first, undefined, 'Operator');
    nameElement = parseInvokedExpression(p, invocationOperator);
  } else {
    nameElement = parseCommandName(p, first);
  }
  const name = nameElement.type === 'StringConstant' ? nameElement.value : undefined;
  const elements = parseCommandElements(p);
  return {
    type: 'Command',
    ...(invocationOperator ? { invocationOperator } : {}),
    nameElement,
    ...(name !== undefined ? { name } : {}),
    elements,
    span: p.span(start, p.lastEnd),
  };
}

function parseCommandName(p: Parser, t: LexToken): ExpressionAst {
  if (t.kind === 'Generic') return stringNode(p, p.take(t, 'command') as typeof t);
  if (t.kind === 'Parameter' || t.kind === 'Number') {
    // `-foo` or a number-like word at command position is just an odd command name.
    p.take(t, 'command', 'Generic');
    const text = p.src.slice(t.start, t.end);
    return { type: 'StringConstant', value: text, quoteKind: 'bareword', bareword: true, span: p.span(t.start, t.end) };
  }
  if (t.kind === 'Redirection') return p.failAt('RedirectionNotSupported', t.op, t);
  // A chain operator with no pipeline before it (`&& Get-X`) is PowerShell 7's UnexpectedToken.
  return p.unexpected(t);
}

/** What follows `&` or `.`: a name, a string, a variable, a script block or a bracketed expression. */
function parseInvokedExpression(p: Parser, operator: string): ExpressionAst {
  const t = p.peek('command');
  if (endsStatement(t) || t.kind === 'Parameter') p.failMissing('MissingExpression', operator, t);
  if (t.kind === 'Generic' || t.kind === 'String') {
    const node = stringNode(p, p.take(t, 'command') as typeof t);
    return t.kind === 'String' ? parsePostfix(p, node) : node;
  }
  return parseArgumentValue(p, 'command');
}

function parseCommandElements(p: Parser): CommandElementAst[] {
  const elements: CommandElementAst[] = [];
  let mode: LexMode = 'command';
  for (;;) {
    const t = p.peek(mode);
    if (endsStatement(t)) return elements;
    if (t.kind === 'Redirection') p.failAt('RedirectionNotSupported', t.op, t);
    if (t.kind === 'Operator') {
      if (t.op === '&') p.failAt('AmpersandNotAllowed', '', t);
      // A pipeline chain operator ends the command; parsePipeline takes it from here.
      if (t.op === '&&' || t.op === '||') return elements;
      if (t.op === '--') {
        // End of parameters: from here on `-x` is an ordinary argument.
        p.take(t);
        mode = 'commandNoParams';
        continue;
      }
    }
    if (t.kind === 'Parameter') {
      elements.push(parseParameter(p, t));
    } else if (t.kind === 'SplattedVariable') {
      p.take(t, undefined, 'SplattedVariable');
      if (!endsBareword(p.charAt())) p.failAt('NoPropertiesInSplatting', t.name, t);
      if (isOp(p.peek(mode), ',')) p.failAt('SplattingNotPermittedInArgumentList', t.name, t);
      elements.push({ type: 'Splat', variableName: t.name, span: p.span(t.start, t.end) });
    } else {
      elements.push(parseArgument(p, mode));
    }
  }
}

function parseParameter(p: Parser, t: LexToken & { kind: 'Parameter' }): CommandElementAst {
  p.take(t);
  const text = p.src.slice(t.start, t.end);
  if (!t.colon) return { type: 'CommandParameter', name: t.name, text, span: p.span(t.start, t.end) };
  // `-Name:value` binds the next element, even after whitespace (`-Confirm: $false`).
  const next = p.peek('commandNoParams');
  if (endsStatement(next) || isOp(next, '&') || next.kind === 'Redirection') {
    p.fail('ParameterRequiresArgument', text, t.start, t.end, false);
  }
  const colonArgument = parseArgument(p, 'commandNoParams');
  return { type: 'CommandParameter', name: t.name, text, colonArgument, span: p.span(t.start, colonArgument.span.end) };
}

/** One argument, or several joined by commas into an array literal (`-Members a, b`). */
function parseArgument(p: Parser, mode: LexMode): ExpressionAst {
  const first = parseArgumentValue(p, mode);
  if (!isOp(p.peek(mode), ',')) return first;
  const elements = [first];
  while (isOp(p.peek(mode), ',')) {
    p.take(p.peek(mode));
    p.skipNewlines();
    const next = p.peek('commandNoParams');
    if (endsStatement(next) || isOp(next, ',')) p.failMissing('MissingExpressionAfterToken', ',', next);
    if (next.kind === 'SplattedVariable') p.failAt('SplattingNotPermittedInArgumentList', next.name, next);
    elements.push(parseArgumentValue(p, 'commandNoParams'));
  }
  const last = elements[elements.length - 1] ?? first;
  return { type: 'ArrayLiteral', elements, span: p.span(first.span.start, last.span.end) };
}

export function parseArgumentValue(p: Parser, mode: LexMode): ExpressionAst {
  const t = p.peek(mode);
  switch (t.kind) {
    case 'Generic':
      return stringNode(p, p.take(t) as typeof t);
    case 'Number':
      return numberNode(p, p.take(t) as typeof t);
    case 'String':
      return parsePostfix(p, stringNode(p, p.take(t) as typeof t));
    case 'Variable':
      return parsePostfix(p, variableNode(p, p.take(t) as typeof t));
    case 'Parameter': {
      p.take(t, undefined, 'Generic');
      const span = p.span(t.start, t.end);
      return { type: 'StringConstant', value: p.src.slice(t.start, t.end), quoteKind: 'bareword', bareword: true, span };
    }
    default: {
      if (isOp(t, ',')) {
        // Unary comma in argument mode: `Write-Output ,$list` passes a one-element array.
        p.take(t);
        const operand = parseArgumentValue(p, 'commandNoParams');
        return { type: 'ArrayLiteral', elements: [operand], span: p.span(t.start, operand.span.end) };
      }
      const bracketed = parseBracketedPrimary(p, t);
      if (bracketed) return parsePostfix(p, bracketed);
      return p.unexpected(t);
    }
  }
}
