import { describe, expect, it } from 'vitest';
import { PSObject } from '../../values/model.js';
import { output, run } from './test-support/run.js';

const props = (value: unknown): [string, unknown][] => (value instanceof PSObject ? value.properties.entries() : []);

describe('Select-Object -Property', () => {
  it('selects named properties into a Selected.* object', async () => {
    const [date] = await output('Get-Date -Date 2026-03-01T10:20:00 | Select-Object Year, Month');
    expect(props(date)).toEqual([['Year', 2026], ['Month', 3]]);
    expect(date instanceof PSObject && date.typeNames[0]).toBe('Selected.System.DateTime');
  });

  it('takes the object\'s spelling of a name and adds missing ones as $null', async () => {
    const [obj] = await output('[pscustomobject]@{ Name = 1 } | Select-Object name, Missing');
    expect(props(obj)).toEqual([['Name', 1], ['Missing', null]]);
  });

  it('builds calculated properties with Name/Label/N/L and Expression/E', async () => {
    const [obj] = await output(
      "[pscustomobject]@{ a = 1; b = 2; c = 3 } | Select-Object a, @{ n = 'd'; e = { $_.b * 10 } }, @{ Label = 'x'; Expression = 'c' }, @{ E = { 'y' } }",
    );
    expect(props(obj)).toEqual([['a', 1], ['d', 20], ['x', 3], [" 'y' ", 'y']]);
  });

  it('expands wildcards and honours -ExcludeProperty', async () => {
    const [obj] = await output('[pscustomobject]@{ ab = 1; ac = 2; b = 3 } | Select-Object a* -ExcludeProperty ac');
    expect(props(obj)).toEqual([['ab', 1]]);
    const [all] = await output('[pscustomobject]@{ a = 1; b = 2; c = 3 } | Select-Object -ExcludeProperty b');
    expect(props(all)).toEqual([['a', 1], ['c', 3]]);
  });

  it('rejects an invalid calculated property key', async () => {
    const result = await run("[pscustomobject]@{ a = 1 } | Select-Object @{ foo = 'a' }");
    expect(result.errors[0]?.message).toBe('The "foo" key is not valid.');
  });

  it('reports a duplicated property name', async () => {
    const result = await run("[pscustomobject]@{ a = 1 } | Select-Object a, @{ n = 'A'; e = { 2 } }");
    expect(props(result.output[0])).toEqual([['a', 1]]);
    expect(result.errors[0]?.message).toBe('The property cannot be processed because the property "A" already exists.');
  });
});

describe('Select-Object -ExpandProperty', () => {
  it('outputs the value, unrolling collections', async () => {
    expect(await output("[pscustomobject]@{ T = 'a','b' }, [pscustomobject]@{ T = 'c' } | Select-Object -ExpandProperty T")).toEqual(['a', 'b', 'c']);
  });

  it('adds the -Property values to expanded objects', async () => {
    const out = await output("[pscustomobject]@{ N = 'x'; T = @([pscustomobject]@{ V = 1 }, [pscustomobject]@{ V = 2 }) } | Select-Object N -ExpandProperty T");
    expect(out.map(props)).toEqual([
      [['V', 1], ['N', 'x']],
      [['V', 2], ['N', 'x']],
    ]);
  });

  it('reports a missing property', async () => {
    const result = await run('[pscustomobject]@{ a = 1 } | Select-Object -ExpandProperty nope');
    expect(result.errors[0]?.message).toBe('Property "nope" cannot be found.');
  });
});

describe('Select-Object by position', () => {
  it.each([
    ['-First 3', [1, 2, 3]],
    ['-Last 3', [8, 9, 10]],
    ['-Skip 8', [9, 10]],
    ['-Skip 2 -First 2', [3, 4]],
    ['-Last 3 -Skip 2', [6, 7, 8]],
    ['-First 2 -Last 2', [1, 2, 9, 10]],
    ['-SkipLast 7', [1, 2, 3]],
    ['-Index 1,3', [2, 4]],
    ['-First 0', []],
  ])('1..10 | Select-Object %s', async (args, expected) => {
    expect(await output(`1..10 | Select-Object ${args}`)).toEqual(expected);
  });

  it('drops $null input', async () => {
    expect(await output('1, $null, 2 | Select-Object')).toEqual([1, 2]);
  });

  it('stops the upstream commands once -First has what it needs', async () => {
    const out = await output('$n = 0; 1..1000000 | ForEach-Object { $n++; $_ * 2 } | Select-Object -First 3; $n');
    expect(out.slice(0, 3)).toEqual([2, 4, 6]);
    expect(out[3]).toBeLessThan(10);
  });

  it('lets the producer finish with -Wait', async () => {
    expect(await output('$n = 0; 1..50 | ForEach-Object { $n++; $_ } | Select-Object -First 1 -Wait; $n')).toEqual([1, 50]);
  });
});

describe('Select-Object -Unique', () => {
  it('keeps the first of identical objects, comparing strings case-sensitively', async () => {
    expect(await output("'b','a','b','B' | Select-Object -Unique")).toEqual(['b', 'a', 'B']);
  });

  it('compares selected objects property by property', async () => {
    const out = await output("[pscustomobject]@{ a = 1; b = 2 }, [pscustomobject]@{ a = 1; b = 3 } | Select-Object a -Unique");
    expect(out.map(props)).toEqual([[['a', 1]]]);
  });
});
