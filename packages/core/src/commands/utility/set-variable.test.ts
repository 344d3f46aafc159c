import { describe, expect, it } from 'vitest';
import { PSObject } from '../../values/model.js';
import { output, run } from './test-support/run.js';

describe('Set-Variable', () => {
  it('sets one or more variables', async () => {
    expect(await output('Set-Variable -Name lifetime -Value 60; $lifetime')).toEqual([60]);
    expect(await output('Set-Variable a, b 0; $a + $b')).toEqual([0]);
  });

  it('collects piped values into the variable', async () => {
    expect(await output('1, 2, 3 | Set-Variable many; $many.Count; 7 | Set-Variable one; $one')).toEqual([3, 7]);
  });

  it('emits the variable with -PassThru', async () => {
    const [v] = await output('Set-Variable q 42 -PassThru');
    expect(v instanceof PSObject && [v.get('Name'), v.get('Value')]).toEqual(['q', 42]);
  });

  it('changes nothing under -WhatIf', async () => {
    const result = await run('Set-Variable w 1 -WhatIf; $null -eq $w');
    expect(result.output).toEqual([true]);
    expect(result.information[0]?.hostText).toBe('What if: Performing the operation "Set variable" on target "Name: w Value: 1".');
  });
});
