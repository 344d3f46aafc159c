import { describe, expect, it } from 'vitest';
import { PSDateTime, PSHashtable, PSObject } from '../../values/model.js';
import { output, run } from './test-support/run.js';

describe('ConvertFrom-Json', () => {
  it('round-trips objects through ConvertTo-Json', async () => {
    const out = await output(
      "$o = [pscustomobject]@{ Name = 'Ada'; Tags = 'a','b'; Inner = [pscustomobject]@{ N = 2 } }; ($o | ConvertTo-Json | ConvertFrom-Json).Inner.N; ($o | ConvertTo-Json | ConvertFrom-Json).Tags",
    );
    expect(out).toEqual([2, 'a', 'b']);
  });

  it('creates PSCustomObjects in key order', async () => {
    const [obj] = await output(`'{"b":1,"a":[1,2],"c":null}' | ConvertFrom-Json`);
    expect(obj).toBeInstanceOf(PSObject);
    expect((obj as PSObject).properties.entries()).toEqual([['b', 1], ['a', [1, 2]], ['c', null]]);
  });

  it('enumerates a top-level array unless -NoEnumerate', async () => {
    expect(await output("'[1,2,3]' | ConvertFrom-Json | Measure-Object -Sum | ForEach-Object Sum")).toEqual([6]);
    expect(await output("'[1,2,3]' | ConvertFrom-Json -NoEnumerate | Measure-Object | ForEach-Object Count")).toEqual([1]);
  });

  it('returns hashtables with -AsHashtable', async () => {
    const [h] = await output(`'{"A":1,"b":{"c":2}}' | ConvertFrom-Json -AsHashtable`);
    expect(h).toBeInstanceOf(PSHashtable);
    expect((h as PSHashtable).get('b')).toBeInstanceOf(PSHashtable);
  });

  it('joins piped lines that form one document', async () => {
    expect(await output("'{', '\"a\": 1', '}' | ConvertFrom-Json | ForEach-Object a")).toEqual([1]);
  });

  it('parses each piped string that is a whole document on its own', async () => {
    expect(await output("'{\"a\":1}', '{\"a\":2}' | ConvertFrom-Json | ForEach-Object a")).toEqual([1, 2]);
  });

  it('reads ISO dates as DateTime', async () => {
    const [d] = await output(`'"2026-03-01T10:00:00Z"' | ConvertFrom-Json`);
    expect(d).toBeInstanceOf(PSDateTime);
  });

  it('reports invalid JSON as a terminating error', async () => {
    const result = await run("'{bad' | ConvertFrom-Json; 'after'");
    expect(result.errors[0]?.message).toMatch(/^Conversion from JSON failed with error: /);
    expect(result.output).toEqual(['after']);
  });
});
