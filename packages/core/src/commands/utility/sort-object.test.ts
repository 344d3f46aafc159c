import { describe, expect, it } from 'vitest';
import { output, run } from './test-support/run.js';

const rows = "$r = @([pscustomobject]@{ N = 'x'; A = 2 }, [pscustomobject]@{ N = 'y'; A = 1 }, [pscustomobject]@{ N = 'z'; A = 2 }, [pscustomobject]@{ N = 'w'; A = $null }); ";

describe('Sort-Object', () => {
  it('sorts values ascending or descending', async () => {
    expect(await output('5,3,9,1 | Sort-Object')).toEqual([1, 3, 5, 9]);
    expect(await output('5,3,9,1 | sort -Descending')).toEqual([9, 5, 3, 1]);
  });

  it('compares strings case-insensitively unless -CaseSensitive', async () => {
    expect(await output("'b','A','a','B' | Sort-Object")).toEqual(['A', 'a', 'b', 'B']);
    expect(await output("'b','A','a','B' | Sort-Object -CaseSensitive")).toEqual(['a', 'A', 'b', 'B']);
  });

  it('sorts by a property, stably, with $null first', async () => {
    expect(await output(`${rows}$r | Sort-Object A | ForEach-Object N`)).toEqual(['w', 'y', 'x', 'z']);
  });

  it('lets calculated properties choose their own direction', async () => {
    expect(await output(`${rows}$r | Sort-Object @{ Expression = 'A'; Descending = $true }, N | ForEach-Object N`)).toEqual(['x', 'z', 'y', 'w']);
    expect(await output(`${rows}$r | Sort-Object { $_.N } -Descending | ForEach-Object N`)).toEqual(['z', 'y', 'x', 'w']);
  });

  it('removes repeated keys with -Unique', async () => {
    expect(await output("'b','A','a','B' | Sort-Object -Unique")).toEqual(['A', 'b']);
    expect(await output(`${rows}$r | Sort-Object A -Unique | ForEach-Object N`)).toEqual(['w', 'y', 'x']);
  });

  it('keeps the first or last few with -Top and -Bottom', async () => {
    expect(await output('7,1,9,4 | Sort-Object -Top 2')).toEqual([1, 4]);
    expect(await output('7,1,9,4 | Sort-Object -Bottom 2')).toEqual([7, 9]);
  });

  it('orders numeric values numerically, not as text', async () => {
    expect(await output('10, 9, 100 | Sort-Object')).toEqual([9, 10, 100]);
  });

  it('rejects an invalid hashtable key', async () => {
    expect((await run("1 | Sort-Object @{ Name = 'x'; Expression = 'A' }")).errors[0]?.message).toBe('The "Name" key is not valid.');
  });
});
