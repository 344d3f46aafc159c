import { describe, expect, it } from 'vitest';
import { PSObject } from '../../values/model.js';
import { output } from './test-support/run.js';

describe('ConvertTo-Csv', () => {
  it('outputs a quoted header and rows; $null is empty and unquoted', async () => {
    expect(await output("[pscustomobject]@{ Name = 'Ada, L'; Q = 'say \"hi\"'; N = $null; E = '' } | ConvertTo-Csv")).toEqual([
      '"Name","Q","N","E"',
      '"Ada, L","say ""hi""",,""',
    ]);
  });

  it('accepts -NoTypeInformation and supports -UseQuotes, -QuoteFields, -Delimiter, -NoHeader', async () => {
    expect(await output("[pscustomobject]@{ A = 'x;y'; B = 'z' } | ConvertTo-Csv -NoTypeInformation -UseQuotes AsNeeded -Delimiter ';'")).toEqual([
      'A;B',
      '"x;y";z',
    ]);
    expect(await output("[pscustomobject]@{ A = 'x'; B = 'z' } | ConvertTo-Csv -QuoteFields B -NoHeader")).toEqual(['x,"z"']);
    expect(await output("[pscustomobject]@{ A = 'x,1' } | ConvertTo-Csv -UseQuotes Never")).toEqual(['A', 'x,1']);
  });

  it('uses the first object\'s columns for every row, and hashtable keys as columns', async () => {
    expect(await output("[pscustomobject]@{ A = 1 }, [pscustomobject]@{ B = 2; A = 3 } | ConvertTo-Csv")).toEqual(['"A"', '"1"', '"3"']);
    expect(await output("[ordered]@{ K = 'v'; L = 2 } | ConvertTo-Csv")).toEqual(['"K","L"', '"v","2"']);
  });

  it('is read back by ConvertFrom-Csv', async () => {
    const [row] = await output("[pscustomobject]@{ A = 'x, \"y\"'; B = 2 } | ConvertTo-Csv | ConvertFrom-Csv");
    expect(row instanceof PSObject && row.properties.entries()).toEqual([['A', 'x, "y"'], ['B', '2']]);
  });
});
