import { describe, expect, it } from 'vitest';
import { collect, createSession } from '../session/index.js';
import { memoryEnvironment } from './scope.js';
import { testForEach } from '../session/test-support/script-cmdlets.js';

function session() {
  return createSession({ commands: [testForEach], environment: memoryEnvironment({}) });
}
async function run(script: string, s = session()) {
  return collect(s.run(script));
}

describe('evaluator: while, do and for loops', () => {
  it('while tests its condition before each pass', async () => {
    const r = await run(`$i = 0; while ($i -lt 3) { $i; $i++ }
while ($false) { 'never' }
$i`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([0, 1, 2, 3]);
  });

  it('uses PowerShell truthiness for conditions', async () => {
    const r = await run(`$s = 'abc'; while ($s) { $s; $s = $s.Substring(1) }
$list = @(1); while ($list) { 'list'; $list = @() }
$n = 2; while ($n) { $n--; "n$n" }`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['abc', 'bc', 'c', 'list', 'n1', 'n0']);
  });

  it('do runs the body at least once; while loops on true, until on false', async () => {
    const r = await run(`do { 'x' } while ($false)
do { 'once' } until ($true)
$n = 0; do { $n++ } until ($n -ge 3); $n
$m = 0; do { $m += 2 } while ($m -lt 7); $m`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['x', 'once', 3, 8]);
  });

  it('for runs the initializer once, then condition, body and iterator per pass', async () => {
    const r = await run(`for ($i = 0; $i -lt 3; $i++) { $i }
for ($i = 3; $i -gt 0; $i--) { "down $i" }
for ($i = 0; $i -lt 10; $i += 4) { $i }
for (++$k; $k -lt 3; ++$k) { "k$k" }`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([0, 1, 2, 'down 3', 'down 2', 'down 1', 0, 4, 8, 'k1', 'k2']);
  });

  it('for writes nothing from its initializer and iterator, only from its body', async () => {
    const r = await run(`for ('init'; $false; 'step') { 'body' }
$c = 0; for ('init'; $c -lt 2; 'step') { $c++ }; $c`);
    expect(r.output).toEqual([2]);
  });

  it('continue goes to the iterator, break leaves the loop', async () => {
    const r = await run(`for ($i = 0; $i -lt 5; $i++) { if ($i -eq 1) { continue }; if ($i -eq 3) { break }; $i }
$i = 0; while ($true) { $i++; if ($i % 2) { continue }; if ($i -gt 6) { break }; "w$i" }
$j = 0; do { $j++; if ($j -lt 3) { continue }; "d$j" } while ($j -lt 4)
do { 'b'; break; 'never' } until ($false)`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([0, 2, 'w2', 'w4', 'w6', 'd3', 'd4', 'b']);
  });

  it('an empty for (;;) loops until break', async () => {
    const r = await run(`for (;;) { break }; 'after'
$n = 0; for (;;) { if (++$n -ge 4) { break } }; $n`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['after', 4]);
  });

  it('break and continue apply to the innermost loop', async () => {
    const r = await run(`foreach ($a in 1..2) { $j = 0; while ($true) { $j++; if ($j -gt 2) { break }; "$a-$j" } }
for ($x = 0; $x -lt 2; $x++) { foreach ($y in 1..3) { if ($y -eq 2) { continue }; "$x.$y" } }`);
    expect(r.output).toEqual(['1-1', '1-2', '2-1', '2-2', '0.1', '0.3', '1.1', '1.3']);
  });

  it('collects loop output as a value', async () => {
    const r = await run(`$r = for ($i = 1; $i -le 3; $i++) { $i * 10 }; $r.Count; $r[2]
$w = while ($false) { 1 }; $null -eq $w
@(do { 'a' } until ($true)).Count
"$(for ($i = 0; $i -lt 3; $i++) { $i })"`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([3, 30, true, 1, '0 1 2']);
  });

  it('runs commands in conditions and bodies, and return leaves a script block from inside a loop', async () => {
    const r = await run(`$i = 0; while ((1 | Test-ForEach { $i -lt 2 })) { 1 | Test-ForEach { "cmd $i" }; $i++ }
& { $k = 0; while ($true) { if (++$k -eq 3) { return "returned $k" } } }`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['cmd 0', 'cmd 1', 'returned 3']);
  });

  it('a statement error in the body does not end the loop', async () => {
    const r = await run(`$i = 0; while ($i -lt 2) { $i++; Get-Nothing }; "done $i"`);
    expect(r.output).toEqual(['done 2']);
    expect(r.errors.map((e) => e.errorId)).toEqual(['CommandNotFoundException', 'CommandNotFoundException']);
  });

  it('streams loop output as it is produced', async () => {
    const s = session();
    const seen: unknown[] = [];
    for await (const event of s.run('$i = 0; while ($true) { $i++; $i }')) {
      if (event.type === 'output' && seen.push(event.value) === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
    expect((await run("'still usable'", s)).output).toEqual(['still usable']);
  });

  // Ctrl+C reaches the engine as a macrotask (a keypress callback): aborting from setImmediate
  // only works if the loop gives the event loop a turn. Each infinite loop comes with a long finite
  // twin that runs first, so a loop that never yields fails on the twin instead of hanging here.
  it.each([
    ['while ($true) { }', '$g = 0; while ($g -lt 500000) { $g++ }'],
    ['do { } while ($true)', '$g = 0; do { $g++ } while ($g -lt 500000)'],
    ['do { } until ($false)', '$g = 0; do { $g++ } until ($g -ge 500000)'],
    ['for (;;) { }', 'for ($g = 0; $g -lt 500000; $g++) { }'],
  ])('stops %s when the run is cancelled', async (endless, finite) => {
    const s = session();
    const cancel = async (script: string) => {
      const controller = new AbortController();
      const pending = collect(s.run(`$started = $true; ${script}; 'never'`, { signal: controller.signal }));
      setImmediate(() => controller.abort());
      return pending;
    };
    const twin = await cancel(finite);
    expect(twin.result.cancelled).toBe(true);
    expect((await run('$started; $g -gt 0 -and $g -lt 500000', s)).output).toEqual([true, true]);

    await run('$started = $false', s);
    const stopped = await cancel(endless);
    expect(stopped.result.cancelled).toBe(true);
    expect(stopped.output).toEqual([]);
    expect((await run('$started', s)).output).toEqual([true]);
  });
});
