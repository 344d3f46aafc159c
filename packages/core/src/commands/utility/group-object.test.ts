import { describe, expect, it } from 'vitest';
import { PSHashtable, PSObject } from '../../values/model.js';
import { displayed, output } from './test-support/run.js';

const shape = (g: unknown): unknown => (g instanceof PSObject ? Object.fromEntries(g.properties.entries()) : g);

describe('Group-Object', () => {
  it('emits GroupInfo records (Count, Name, Group, Values) sorted by value, case-insensitively', async () => {
    const groups = await output("'b','a','B','c','a' | Group-Object");
    expect(groups.map(shape)).toEqual([
      { Count: 2, Name: 'a', Group: ['a', 'a'], Values: ['a'] },
      { Count: 2, Name: 'b', Group: ['b', 'B'], Values: ['b'] },
      { Count: 1, Name: 'c', Group: ['c'], Values: ['c'] },
    ]);
    expect(groups[0] instanceof PSObject && groups[0].typeNames[0]).toBe('Microsoft.PowerShell.Commands.GroupInfo');
  });

  it('separates case with -CaseSensitive', async () => {
    expect((await output("'a','A' | Group-Object -CaseSensitive")).map((g) => (g as PSObject).get('Name'))).toEqual(['a', 'A']);
  });

  it('groups by properties; the name joins the values', async () => {
    const script = "[pscustomobject]@{ D = 'IT'; L = 1 }, [pscustomobject]@{ D = 'HR'; L = 2 }, [pscustomobject]@{ D = 'IT'; L = 1 }";
    expect((await output(`${script} | Group-Object D, L`)).map((g) => [(g as PSObject).get('Name'), (g as PSObject).get('Count')])).toEqual([
      ['HR, 2', 1],
      ['IT, 1', 2],
    ]);
    expect((await output(`${script} | Group-Object { $_.L * 10 }`)).map((g) => (g as PSObject).get('Name'))).toEqual(['10', '20']);
  });

  it('leaves the elements out with -NoElement and shows Count and Name', async () => {
    const [g] = await output("'x','x' | Group-Object -NoElement");
    expect(shape(g)).toEqual({ Count: 2, Name: 'x', Values: ['x'] });
    expect(await displayed("'x','x','y' | Group-Object -NoElement")).toBe('\nCount Name\n----- ----\n    2 x\n    1 y\n\n');
  });

  it('shows the default table Count, Name, Group', async () => {
    expect(await displayed("'a','b','a' | Group-Object")).toBe('\nCount Name Group\n----- ---- -----\n    2 a    {a, a}\n    1 b    {b}\n\n');
  });

  it('returns one hashtable with -AsHashTable', async () => {
    const [table] = await output("[pscustomobject]@{ D = 'IT'; N = 1 }, [pscustomobject]@{ D = 'HR'; N = 2 } | Group-Object D -AsHashTable");
    expect(table).toBeInstanceOf(PSHashtable);
    expect((table as PSHashtable).keys()).toEqual(['HR', 'IT']);
    expect(await output("($x = 'a','b','a' | Group-Object -AsHashTable).a.Count")).toEqual([2]);
  });
});
