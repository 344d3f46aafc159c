/**
 * The questions the secret rules ask of a parsed line: walking the tree without knowing every node
 * type (the grammar grows; a new node's children are still found), and whether a value was typed
 * in (a literal) or is computed when the line runs (a variable, a command's output).
 */
import type { Ast, ExpressionAst, StatementAst } from '../language/ast.js';

export type Node = Ast;

export function isNode(value: unknown): value is Node {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; span?: { start?: unknown } };
  return (
    typeof v.type === 'string' &&
    typeof v.span === 'object' &&
    v.span !== null &&
    typeof v.span.start === 'number'
  );
}

export function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value as unknown[]) if (isNode(item)) out.push(item);
    if (isNode(value)) out.push(value);
  }
  return out;
}

/** Every node of the tree, parents before their children. */
export function* allNodes(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) continue;
    yield node;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
}

/** Root-to-leaf chain of the nodes whose span contains [start, end). */
export function pathTo(root: Node, start: number, end: number): Node[] {
  const path: Node[] = [root];
  for (;;) {
    const current = path[path.length - 1];
    if (!current) return path;
    const next = children(current).find((c) => c.span.start <= start && c.span.end >= end);
    if (!next) return path;
    path.push(next);
  }
}

/** Whether a literal string or number is written in this value (commands' own arguments excluded). */
export function holdsLiteral(node: Node): boolean {
  switch (node.type) {
    case 'StringConstant':
    case 'NumberConstant':
      return true;
    case 'ExpandableString':
      return node.parts.some((part) => part.type === 'Text' || holdsLiteral(part));
    case 'Command':
    case 'Variable':
    case 'TypeExpression':
    case 'ScriptBlockExpression':
      return false;
    // A member name (`.Password`) or an index is not a typed-in secret; look at what it is taken from.
    case 'MemberAccess':
    case 'Index':
      return holdsLiteral(node.target);
    case 'InvokeMember':
      return holdsLiteral(node.target) || node.arguments.some(holdsLiteral);
    default:
      return children(node).some(holdsLiteral);
  }
}

/** A variable, a (command) or $(...), or a member of one: computed at run time, not typed in. */
export function isComputed(value: Node): boolean {
  switch (value.type) {
    case 'Variable':
      return true;
    case 'Paren':
    case 'SubExpression':
      return !holdsLiteral(value);
    case 'MemberAccess':
    case 'InvokeMember':
    case 'Index':
      return isComputed(value.target);
    default:
      return false;
  }
}

/** The text written for a literal value (`'abc'`, a bareword, `007`), for recognising it later. */
export function literalText(node: Node): string | undefined {
  if (node.type === 'StringConstant') return node.value;
  if (node.type === 'NumberConstant') return node.text;
  // `-foo` taken as a parameter's value is the text `-foo`.
  if (node.type === 'CommandParameter' && node.colonArgument === undefined) return node.text;
  if (node.type === 'ExpandableString' && node.parts.every((p) => p.type === 'Text'))
    return node.parts.map((p) => (p.type === 'Text' ? p.value : '')).join('');
  if (node.type === 'Paren' || node.type === 'Convert') {
    const inner = node.type === 'Paren' ? soleExpression(node.pipeline) : node.child;
    return inner === undefined ? undefined : literalText(inner);
  }
  return undefined;
}

/** The expression a statement consists of (`$x = 'a'`'s right side), if it is just one. */
export function soleExpression(statement: StatementAst): ExpressionAst | undefined {
  if (statement.type !== 'Pipeline' || statement.elements.length !== 1) return undefined;
  const [only] = statement.elements;
  return only === undefined || only.type === 'Command' ? undefined : only;
}
