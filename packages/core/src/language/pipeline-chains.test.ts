/**
 * PowerShell 7's pipeline chain operators `&&` and `||` in the front end: chains group from the
 * left, sit above `|` and below `=`, appear wherever a pipeline may (statements, `( )`, `$( )`,
 * conditions), continue after a trailing operator on the next line, and fail with PowerShell's
 * errors. Colouring and completion see a new command after the operator.
 */
import { describe, expect, it } from 'vitest';
import { expectParseError, parseErrorOf } from './test-support/parse-error-of.js';
import { analyzeCursor } from './analyze-cursor.js';
import { isIncompleteInput } from './parse-script.js';
import { only } from './test-support/only-statement.js';
import { parse } from './test-support/sexpr.js';
import { highlightTokens } from './tokenize.js';

describe('shapes', () => {
  it.each([
    ['Get-X && Get-Y', '(&& (cmd Get-X) (cmd Get-Y))'],
    ['Get-X || Get-Y', '(|| (cmd Get-X) (cmd Get-Y))'],
    ['a && b || c', '(|| (&& (cmd a) (cmd b)) (cmd c))'],
    ['a || b && c', '(&& (|| (cmd a) (cmd b)) (cmd c))'],
    ['Get-X -A 1 | Get-Y && Get-Z -B', '(&& (| (cmd Get-X -A 1) (cmd Get-Y)) (cmd Get-Z -B))'],
    ["Get-X && 'ok'", "(&& (cmd Get-X) 'ok')"],
    ["1 + 1 && 'Hi'", "(&& (+ 1 1) 'Hi')"],
    ["'a' && 1,2 | Get-Y", "(&& 'a' (| (, 1 2) (cmd Get-Y)))"],
    ['Get-X&&Get-Y', '(&& (cmd Get-X) (cmd Get-Y))'],
    ['a &&\n  b', '(&& (cmd a) (cmd b))'],
    ['a ||\n\n  b', '(|| (cmd a) (cmd b))'],
    // An assignment takes the whole chain as its value.
    ['$x = a && b', '(= $x (&& (cmd a) (cmd b)))'],
    ['$x = $y = a || b', '(= $x (= $y (|| (cmd a) (cmd b))))'],
    // Wherever a pipeline goes.
    ['(a && b) && c', '(&& (paren (&& (cmd a) (cmd b))) (cmd c))'],
    ['$(a || b)', '($ (|| (cmd a) (cmd b)))'],
    ['if (a && b) { c }', '(if (&& (cmd a) (cmd b)) {(cmd c)})'],
    ['while (a || b) { }', '(while (|| (cmd a) (cmd b)) {})'],
    ['foreach ($i in a && b) { }', '(foreach $i (&& (cmd a) (cmd b)) {})'],
    ['@{ k = a && b }', '(@{ k=(&& (cmd a) (cmd b))})'],
    // A line break ends the chain, as it ends a pipeline.
    ['a; b && c', '(cmd a); (&& (cmd b) (cmd c))'],
  ])('%j', (source, expected) => {
    expect(parse(source)).toBe(expected);
  });

  it('spans the whole chain, each pipeline keeping its own span', () => {
    const source = 'Get-X -A 1 && Get-Y || Get-Z';
    const chain = only(source);
    if (chain.type !== 'PipelineChain' || chain.left.type !== 'PipelineChain') throw new Error('expected a chain of three');
    expect(source.slice(chain.span.start, chain.span.end)).toBe(source);
    expect(source.slice(chain.left.span.start, chain.left.span.end)).toBe('Get-X -A 1 && Get-Y');
    expect(source.slice(chain.left.left.span.start, chain.left.left.span.end)).toBe('Get-X -A 1');
    expect(source.slice(chain.right.span.start, chain.right.span.end)).toBe('Get-Z');
    expect(chain.operator).toBe('||');
    expect(chain.left.operator).toBe('&&');
  });
});

/** [input, errorId, message, offending text, incomplete] */
const ERRORS: [string, string, string, string, boolean][] = [
  ['Get-X &&', 'EmptyPipelineChainElement', 'A pipeline chain operator must be followed by a pipeline.', '', true],
  ['Get-X || ', 'EmptyPipelineChainElement', 'A pipeline chain operator must be followed by a pipeline.', '', true],
  ['Get-X &&\n', 'EmptyPipelineChainElement', 'A pipeline chain operator must be followed by a pipeline.', '', true],
  ['Get-X && ; Get-Y', 'EmptyPipelineChainElement', 'A pipeline chain operator must be followed by a pipeline.', ';', false],
  ['Get-X && || Get-Y', 'EmptyPipelineChainElement', 'A pipeline chain operator must be followed by a pipeline.', '||', false],
  ['(Get-X && )', 'EmptyPipelineChainElement', 'A pipeline chain operator must be followed by a pipeline.', ')', false],
  ['Get-X && | Get-Y', 'EmptyPipelineChainElement', 'A pipeline chain operator must be followed by a pipeline.', '|', false],
  ['Get-X && &', 'MissingExpression', "Missing expression after '&' in pipeline element.", '', true],
  ['Get-X && $x = 1', 'UnexpectedToken', "Unexpected token '=' in expression or statement.", '=', false],
  ['&& Get-X', 'UnexpectedToken', "Unexpected token '&&' in expression or statement.", '&&', false],
  ['Get-X\n&& Get-Y', 'UnexpectedToken', "Unexpected token '&&' in expression or statement.", '&&', false],
];

describe('parse errors', () => {
  it.each(ERRORS)('%j → %s', (source, errorId, message, offending, incomplete) => {
    expectParseError(source, { errorId, message, at: offending, incomplete });
  });

  it('points just after a trailing operator', () => {
    expect(parseErrorOf('Get-X && ').span.start).toBe(8);
  });
});

describe('multi-line input', () => {
  it.each(['Get-X &&', 'Get-X ||', 'Get-X && Get-Y ||\n', '$x = Get-X &&', 'if (Get-X &&'])('%j continues on a >> line', (source) => {
    expect(isIncompleteInput(source)).toBe(true);
  });

  it.each(['Get-X && Get-Y', 'Get-X &&\nGet-Y', "$x ? 1 : 2 && 'ok'"])('%j is complete', (source) => {
    expect(isIncompleteInput(source)).toBe(false);
  });
});

describe('colouring and completion', () => {
  it('colours the command after a chain operator as a command', () => {
    const source = "Get-X -A 1 && Get-Y || 'z'";
    const runs = highlightTokens(source)
      .filter((h) => source.slice(h.start, h.end).trim() !== '')
      .map((h) => `${h.kind}:${source.slice(h.start, h.end)}`);
    expect(runs).toEqual(['command:Get-X', 'parameter:-A', 'number:1', 'operator:&&', 'command:Get-Y', 'operator:||', "string:'z'"]);
  });

  it('completes a command name after &&, || and ??=', () => {
    expect(analyzeCursor('Get-X && Get-', 13)).toMatchObject({ kind: 'command', text: 'Get-' });
    expect(analyzeCursor('Get-X || ', 9)).toMatchObject({ kind: 'command', text: '' });
    expect(analyzeCursor('$x ??= Get-', 11)).toMatchObject({ kind: 'command', text: 'Get-' });
  });

  it('completes parameters of the command after the operator, not before it', () => {
    expect(analyzeCursor('Get-X -A 1 && Get-Y -B', 22)).toMatchObject({ kind: 'parameter', commandName: 'Get-Y', parameterNames: [] });
  });
});
