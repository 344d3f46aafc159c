import { describe, expect, it } from 'vitest';
import { PSObject } from '../../values/model.js';
import { displayed, output, run } from './test-support/run.js';

describe('Get-Variable', () => {
  it('returns PSVariable records by name or wildcard, sorted by name', async () => {
    const out = await output('$tapB = 2; $tapA = 1; Get-Variable tap*');
    expect(out.map((v) => v instanceof PSObject && [v.get('Name'), v.get('Value')])).toEqual([
      ['tapA', 1],
      ['tapB', 2],
    ]);
    expect(await displayed('$x = 5; Get-Variable x')).toBe('\nName Value\n---- -----\nx        5\n\n');
  });

  it('returns the values with -ValueOnly and honours -Exclude', async () => {
    expect(await output('$v1 = 1; $v2 = 2; Get-Variable v? -Exclude v2 -ValueOnly')).toEqual([1]);
  });

  it('reports a missing variable named without wildcards', async () => {
    const result = await run('Get-Variable nosuchvariable; Get-Variable nosuch*');
    expect(result.errors.map((e) => e.message)).toEqual(["Cannot find a variable with the name 'nosuchvariable'."]);
  });
});
