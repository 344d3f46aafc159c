import { describe, expect, it } from 'vitest';
import { PSObject } from '../../values/model.js';
import { output } from './test-support/run.js';

const props = (value: unknown): [string, unknown][] => (value instanceof PSObject ? value.properties.entries() : []);

describe('ConvertFrom-Csv', () => {
  it('turns piped lines into objects with string properties', async () => {
    expect((await output("'Name,Age', 'Ada,36', 'Bob' | ConvertFrom-Csv")).map(props)).toEqual([
      [['Name', 'Ada'], ['Age', '36']],
      [['Name', 'Bob'], ['Age', null]],
    ]);
  });

  it('uses -Header and -Delimiter', async () => {
    expect((await output("'1;a', '2;b' | ConvertFrom-Csv -Delimiter ';' -Header Id, V")).map(props)).toEqual([
      [['Id', '1'], ['V', 'a']],
      [['Id', '2'], ['V', 'b']],
    ]);
  });

  it('keeps a quoted field that spans lines', async () => {
    expect((await output("'A,B', '\"one', 'two\",3' | ConvertFrom-Csv")).map(props)).toEqual([[['A', 'one\ntwo'], ['B', '3']]]);
  });
});
