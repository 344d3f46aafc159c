import { describe, expect, it } from 'vitest';
import { output } from './test-support/run.js';

describe('Write-Output', () => {
  it('unrolls collections unless -NoEnumerate', async () => {
    expect(await output('Write-Output 1,2,3 | Measure-Object | ForEach-Object Count')).toEqual([3]);
    expect(await output('Write-Output -NoEnumerate 1,2,3 | Measure-Object | ForEach-Object Count')).toEqual([1]);
    expect(await output("echo 'a' | write")).toEqual(['a']);
  });

  it('takes every argument as -InputObject (ValueFromRemainingArguments)', async () => {
    expect(await output('echo a b c')).toEqual(['a', 'b', 'c']);
    expect(await output('Write-Output a -NoEnumerate b | Measure-Object | ForEach-Object Count')).toEqual([1]);
    expect(await output('echo 1,2 3 | Measure-Object | ForEach-Object Count')).toEqual([2]);
    expect(await output('echo -x')).toEqual(['-x']);
  });

  it('accepts an empty collection (AllowEmptyCollection)', async () => {
    expect(await output('echo @()')).toEqual([]);
    expect(await output('Write-Output -NoEnumerate @() | Measure-Object | ForEach-Object Count')).toEqual([1]);
  });

  it('passes piped objects through', async () => {
    expect(await output('1..3 | Write-Output')).toEqual([1, 2, 3]);
  });
});
