/**
 * Running pipeline chains (`&&`, `||`) with PowerShell 7's semantics: the right pipeline runs by
 * `$?` after the left one (a non-terminating error makes it false), chains group from the left,
 * `$?` afterwards is that of the last pipeline run, statement-terminating errors are reported and
 * the chain goes on, script-terminating ones (and any error inside `try`) end it.
 */
import { describe, expect, it } from 'vitest';
import { collect, createSession } from '../session/index.js';
import { testEcho, testError, testForEach } from '../session/test-support/script-cmdlets.js';
import { memoryEnvironment } from './scope.js';

async function run(script: string) {
  const session = createSession({ commands: [testEcho, testError, testForEach], environment: memoryEnvironment({}) });
  return collect(session.run(script));
}

describe('&& and ||', () => {
  it('runs the right pipeline after success (&&) or failure (||) of the left one, as about_Pipeline_Chain_Operators shows', async () => {
    expect((await run(`Write-TestEcho First && Write-TestEcho Second`)).output).toEqual(['First', 'Second']);
    const failedAnd = await run(`Write-TestError Bad && Write-TestEcho Second`);
    expect(failedAnd.output).toEqual([]);
    expect(failedAnd.errors.map((e) => e.message)).toEqual(['Bad']);
    expect((await run(`Write-TestEcho First || Write-TestEcho Second`)).output).toEqual(['First']);
    const failedOr = await run(`Write-TestError Bad || Write-TestEcho Second`);
    expect(failedOr.output).toEqual(['Second']);
    expect(failedOr.errors.map((e) => e.message)).toEqual(['Bad']);
  });

  it('chains pipelines and expressions, not just commands', async () => {
    const r = await run(`1 + 1 && 'Hi'
1,2,3 | Test-ForEach { $_ + 1 } && 'done'
'hello' && Write-TestError nope || 'there'; 'hello' || 'there'`);
    expect(r.output).toEqual([2, 'Hi', 2, 3, 4, 'done', 'hello', 'there', 'hello']);
  });

  it('counts a pipeline with a non-terminating error from any of its records as failed', async () => {
    const r = await run(`1,2,3 | Test-ForEach { if ($_ -eq 2) { Write-TestError two } else { $_ } } && 'All done!'`);
    expect(r.output).toEqual([1, 3]);
    expect(r.errors.map((e) => e.message)).toEqual(['two']);
  });

  it('groups from the left: a skipped pipeline leaves $? as it was', async () => {
    // [a || b] && c: a succeeded, b is skipped, $? is still true, so c runs.
    expect((await run(`Write-TestEcho a || Write-TestError b && Write-TestEcho c`)).output).toEqual(['a', 'c']);
    // [a || b] && c: a and b fail, c is skipped.
    expect((await run(`Write-TestError a || Write-TestError b && Write-TestEcho c`)).output).toEqual([]);
    // [a && b] || c: a fails, b is skipped, $? is still false, so c runs.
    expect((await run(`Write-TestError a && Write-TestEcho b || Write-TestEcho c`)).output).toEqual(['c']);
  });

  it('sets $? per pipeline: inside the chain and after it, from the last pipeline that ran', async () => {
    const r = await run(`Write-TestError x || "during: $?"; "after ||: $?"
Write-TestError y && 'never'; "after &&: $?"
Write-TestEcho 1 && Write-TestError z; "after failed right: $?"`);
    expect(r.output).toEqual(['during: False', 'after ||: True', 'after &&: False', 1, 'after failed right: False']);
  });

  it('evaluates nothing of a skipped pipeline', async () => {
    const r = await run(`$n = 0; Write-TestEcho ok || ($n = 1); Write-TestError x && Write-TestEcho ($n = 2); $n`);
    expect(r.output).toEqual(['ok', 0]);
  });

  it('assigns the output of the whole chain, and works in parentheses, subexpressions and conditions', async () => {
    const r = await run(`$x = Write-TestEcho 1 && Write-TestEcho 2; $x.Count
$y = 1 && @(2, 3); $y -join ','
(Write-TestEcho a && Write-TestEcho b).Count
"$(Write-TestError q || 'fallback')"
if ($false && $true) { 'an array of two is true' }
foreach ($z in Write-TestEcho 5 && Write-TestEcho 6) { $z * 10 }`);
    expect(r.output).toEqual([2, '1,2,3', 2, 'fallback', 'an array of two is true', 50, 60]);
  });

  it('reports a statement-terminating error and goes on with $? false', async () => {
    const r = await run(`Get-Nothing || 'fallback'; Get-Nothing && 'never'; 'next'`);
    expect(r.output).toEqual(['fallback', 'next']);
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0]?.message).toMatch(/^The term 'Get-Nothing' is not recognized/);
    expect(r.errors[0]?.position?.span.column).toBe(1);
  });

  it('ends the chain (and the script) on a script-terminating error', async () => {
    const thrown = await run(`$(throw 'Bad') || 'never'; 'not reached'`);
    expect(thrown.output).toEqual([]);
    expect(thrown.errors.map((e) => e.message)).toEqual(['Bad']);
    const stop = await run(`Write-TestEcho 1 && Write-TestError -ErrorAction Stop || 'never'`);
    expect(stop.output).toEqual([1]);
    expect(stop.errors.map((e) => e.message)).toEqual(['bad']);
  });

  it('lets try catch an error of any pipeline, ending the chain', async () => {
    const r = await run(`try { 'Hi' && Get-Nothing || 'Bye' } catch { 'Caught' } finally { 'Final' }
try { $result = Write-TestEcho 2 && $(throw 'Bad') } catch { }; $null -eq $result`);
    expect(r.output).toEqual(['Hi', 'Caught', 'Final', true]);
    expect(r.errors).toEqual([]);
  });

  it('lets break leave a loop from inside a chain', async () => {
    const r = await run(`foreach ($v in 1..3) { Write-TestEcho $v && $(if ($v -eq 2) { break } else { 'go' }) }; 'end'`);
    expect(r.output).toEqual([1, 'go', 2, 'end']);
  });

  it('runs a long chain without one stack frame per operator', async () => {
    const r = await run(`${Array.from({ length: 3000 }, (_, i) => String(i)).join(' && ')} | Test-ForEach { }; 'end'`);
    expect(r.errors).toEqual([]);
    expect(r.output).toHaveLength(3000);
    expect(r.output[2999]).toBe('end');
  });
});
