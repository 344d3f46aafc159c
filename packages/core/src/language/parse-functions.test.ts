/**
 * function definitions, param blocks, parameter attributes and named blocks: node shapes, the
 * source each part covers, and colouring. Error texts are in parse-errors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Ast, AttributeAst, ExpressionAst, FunctionDefinitionAst } from './ast.js';
import { parseScript } from './parse-script.js';
import { highlightTokens } from './tokenize.js';
import { only } from './test-support/only-statement.js';

function fn(source: string): FunctionDefinitionAst {
  const node = only(source);
  if (node.type !== 'FunctionDefinition') throw new Error(node.type);
  return node;
}

function text(source: string, node: Ast | undefined): string | undefined {
  return node ? source.slice(node.span.start, node.span.end) : undefined;
}

function constant(node: ExpressionAst | undefined): unknown {
  if (node?.type === 'NumberConstant' || node?.type === 'StringConstant') return node.value;
  return node ? `<${node.type}>` : undefined;
}

function attributeSummary(a: AttributeAst): unknown {
  return { name: a.name, positional: a.positionalArguments.map(constant), named: a.namedArguments.map((n) => [n.name, constant(n.value)]) };
}

describe('function definitions', () => {
  it('a name and a body of statements', () => {
    const source = 'function Get-Greeting { "hi"; 2 }';
    const node = fn(source);
    expect(node.name).toBe('Get-Greeting');
    expect(source.slice(node.nameSpan.start, node.nameSpan.end)).toBe('Get-Greeting');
    expect(text(source, node)).toBe(source);
    expect(node.body.statements).toHaveLength(2);
    expect(node.body.text).toBe(' "hi"; 2 ');
    expect(node.parameters).toBeUndefined();
  });

  it('parameters in parentheses after the name, with types and defaults (the comma separates parameters)', () => {
    const source = 'function Add($a, [int]$b = 2, [string[]]$c = @("x")) { $a + $b }';
    const node = fn(source);
    const params = node.parameters ?? [];
    expect(params.map((p) => p.name.name)).toEqual(['a', 'b', 'c']);
    expect(params.map((p) => p.typeName?.fullName)).toEqual([undefined, 'int', 'string[]']);
    expect(params.map((p) => text(source, p.defaultValue))).toEqual([undefined, '2', '@("x")']);
    expect(text(source, params[1])).toBe('[int]$b = 2');
  });

  it('a param block with attributes, across lines', () => {
    const source = [
      'function Set-Thing {',
      '  [CmdletBinding()]',
      '  param(',
      '    [Parameter(Mandatory, Position = 0, ValueFromPipelineByPropertyName = $true)]',
      "    [Alias('Id')][string]$Name,",
      "    [ValidateSet('a', 'b')] $Kind = 'a',",
      '    [switch]$Force',
      '  )',
      '  "$Name $Kind"',
      '}',
    ].join('\n');
    const node = fn(source);
    const block = node.body.paramBlock;
    if (!block) throw new Error('no param block');
    expect(block.attributes.map(attributeSummary)).toEqual([{ name: 'CmdletBinding', positional: [], named: [] }]);
    expect(block.parameters.map((p) => p.name.name)).toEqual(['Name', 'Kind', 'Force']);
    const [name, kind, force] = block.parameters;
    expect(name?.attributes.map(attributeSummary)).toEqual([
      { name: 'Parameter', positional: [], named: [['Mandatory', undefined], ['Position', 0], ['ValueFromPipelineByPropertyName', '<Variable>']] },
      { name: 'Alias', positional: ['Id'], named: [] },
    ]);
    expect(name?.typeName?.name).toBe('string');
    expect(kind?.attributes.map(attributeSummary)).toEqual([{ name: 'ValidateSet', positional: ['a', 'b'], named: [] }]);
    expect(constant(kind?.defaultValue)).toBe('a');
    expect(force?.typeName?.name).toBe('switch');
    expect(node.body.statements).toHaveLength(1);
  });

  it('named blocks: statements are the end block; a body without them is all end block', () => {
    const node = fn('function f { begin { 1 } process { $_ } end { 3; 4 } }');
    expect(node.body.beginBlock?.statements).toHaveLength(1);
    expect(node.body.processBlock?.statements).toHaveLength(1);
    expect(node.body.endBlock?.statements).toHaveLength(2);
    expect(node.body.statements).toHaveLength(2);
    const plain = fn('function g { $x = 1; $x }');
    expect(plain.body.processBlock).toBeUndefined();
    expect(plain.body.statements).toHaveLength(2);
  });

  it('only a process block; newlines between the blocks and before their braces', () => {
    const node = fn('function f {\n  process\n  {\n    $_ * 2\n  }\n}');
    expect(node.body.processBlock?.statements).toHaveLength(1);
    expect(node.body.statements).toHaveLength(0);
  });

  it('a function may follow another on the same line, and a call may follow on the next', () => {
    const { statements } = parseScript('function a { 1 } function b { 2 }\na');
    expect(statements.map((s) => s.type)).toEqual(['FunctionDefinition', 'FunctionDefinition', 'Pipeline']);
  });

  it('a filter is a function whose plain body is a process block', () => {
    const node = fn('filter Double { $_ * 2 }');
    expect(node.name).toBe('Double');
    expect(node.body.processBlock?.statements).toHaveLength(1);
    expect(node.body.statements).toHaveLength(0);
    expect(fn('filter f { begin { } end { 1 } }').body.endBlock?.statements).toHaveLength(1);
  });

  it('begin/process/end are ordinary words elsewhere', () => {
    const node = only('Write-Output process end');
    expect(node.type).toBe('Pipeline');
  });
});

describe('param blocks outside functions', () => {
  it('in a script block and at the top of a script', () => {
    const node = only('{ param($x) $x * 2 }');
    if (node.type !== 'Pipeline') throw new Error(node.type);
    const [sb] = node.elements;
    if (sb?.type !== 'ScriptBlockExpression') throw new Error(sb?.type);
    expect(sb.scriptBlock.paramBlock?.parameters.map((p) => p.name.name)).toEqual(['x']);
    expect(sb.scriptBlock.statements).toHaveLength(1);
    const script = parseScript("param([string]$Name = 'x')\n\"Hello $Name\"");
    expect(script.paramBlock?.parameters.map((p) => p.name.name)).toEqual(['Name']);
    expect(script.statements).toHaveLength(1);
  });
});

describe('colouring', () => {
  it('keywords, the function name as a command, attributes and types', () => {
    const source = "function Get-X { param([Parameter(Mandatory)][int]$N) begin { } process { $N } end { } }";
    const highlights = highlightTokens(source);
    const of = (kind: string) => highlights.filter((h) => h.kind === kind).map((h) => source.slice(h.start, h.end));
    expect(of('keyword')).toEqual(['function', 'param', 'begin', 'process', 'end']);
    expect(of('command')).toEqual(['Get-X']);
    expect(of('type')).toEqual(expect.arrayContaining(['Parameter', '[int]']));
    expect(of('variable')).toEqual(['$N', '$N']);
  });
});
