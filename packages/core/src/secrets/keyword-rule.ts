/**
 * PSReadLine's rule for lines that must not reach the history file, by spelling.
 *
 * A line matching /password|asplaintext|token|apikey|secret/i is sensitive unless every match is
 * harmless, judged on the parsed line:
 *   - a parameter whose value is a variable or a (command):   -ClientSecret $s, -Password (Get-Secret)
 *   - a switch with no value:                                 -AsPlainText -Force
 *   - a variable that is used, not assigned a literal:        $token.Length, $secret = Get-Secret
 * Anything else (a literal after a sensitive parameter, `$secret = 'abc'`, a sensitive word in a
 * string, a comment or a command name) is sensitive, and so is any such line that does not parse.
 */
import type { ScriptBlockAst } from '../language/ast.js';
import { holdsLiteral, isComputed, isNode, pathTo, type Node } from './syntax.js';

const SENSITIVE_WORDS = /password|asplaintext|token|apikey|secret/gi;

/** `ast` is undefined when the line does not parse. */
export function sensitiveBySpelling(text: string, ast: ScriptBlockAst | undefined): boolean {
  const matches = [...text.matchAll(SENSITIVE_WORDS)];
  if (matches.length === 0) return false;
  if (ast === undefined) return true;
  return matches.some((m) => !isHarmless(pathTo(ast, m.index, m.index + m[0].length)));
}

function isHarmless(path: Node[]): boolean {
  const leaf = path[path.length - 1];
  if (!leaf) return false;
  if (leaf.type === 'Variable') return !isAssignedLiteral(path);
  if (leaf.type === 'CommandParameter') {
    const value = parameterValue(leaf, path[path.length - 2]);
    // No value, or the next element is another parameter: a switch.
    if (value === undefined || value.type === 'CommandParameter') return true;
    return isComputed(value);
  }
  return false;
}

/** The colon argument, else the element right after the parameter in its command. */
function parameterValue(
  parameter: Node & { type: 'CommandParameter' },
  command: Node | undefined,
): Node | undefined {
  if (parameter.colonArgument) return parameter.colonArgument;
  if (!command || command.type !== 'Command') return undefined;
  const next: unknown = command.elements[command.elements.indexOf(parameter) + 1];
  return isNode(next) ? next : undefined;
}

/** A variable on the left of `=` (possibly inside a cast) whose right side holds a literal. */
function isAssignedLiteral(path: Node[]): boolean {
  const variable = path[path.length - 1];
  for (let i = path.length - 2; i >= 0; i--) {
    const node = path[i];
    if (!node || !variable) return false;
    if (node.type === 'Assignment') {
      const target = node.target;
      if (target.span.start > variable.span.start || target.span.end < variable.span.end) return false;
      return holdsLiteral(node.value);
    }
    // Only casts may sit between the variable and the assignment (`[string]$token = 'x'`).
    if (node.type !== 'Convert') return false;
  }
  return false;
}
