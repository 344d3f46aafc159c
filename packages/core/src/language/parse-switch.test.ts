/** switch: node shapes, flags, clause conditions read in argument mode, and colouring. Errors are in parse-errors.test.ts. */
import { describe, expect, it } from 'vitest';
import type { SwitchAst } from './ast.js';
import { parseScript } from './parse-script.js';
import { highlightTokens } from './tokenize.js';
import { only } from './test-support/only-statement.js';

function switchOf(source: string): SwitchAst {
  const node = only(source);
  if (node.type !== 'Switch') throw new Error(node.type);
  return node;
}

describe('switch statements', () => {
  it('clauses with bareword, number, string, variable and script block conditions, and default', () => {
    const source = "switch ($x) { a { 1 } 2 { 2 } 'c d' { 3 } $y { 4 } { $_ -gt 5 } { 5 } default { 6 } }";
    const node = switchOf(source);
    expect(node.mode).toBe('equals');
    expect(node.caseSensitive).toBe(false);
    expect(source.slice(node.condition.span.start, node.condition.span.end)).toBe('$x');
    expect(node.clauses.map((c) => c.condition?.type ?? 'default')).toEqual([
      'StringConstant',
      'NumberConstant',
      'StringConstant',
      'Variable',
      'ScriptBlockExpression',
      'default',
    ]);
    expect(node.clauses.map((c) => c.body.statements.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(source.slice(node.span.start, node.span.end)).toBe(source);
  });

  it('flags, the last of -Regex / -Wildcard / -Exact winning; clauses on their own lines', () => {
    expect(switchOf('switch -Regex -CaseSensitive ($s) { "^a" { } }')).toMatchObject({ mode: 'regex', caseSensitive: true });
    expect(switchOf('switch -regex -wildcard ($s) { }')).toMatchObject({ mode: 'wildcard', caseSensitive: false });
    expect(switchOf('switch -Exact ($s) { }').mode).toBe('equals');
    const multi = switchOf("switch\n(\n  Get-Thing\n)\n{\n  'a'\n  {\n    1\n  }\n\n  default { 2 }\n}");
    expect(multi.clauses).toHaveLength(2);
  });

  it('a quoted default is a string condition; another statement may follow the closing brace', () => {
    const node = switchOf("switch ($x) { 'default' { 1 } }");
    expect(node.clauses[0]?.condition?.type).toBe('StringConstant');
    const { statements } = parseScript('switch (1) { 1 { } } 2');
    expect(statements.map((s) => s.type)).toEqual(['Switch', 'Pipeline']);
  });

  it('colours switch and default as keywords, flags as parameters', () => {
    const source = "switch -Wildcard ($x) { 'a*' { 1 } default { 2 } }";
    const highlights = highlightTokens(source);
    const of = (kind: string) => highlights.filter((h) => h.kind === kind).map((h) => source.slice(h.start, h.end));
    expect(of('keyword')).toEqual(['switch', 'default']);
    expect(of('parameter')).toEqual(['-Wildcard']);
    expect(of('string')).toEqual(["'a*'"]);
  });
});
