/**
 * Evaluating PowerShell 7's `??`, `??=`, `? :`, `?.` and `?[]`: results as pwsh gives them, and
 * short-circuiting proven by side effects, both where the synchronous fast path runs (assignments
 * in parentheses) and where the asynchronous one does (a command that counts its calls).
 */
import { describe, expect, it } from 'vitest';
import { defineCmdlet } from '../cmdlet/define.js';
import { collect, createSession } from '../session/index.js';
import { testForEach } from '../session/test-support/script-cmdlets.js';
import { PSHashtable } from '../values/model.js';
import { memoryEnvironment } from './scope.js';

/** `Add-TestCount`: counts its calls and writes the count, so tests see whether it ran. */
function counter() {
  const state = { calls: 0 };
  const cmdlet = defineCmdlet({
    name: 'Add-TestCount',
    synopsis: 'Counts its calls.',
    parameters: {},
    async process(_args, ctx) {
      state.calls++;
      await ctx.write(state.calls);
    },
  });
  return { state, cmdlet };
}

async function run(script: string) {
  const { state, cmdlet } = counter();
  const session = createSession({ commands: [testForEach, cmdlet], environment: memoryEnvironment({}) });
  const result = await collect(session.run(script));
  return { ...result, calls: state.calls };
}

describe('?? (null-coalescing)', () => {
  it('gives the left operand unless it is $null', async () => {
    const r = await run(`$x = $null
$x ?? 100
$missing ?? 'default'
$null ?? 'string value'
1 ?? 2
'' ?? 'x'
0 ?? 1
$false ?? $true
(@() ?? 'x').Count`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([100, 'default', 'string value', 1, '', 0, false, 0]);
  });

  it('chains and binds as pwsh: below comparison, above additive operators', async () => {
    const r = await run(`$x = $null
$x ?? $null ?? 100
$null ?? $null ?? $null
$x ?? 200 ?? 300
100 ?? $x ?? 200
$true -and $null ?? $true
'x' -eq $null ?? 'x'
2 + $null ?? 3
2 * $null ?? 3`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([100, null, 200, 100, true, true, 2, 0]);
  });

  it('evaluates the right operand only when the left one is $null', async () => {
    const sync = await run(`$n = 0; $v = 1 ?? ($n = 5); "$v $n"; $v = $null ?? ($n = 7); "$v $n"`);
    expect(sync.output).toEqual(['1 0', '7 7']);
    const async = await run(`'set' ?? (Add-TestCount); $null ?? (Add-TestCount)`);
    expect(async.output).toEqual(['set', 1]);
    expect(async.calls).toBe(1);
  });

  it('evaluates its left operand once', async () => {
    const r = await run(`(Add-TestCount) ?? 'none'; (Add-TestCount | Test-ForEach { }) ?? 'none'`);
    expect(r.output).toEqual([1, 'none']);
    expect(r.calls).toBe(2);
  });
});

describe('??= (null-coalescing assignment)', () => {
  it('assigns only when the variable is $null or unset', async () => {
    const r = await run(`$unset ??= 1; $unset ??= 2; $unset
$x = $null; $x ??= 'set'; $x
$y = ''; $y ??= 20; $y
$z = 0; $z ??= 20; $z`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([1, 'set', '', 0]);
  });

  it('works on members and indexes', async () => {
    const r = await run(`$h = @{}; $h.a ??= 1; $h.a ??= 2; $h.a
$h['b'] ??= 'x'; $h['b'] ??= 'y'; $h['b']
$a = @($null, 2); $a[0] ??= 9; $a[1] ??= 9; $a -join ','`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([1, 'x', '9,2']);
  });

  it('evaluates the value only when it assigns, and yields the variable value in parentheses', async () => {
    const sync = await run(`$n = 0; $x = 'kept'; $x ??= ($n = 1); "$x $n"; ($x ??= 'other'); ($fresh ??= 3)`);
    expect(sync.output).toEqual(['kept 0', 'kept', 3]);
    const async = await run(`$x = 'kept'; $x ??= Add-TestCount; $y ??= Add-TestCount; "$x $y"`);
    expect(async.output).toEqual(['kept 1']);
    expect(async.calls).toBe(1);
  });

  it('keeps its type constraint and stores ranges as arrays', async () => {
    const r = await run(`[int]$n ??= '5'; $n + 1; $r ??= 1..3; $r.Count`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([6, 3]);
  });

  it('works per record in a script block (the synchronous fast path)', async () => {
    const r = await run(`1..3 | Test-ForEach { $first ??= $_ }; $first`);
    expect(r.output).toEqual([1]);
  });
});

describe('? : (ternary)', () => {
  it('picks a branch by the truth of the condition', async () => {
    const r = await run(`$true ? 1 : 2
$false ? 1 : 2
$null ? 'yes' : 'no'
'' ? 'yes' : 'no'
's' ? 1kb : 0xf
0 ?1kb:0xf
1,2,3,4 ? 'Core' : 'Desktop'
@{ name = 'name' }.Contains('name') ? 'Core' : 'Desktop'`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([1, 2, 'no', 'no', 1024, 15, 'Core', 'Core']);
  });

  it('nests to the right and binds below binary operators', async () => {
    const r = await run(`$on = $true
$on ? $false ? 'nested-if-true' : 'nested-if-false' : 'if-false'
$on ? $false ? 'x' : $true ? 'nested-nested-if-true' : 'y' : 'z'
!$on ? 'Core' : 'Desktop' -eq 'Core'
($on ? 'Core' : 'Desktop') -eq 'Core'
$null ?? $false ? 'a' : 'b'`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['nested-if-false', 'nested-nested-if-true', false, true, 'b']);
  });

  it('evaluates only the chosen branch', async () => {
    const sync = await run(`$n = 0; $true ? ($n = 1) : ($n = 2); $n; $false ? ($n = 3) : ($n = 4); $n`);
    expect(sync.output).toEqual([1, 1, 4, 4]);
    const async = await run(`$true ? 'a' : (Add-TestCount); $false ? (Add-TestCount) : 'b'; (Add-TestCount) ? 'ran' : 'no'`);
    expect(async.output).toEqual(['a', 'b', 'ran']);
    expect(async.calls).toBe(1);
  });

  it('works as a pipeline input, an assigned value, a method argument, with script blocks, and per record', async () => {
    const r = await run(`$on = $true
$on ? 'Core' : 'Desktop' | Test-ForEach { $_ + '-Pipe' }
$v = $on ? 'x' : 'y'; $v
'abc'.Substring($on ? 1 : 2)
$sb = \${on}?{'from block'}:{'other'}; & $sb
1..4 | Test-ForEach { $_ % 2 ? 'odd' : 'even' }`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['Core-Pipe', 'x', 'bc', 'from block', 'odd', 'even', 'odd', 'even']);
  });
});

describe('?. and ?[] (null-conditional access)', () => {
  it('gives $null on a $null target and the member or element otherwise', async () => {
    const r = await run(`$h = @{ a = 1; nested = @{ name = 'deep' } }; $arr = 1..3
\${h}?.a
\${h}?.nested?.name
\${arr}?.Length
\${arr}?[0]; \${arr}?[-1]; (\${arr}?[0,1]).Count
\${nope}?.name; \${nope}?.Method(); \${nope}?[0]; \${nope}?[0]?.x
\${h}?['a']
(Test-ForEach { } -InputObject 1)?.Name
[int]::MaxValue?.ToString()`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([1, 'deep', 3, 1, 3, 2, null, null, null, null, 1, null, '2147483647']);
  });

  it('does not evaluate the arguments, the index or a computed name on a $null target', async () => {
    const r = await run(`$n = 0
\${nope}?.Foo(($n = 1)); \${nope}?[($n = 2)]; \${nope}?.(($n = 3)); $n
\${nope}?.Foo((Add-TestCount)); \${nope}?[(Add-TestCount)]`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([null, null, null, 0, null, null]);
    expect(r.calls).toBe(0);
  });

  it('guards only its own access, as pwsh does', async () => {
    const r = await run(`\${nope}?.a.b; \${nope}?.a.ToString()`);
    expect(r.output).toEqual([null]);
    expect(r.errors[0]?.message).toBe('You cannot call a method on a null-valued expression.');
  });

  it('reads $a?.b as the member b of the variable a?', async () => {
    const r = await run(`$a = @{ b = 'of a' }; \${a?} = @{ b = 'of a?' }; $a?.b; \${a}?.b`);
    expect(r.output).toEqual(['of a?', 'of a']);
  });

  it('keeps `${a}?.b` one word in argument mode, and a member access after a paren', async () => {
    const r = await run(`$s = 'x'; Test-ForEach { $_ } -InputObject \${s}?.Length; Test-ForEach { $_ } -InputObject ('ab')?.Length`);
    expect(r.output).toEqual(['x?.Length', 2]);
  });

  it('returns a hashtable member through ?. like through .', async () => {
    const r = await run(`$h = @{ inner = @{ k = 'v' } }; \${h}?.inner`);
    expect(r.output[0]).toBeInstanceOf(PSHashtable);
  });
});
