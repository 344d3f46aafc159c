import { describe, expect, it } from 'vitest';
import { FormattedChunk } from '../../format/index.js';
import { displayed, output } from './test-support/run.js';

describe('Format-Table', () => {
  it('emits format data, not text', async () => {
    const [chunk] = await output('[pscustomobject]@{ a = 1; b = 2 } | Format-Table');
    expect(chunk).toBeInstanceOf(FormattedChunk);
    expect((chunk as FormattedChunk).chunk).toEqual({
      kind: 'table',
      header: true,
      columns: [
        { header: 'a', align: 'right', width: 1 },
        { header: 'b', align: 'right', width: 1 },
      ],
      rows: [['1', '2']],
    });
  });

  it('forces a table even for five or more properties', async () => {
    expect(await displayed('[pscustomobject]@{ a = 1; b = 2; c = 3; d = 4; e = 5 } | ft')).toBe('\na b c d e\n- - - - -\n1 2 3 4 5\n\n');
  });

  it('shows -Property columns with calculated Label, Width, Alignment and FormatString', async () => {
    const text = await displayed(
      "[pscustomobject]@{ N = 'x'; V = 1.5 }, [pscustomobject]@{ N = 'yy'; V = 20 } | Format-Table N, @{ Label = 'Value'; Expression = { $_.V }; FormatString = 'N2'; Alignment = 'Right'; Width = 8 } -AutoSize",
    );
    expect(text).toBe('\nN     Value\n-     -----\nx      1.50\nyy    20.00\n\n');
  });

  it("uses a type's registered default columns", async () => {
    expect(await displayed("'a','b','a' | Group-Object | Format-Table")).toBe('\nCount Name Group\n----- ---- -----\n    2 a    {a, a}\n    1 b    {b}\n\n');
  });

  it('shows hashtables as Name/Value rows and scalars as values', async () => {
    expect(await displayed('[ordered]@{ x = 1; y = 2 } | Format-Table')).toBe('\nName Value\n---- -----\nx        1\ny        2\n\n');
    expect(await displayed("1, 'two' | Format-Table")).toBe('1\ntwo\n');
  });

  it('leaves out the headers with -HideTableHeaders', async () => {
    expect(await displayed("[pscustomobject]@{ a = 1; b = 'x' }, [pscustomobject]@{ a = 22; b = 'y' } | Format-Table -HideTableHeaders")).toBe(' 1 x\n22 y\n');
  });
});
