import { describe, expect, it } from 'vitest';
import { output } from './test-support/run.js';

describe('Out-String', () => {
  it('renders everything as one string, as the screen shows it', async () => {
    expect(await output("1, 'two' | Out-String")).toEqual(['1\ntwo\n']);
    expect(await output('[pscustomobject]@{ a = 1; b = 2 } | Out-String')).toEqual(['\na b\n- -\n1 2\n\n']);
  });

  it('renders Format-Table and Format-List output', async () => {
    expect(await output('[pscustomobject]@{ a = 1; b = 2 } | Format-List | Out-String')).toEqual(['\na : 1\nb : 2\n\n']);
    expect(await output('[pscustomobject]@{ a = 1; b = 2; c = 3; d = 4; e = 5 } | Format-Table | Out-String -NoNewline')).toEqual([
      '\na b c d e\n- - - - -\n1 2 3 4 5\n',
    ]);
  });

  it('streams lines with -Stream', async () => {
    expect(await output('[pscustomobject]@{ a = 1; b = 2 } | Out-String -Stream')).toEqual(['', 'a b', '- -', '1 2']);
    expect(await output("'x', 'y' | Out-String -Stream")).toEqual(['x', 'y']);
  });

  it('fits tables to -Width', async () => {
    const [text] = await output("[pscustomobject]@{ Name = 'a-rather-long-value'; Other = 'another-long-value' } | Out-String -Width 20");
    expect(String(text).split('\n').every((line) => line.length <= 20)).toBe(true);
  });
});
