/**
 * while / do-while / do-until / for: node shapes and the source each node and part covers, and
 * how their keywords are coloured. Tree shapes in S-expression form are in expressions.test.ts,
 * error texts in parse-errors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Ast } from './ast.js';
import { highlightTokens } from './tokenize.js';
import { only } from './test-support/only-statement.js';

function text(source: string, node: Ast | undefined): string | undefined {
  return node ? source.slice(node.span.start, node.span.end) : undefined;
}

describe('loop statements: nodes and spans', () => {
  it('while: condition and body', () => {
    const source = 'while ($i -lt 3) { $i; $i++ }';
    const node = only(source);
    if (node.type !== 'While') throw new Error(node.type);
    expect(text(source, node)).toBe(source);
    expect(text(source, node.condition)).toBe('$i -lt 3');
    expect(text(source, node.body)).toBe('{ $i; $i++ }');
    expect(node.body.statements).toHaveLength(2);
  });

  it('do-while and do-until end at the closing parenthesis', () => {
    const source = "do { 'x' }\nwhile ($false)";
    const doWhile = only(source);
    if (doWhile.type !== 'DoWhile') throw new Error(doWhile.type);
    expect(text(source, doWhile)).toBe(source);
    expect(text(source, doWhile.body)).toBe("{ 'x' }");
    expect(text(source, doWhile.condition)).toBe('$false');

    const until = 'DO { $n++ } UNTIL ($n -ge 3)';
    const doUntil = only(until);
    if (doUntil.type !== 'DoUntil') throw new Error(doUntil.type);
    expect(text(until, doUntil)).toBe(until);
    expect(text(until, doUntil.condition)).toBe('$n -ge 3');
  });

  it('for: each part, or none', () => {
    const source = 'for ($i = 0; $i -lt 5; $i++) { $i }';
    const node = only(source);
    if (node.type !== 'For') throw new Error(node.type);
    expect(text(source, node)).toBe(source);
    expect(text(source, node.initializer)).toBe('$i = 0');
    expect(text(source, node.condition)).toBe('$i -lt 5');
    expect(text(source, node.iterator)).toBe('$i++');
    expect(text(source, node.body)).toBe('{ $i }');

    const empty = only('for (;;) { }');
    if (empty.type !== 'For') throw new Error(empty.type);
    expect(empty).not.toHaveProperty('initializer');
    expect(empty).not.toHaveProperty('condition');
    expect(empty).not.toHaveProperty('iterator');
  });

  it('a for part may be a command pipeline', () => {
    const source = 'for ($x = Get-X | Get-Y; Test-X; Step-X) { }';
    const node = only(source);
    if (node.type !== 'For') throw new Error(node.type);
    expect(text(source, node.initializer)).toBe('$x = Get-X | Get-Y');
    expect(node.condition?.type).toBe('Pipeline');
    expect(text(source, node.iterator)).toBe('Step-X');
  });

  it('is no longer run as a command named while/do/for', () => {
    for (const source of ['while ($a) { }', 'do { } while ($a)', 'for (;;) { }']) {
      expect(only(source).type).not.toBe('Pipeline');
    }
  });
});

describe('loop statements: colouring', () => {
  it('colours loop keywords, including while/until after do', () => {
    const source = 'do { $n++ } until ($n -ge 3); while ($a) { }; for (;;) { break }';
    const keywords = highlightTokens(source)
      .filter((h) => h.kind === 'keyword')
      .map((h) => source.slice(h.start, h.end));
    expect(keywords).toEqual(['do', 'until', 'while', 'for', 'break']);
  });
});
