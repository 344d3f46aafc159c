/** The switch statement through a session: matching modes, every matching clause, default, break/continue, $_ and $Matches. */
import { describe, expect, it } from 'vitest';
import { utilityCmdlets } from '../commands/utility/index.js';
import { collect, createSession } from '../session/index.js';
import { memoryEnvironment } from './scope.js';

async function run(script: string) {
  return collect(createSession({ commands: utilityCmdlets, environment: memoryEnvironment({}) }).run(script));
}

describe('evaluator: switch', () => {
  it('runs every clause that matches, in order, and default only when none did', async () => {
    const r = await run(`switch (2) { 1 { 'one' } 2 { 'two' } '2' { 'two again' } default { 'other' } }
switch ('zzz') { a { 'a' } default { 'default' } }`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['two', 'two again', 'default']);
  });

  it('compares like -eq: case-insensitive, converting to the value type; -CaseSensitive and -Exact', async () => {
    const r = await run(`switch ('ABC') { abc { 'ci' } }
switch -CaseSensitive ('ABC') { abc { 'no' } ABC { 'cs' } }
switch -Exact ('a*') { 'a*' { 'exact' } 'ab' { 'no' } }
switch ('5') { 5 { 'number' } }`);
    expect(r.output).toEqual(['ci', 'cs', 'exact', 'number']);
  });

  it('iterates arrays element by element with $_; a scalar or $null counts once, an empty array not at all', async () => {
    const r = await run(`switch (1, 2, 3) { 2 { "two:$_" } default { "x$_" } }
switch ($null) { $null { 'null' } }
switch (@()) { default { 'never' } }
$list = 'a', 'b'
switch ($list) { { $true } { $_.ToUpper() } }`);
    expect(r.output).toEqual(['x1', 'two:2', 'x3', 'null', 'A', 'B']);
  });

  it('-Wildcard and -Regex (which sets $Matches)', async () => {
    const r = await run(`switch -Wildcard ('report.csv', 'notes.txt') { '*.csv' { "csv $_" } 'NOTES*' { "notes $_" } }
switch -Regex ('user@contoso.com') { '^(\\w+)@(.+)$' { "$($Matches[1]) at $($Matches[2])" } 'nomatch' { 'no' } }
switch -Regex -CaseSensitive ('ABC') { '^a' { 'lower' } '^A' { 'upper' } }`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['csv report.csv', 'notes notes.txt', 'user at contoso.com', 'upper']);
  });

  it('script block conditions test $_ in any mode', async () => {
    const r = await run(`switch (3, 7, 12) { { $_ -gt 5 } { "big $_" } { $_ % 2 -eq 0 } { "even $_" } default { "small $_" } }`);
    expect(r.output).toEqual(['small 3', 'big 7', 'big 12', 'even 12']);
  });

  it('break ends the whole switch, continue moves to the next element', async () => {
    const r = await run(`switch (1, 2, 3, 4) { 2 { 'two'; continue } { $_ -ge 2 } { "ge $_" } 3 { break } }
'after'`);
    expect(r.output).toEqual(['two', 'ge 3', 'after']);
  });

  it('break inside a loop inside a clause ends only that loop; a switch in a loop takes continue for itself', async () => {
    const r = await run(`switch (1) { 1 { foreach ($i in 1..3) { if ($i -eq 2) { break }; "i$i" }; 'clause done' } }
foreach ($n in 1..3) { switch ($n) { 2 { continue } } "n$n" }`);
    expect(r.output).toEqual(['i1', 'clause done', 'n1', 'n2', 'n3']);
  });

  it('clause bodies see and set variables of the enclosing scope; the enclosing $_ comes back after', async () => {
    const r = await run(`$count = 0
switch (1, 2) { default { $count++ } }
$count
'outer' | ForEach-Object { switch ('inner') { default { $_ } }; $_ }`);
    expect(r.output).toEqual([2, 'inner', 'outer']);
  });

  it('works inside functions with pipeline input', async () => {
    const r = await run(`function Get-Kind { process { switch -Wildcard ($_) { '*@*' { 'email' } default { 'name' } } } }
'ada@contoso.com', 'Grace' | Get-Kind`);
    expect(r.output).toEqual(['email', 'name']);
  });
});
