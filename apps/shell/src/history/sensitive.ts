/**
 * PSReadLine's rule for lines that must not reach the history file.
 *
 * A line matching /password|asplaintext|token|apikey|secret/i is kept in memory only (Up-arrow
 * still finds it this session) unless every match is harmless, judged on the parsed script:
 *   - a parameter whose value is a variable or a (command):   -ClientSecret $s, -Password (Get-Secret)
 *   - a switch with no value:                                 -AsPlainText -Force
 *   - a variable that is used, not assigned a literal:        $token.Length, $secret = Get-Secret
 * Anything else (a literal after a sensitive parameter, `$secret = 'abc'`, a sensitive word in a
 * string, a comment or a command name) and any line that does not parse stays out of the file.
 *
 * The function is pure; the parser is passed in so the rule can be tested against the real one.
 */

const SENSITIVE_PATTERN = /password|asplaintext|token|apikey|secret/gi;

export type HistoryDestination = 'file' | 'memory';

/** The slice of core's AST this rule reads. Nodes are plain objects with `type` and `span`. */
interface Node {
  readonly type: string;
  readonly span: { readonly start: number; readonly end: number };
}

/** Parses a script; returns undefined when it does not parse. */
export type ScriptParser = (text: string) => object | undefined;

export function historyDestination(line: string, parse: ScriptParser): HistoryDestination {
  const matches = [...line.matchAll(SENSITIVE_PATTERN)];
  if (matches.length === 0) return 'file';
  const ast = parse(line);
  if (!ast || !isNode(ast)) return 'memory';
  for (const m of matches) {
    const start = m.index;
    const path = pathTo(ast, start, start + m[0].length);
    if (!isHarmless(path)) return 'memory';
  }
  return 'file';
}

function isNode(value: unknown): value is Node {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; span?: { start?: unknown; end?: unknown } };
  return typeof v.type === 'string' && typeof v.span?.start === 'number' && typeof v.span.end === 'number';
}

function field(node: Node, name: string): unknown {
  return (node as unknown as Record<string, unknown>)[name];
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

/** Root-to-leaf chain of the nodes whose span contains [start, end). */
function pathTo(root: Node, start: number, end: number): Node[] {
  const path: Node[] = [root];
  for (;;) {
    const current = path[path.length - 1];
    if (!current) return path;
    const next = children(current).find((c) => c.span.start <= start && c.span.end >= end && c !== current);
    if (!next) return path;
    path.push(next);
  }
}

function isHarmless(path: Node[]): boolean {
  const leaf = path[path.length - 1];
  if (!leaf) return false;
  if (leaf.type === 'Variable') return !isAssignedLiteral(path);
  if (leaf.type === 'CommandParameter') {
    const command = path[path.length - 2];
    const value = parameterValue(leaf, command);
    // No value, or the next element is another parameter: a switch.
    if (value === undefined || value.type === 'CommandParameter') return true;
    return isComputed(value);
  }
  return false;
}

/** The colon argument, else the element right after the parameter in its command. */
function parameterValue(parameter: Node, command: Node | undefined): Node | undefined {
  const colon = field(parameter, 'colonArgument');
  if (isNode(colon)) return colon;
  if (!command || command.type !== 'Command') return undefined;
  const elements = field(command, 'elements');
  if (!Array.isArray(elements)) return undefined;
  const next: unknown = elements[elements.indexOf(parameter) + 1];
  return isNode(next) ? next : undefined;
}

/** A variable on the left of `=` (possibly inside a cast) whose right side holds a literal. */
function isAssignedLiteral(path: Node[]): boolean {
  const variable = path[path.length - 1];
  for (let i = path.length - 2; i >= 0; i--) {
    const node = path[i];
    if (!node || !variable) return false;
    if (node.type === 'Assignment') {
      const target = field(node, 'target');
      if (!isNode(target) || target.span.start > variable.span.start || target.span.end < variable.span.end) return false;
      const value = field(node, 'value');
      return isNode(value) && holdsLiteral(value);
    }
    // Only casts may sit between the variable and the assignment (`[string]$token = 'x'`).
    if (node.type !== 'Convert') return false;
  }
  return false;
}

/** A variable, a (command) or $(...), or a member of one: computed at run time, not typed in. */
function isComputed(value: Node): boolean {
  switch (value.type) {
    case 'Variable':
      return true;
    case 'Paren':
    case 'SubExpression':
      return !holdsLiteral(value);
    case 'MemberAccess':
    case 'InvokeMember':
    case 'Index': {
      const target = field(value, 'target');
      return isNode(target) && isComputed(target);
    }
    default:
      return false;
  }
}

/** Whether a literal string or number is written in this value (commands' own arguments excluded). */
function holdsLiteral(node: Node): boolean {
  switch (node.type) {
    case 'StringConstant':
    case 'NumberConstant':
      return true;
    case 'ExpandableString':
      return children(node).some((part) => part.type === 'Text' || holdsLiteral(part));
    case 'Command':
    case 'Variable':
    case 'TypeExpression':
    case 'ScriptBlockExpression':
      return false;
    // A member name (`.Password`) or an index is not a typed-in secret; look at what it is taken from.
    case 'MemberAccess':
    case 'Index': {
      const target = field(node, 'target');
      return isNode(target) && holdsLiteral(target);
    }
    case 'InvokeMember': {
      const target = field(node, 'target');
      const args = field(node, 'arguments');
      return (isNode(target) && holdsLiteral(target)) || (Array.isArray(args) && args.filter(isNode).some(holdsLiteral));
    }
    default:
      return children(node).some(holdsLiteral);
  }
}
