import { describe, expect, it } from 'vitest';
import { type FormattedChunk } from '../../format/index.js';
import { displayed, output } from './test-support/run.js';

describe('Format-List', () => {
  it('emits one list item per object as format data', async () => {
    const out = await output('[pscustomobject]@{ a = 1 }, [pscustomobject]@{ a = 2 } | Format-List');
    expect(out.map((c) => (c as FormattedChunk).chunk)).toEqual([
      { kind: 'list', items: [[{ name: 'a', value: '1' }]] },
      { kind: 'list', items: [[{ name: 'a', value: '2' }]] },
    ]);
  });

  it('shows every property, padded, even for a table-sized object', async () => {
    expect(await displayed("[pscustomobject]@{ Name = 'Ada'; Id = 7 } | fl")).toBe('\nName : Ada\nId   : 7\n\n');
  });

  it('shows chosen and calculated properties', async () => {
    expect(await displayed("Get-Date -Date '2026-03-01' | Format-List Year, @{ Label = 'Next'; Expression = { $_.Year + 1 } }")).toBe('\nYear : 2026\nNext : 2027\n\n');
  });

  it('expands * per object', async () => {
    expect(await displayed('[pscustomobject]@{ a = 1 }, [pscustomobject]@{ b = 2 } | Format-List *')).toBe('\na : 1\n\nb : 2\n\n');
  });
});
