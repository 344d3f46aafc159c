import { describe, expect, it } from 'vitest';
import { output, run } from './test-support/run.js';

const people =
  "$p = @([pscustomobject]@{ N = 'Ann'; D = 'Sales'; A = 30; E = $true; T = @('x','y') }, " +
  "[pscustomobject]@{ N = 'bob'; D = 'IT'; A = 25; E = $false; T = @('z') }, " +
  "[pscustomobject]@{ N = 'Cy'; D = 'sales'; A = 41; E = $true; T = @() }); ";

describe('Where-Object', () => {
  it('filters with a positional script block', async () => {
    expect(await output('1..5 | Where-Object { $_ -gt 2 } | ForEach-Object { $_ * 10 }')).toEqual([30, 40, 50]);
    expect(await output('1..5 | ? { $_ % 2 } ')).toEqual([1, 3, 5]);
    expect(await output('1..3 | where -FilterScript { $PSItem -eq 2 }')).toEqual([2]);
  });

  it.each([
    ["D -eq 'sales'", ['Ann', 'Cy']],
    ["D -ceq 'sales'", ['Cy']],
    ["D -ne 'sales'", ['bob']],
    ['A -gt 29', ['Ann', 'Cy']],
    ['A -le 30', ['Ann', 'bob']],
    ["N -like 'c*'", ['Cy']],
    ["N -clike 'c*'", []],
    ["N -notlike '*o*'", ['Ann', 'Cy']],
    ["N -match '^[AB]'", ['Ann', 'bob']],
    ["N -cmatch '^[AB]'", ['Ann']],
    ["N -in 'bob','Cy'", ['bob', 'Cy']],
    ["N -notin 'bob','Cy'", ['Ann']],
    ["T -contains 'z'", ['bob']],
    ["T -notcontains 'z'", ['Ann', 'Cy']],
    ['A -is [int]', ['Ann', 'bob', 'Cy']],
    ['E', ['Ann', 'Cy']],
    ['-Not E', ['bob']],
    ["D 'IT'", ['bob']],
    ['-Property A -Value 25 -EQ', ['bob']],
  ])('simplified syntax: Where-Object %s', async (filter, names) => {
    expect(await output(`${people}$p | Where-Object ${filter} | ForEach-Object N`)).toEqual(names);
  });

  it('requires -Value with a comparison switch', async () => {
    const result = await run(`${people}$p | Where-Object A -gt`);
    expect(result.output).toEqual([]);
    expect(result.errors[0]?.message).toBe(
      'The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try again.',
    );
  });

  it('passes $null through a script block test on $_', async () => {
    expect(await output("1, $null, 2 | Where-Object { $null -eq $_ } | ForEach-Object { 'seen' }")).toEqual(['seen']);
  });
});
