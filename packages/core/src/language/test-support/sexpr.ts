/**
 * Syntax trees printed as compact S-expressions, so parser tests read like the code they
 * describe: `1 + 2 * 3` is `(+ 1 (* 2 3))`, `$a ? 1 : 2` is `(? $a 1 2)`, `${a}?.b` is `(?. $a b)`.
 */
import type { Ast, StatementBlockAst } from '../ast.js';
import { parseScript } from '../parse-script.js';

function block(b: StatementBlockAst): string {
  return `{${b.statements.map(sx).join('; ')}}`;
}

export function sx(node: Ast): string {
  switch (node.type) {
    case 'ScriptBlock':
      return node.statements.map(sx).join('; ');
    case 'StatementBlock':
      return block(node);
    case 'Pipeline':
      return node.elements.length === 1 && node.elements[0] ? sx(node.elements[0]) : `(| ${node.elements.map(sx).join(' ')})`;
    case 'Command': {
      const op = node.invocationOperator ? `${node.invocationOperator} ` : '';
      return `(cmd ${op}${sx(node.nameElement)}${node.elements.map((e) => ` ${sx(e)}`).join('')})`;
    }
    case 'CommandParameter':
      return node.colonArgument ? `${node.text}${sx(node.colonArgument)}` : node.text;
    case 'Splat':
      return `@${node.variableName}`;
    case 'Assignment':
      return `(${node.operator} ${sx(node.target)} ${sx(node.value)})`;
    case 'PipelineChain':
      return `(${node.operator} ${sx(node.left)} ${sx(node.right)})`;
    case 'If':
      return `(if ${node.clauses.map((c) => `${sx(c.condition)} ${block(c.body)}`).join(' elseif ')}${node.elseBody ? ` else ${block(node.elseBody)}` : ''})`;
    case 'ForEach':
      return `(foreach ${sx(node.variable)} ${sx(node.iterable)} ${block(node.body)})`;
    case 'While':
      return `(while ${sx(node.condition)} ${block(node.body)})`;
    case 'DoWhile':
    case 'DoUntil':
      return `(${node.type === 'DoWhile' ? 'do-while' : 'do-until'} ${block(node.body)} ${sx(node.condition)})`;
    case 'For': {
      const part = (n: Ast | undefined): string => (n ? sx(n) : '_');
      return `(for ${part(node.initializer)} ${part(node.condition)} ${part(node.iterator)} ${block(node.body)})`;
    }
    case 'Try': {
      const catches = node.catches.map((c) => ` catch${c.typeNames.map((t) => ` [${t.fullName}]`).join('')} ${block(c.body)}`).join('');
      return `(try ${block(node.body)}${catches}${node.finallyBody ? ` finally ${block(node.finallyBody)}` : ''})`;
    }
    case 'Throw':
    case 'Return':
    case 'Exit':
      return `(${node.type.toLowerCase()}${node.pipeline ? ` ${sx(node.pipeline)}` : ''})`;
    case 'Break':
    case 'Continue':
      return `(${node.type.toLowerCase()}${node.label ? ` ${sx(node.label)}` : ''})`;
    case 'StringConstant':
      if (node.quoteKind === 'bareword') return node.value;
      return node.quoteKind === 'single' || node.quoteKind === 'singleHere' ? `'${node.value}'` : `"${node.value}"`;
    case 'ExpandableString':
      return `"${node.parts.map((p) => (p.type === 'Text' ? p.value : `{${sx(p)}}`)).join('')}"`;
    case 'NumberConstant':
      return node.text;
    case 'Variable':
      return `$${node.scope ? `${node.scope}:` : ''}${node.name}`;
    case 'ArrayLiteral':
      return `(, ${node.elements.map(sx).join(' ')})`;
    case 'ArrayExpression':
      return `(@ ${node.statements.map(sx).join('; ')})`;
    case 'SubExpression':
      return `($ ${node.statements.map(sx).join('; ')})`;
    case 'HashtableLiteral':
      return `(${node.ordered ? 'ordered ' : ''}@{ ${node.pairs.map((p) => `${sx(p.key)}=${sx(p.value)}`).join(' ')}})`;
    case 'Paren':
      return `(paren ${sx(node.pipeline)})`;
    case 'MemberAccess':
      return `(${node.nullConditional ? '?.' : node.static ? '::' : '.'} ${sx(node.target)} ${sx(node.member)})`;
    case 'InvokeMember':
      return `(${node.nullConditional ? '?.' : node.static ? '::' : '.'}call ${sx(node.target)} ${sx(node.member)}${node.arguments.map((a) => ` ${sx(a)}`).join('')})`;
    case 'Index':
      return `(${node.nullConditional ? '?[]' : '[]'} ${sx(node.target)} ${sx(node.index)})`;
    case 'Convert':
      return `([${node.typeName.fullName}] ${sx(node.child)})`;
    case 'TypeExpression':
      return `[${node.typeName.fullName}]`;
    case 'Unary':
      return node.postfix ? `(${sx(node.operand)} ${node.operator})` : `(${node.operator}${node.caseSensitive ? ':c' : ''} ${sx(node.operand)})`;
    case 'Binary':
      return `(${node.operator}${node.caseSensitive ? ':c' : ''} ${sx(node.left)} ${sx(node.right)})`;
    case 'Ternary':
      return `(? ${sx(node.condition)} ${sx(node.ifTrue)} ${sx(node.ifFalse)})`;
    case 'ScriptBlockExpression':
      return `{${node.scriptBlock.text}}`;
    default:
      return node.type;
  }
}

/** The whole script as an S-expression (statements joined by `; `). */
export function parse(source: string): string {
  return sx(parseScript(source));
}
