import { describe, expect, it } from 'vitest';
import { output, run } from './test-support/run.js';

describe('ForEach-Object', () => {
  it('runs the process block for each object with $_', async () => {
    expect(await output('1..3 | ForEach-Object { $_ * 2 }')).toEqual([2, 4, 6]);
    expect(await output("'a','b' | % { $_.ToUpper() }")).toEqual(['A', 'B']);
  });

  it('runs -Begin and -End once, in the caller scope', async () => {
    expect(await output('1..4 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { $sum }')).toEqual([10]);
    expect(await output('1..2 | ForEach-Object -Process { $_ } -End { "done" }')).toEqual([1, 2, 'done']);
  });

  it('maps several -Process blocks to begin, process and end', async () => {
    expect(await output("1..2 | ForEach-Object -Process { 'begin' }, { $_ }, { 'end' }")).toEqual(['begin', 1, 2, 'end']);
    expect(await output("1..2 | ForEach-Object -Process { 'begin' }, { $_ }")).toEqual(['begin', 1, 2]);
  });

  it('maps several positional blocks to begin, process and end as pwsh does', async () => {
    expect(await output("1..3 | ForEach-Object { 'b' } { $_ } { 'e' }")).toEqual(['b', 1, 2, 3, 'e']);
    expect(await output("1..2 | % { 'b' } { $_ }")).toEqual(['b', 1, 2]);
    expect(await output("1..2 | % { 'b' } { $_ } { $_ * 10 } { 'e' }")).toEqual(['b', 1, 10, 2, 20, 'e']);
  });

  it('counts -Begin and -End in the begin/process/end rule', async () => {
    // The blocks form one list, -Begin first: with -End absent the last block is the end block.
    expect(await output("1..2 | % -Begin { 'b' } { $_ } { 'e' }")).toEqual(['b', 1, 2, 'e']);
    expect(await output("1..2 | % -End { 'e' } { 'b' } { $_ } { $_ * 10 }")).toEqual(['b', 1, 10, 2, 20, 'e']);
  });

  it('accepts an empty -Process list', async () => {
    expect(await output("1..2 | ForEach-Object -Process @() -End { 'end' }")).toEqual(['end']);
  });

  it('runs once with $_ = $null when nothing is piped', async () => {
    expect(await output("ForEach-Object { 'once'; $null -eq $_ }")).toEqual(['once', true]);
  });

  it('reads a property with -MemberName, unrolling collections', async () => {
    const script = "[pscustomobject]@{ N = 'a'; T = 1,2 }, [pscustomobject]@{ N = 'b'; T = 3 }";
    expect(await output(`${script} | ForEach-Object N`)).toEqual(['a', 'b']);
    expect(await output(`${script} | ForEach-Object -MemberName T`)).toEqual([1, 2, 3]);
  });

  it('calls a method with -MemberName and -ArgumentList', async () => {
    expect(await output("'a-b','c' | ForEach-Object -MemberName Split -ArgumentList '-'")).toEqual(['a', 'b', 'c']);
    expect(await output("'abc' | ForEach-Object Substring -ArgumentList 1")).toEqual(['bc']);
  });

  it('takes the arguments after the member name as -ArgumentList', async () => {
    expect(await output("'abc','def' | % Substring 1")).toEqual(['bc', 'ef']);
    expect(await output("'abcdef' | ForEach-Object Substring 1 2")).toEqual(['bc']);
    expect(await output("'a-b' | % Split '-'")).toEqual(['a', 'b']);
  });

  it('reports a member that does not exist as a non-terminating error', async () => {
    const result = await run("'x','y' | ForEach-Object -MemberName NoSuchMethod -ArgumentList 1");
    expect(result.errors.map((e) => e.message)).toEqual([
      'Input name "NoSuchMethod" cannot be resolved to a method.',
      'Input name "NoSuchMethod" cannot be resolved to a method.',
    ]);
  });
});
