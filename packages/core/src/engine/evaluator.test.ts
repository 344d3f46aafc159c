import { describe, expect, it } from 'vitest';
import { collect, createSession } from '../session/index.js';
import { defineCmdlet } from '../cmdlet/define.js';
import { parameter } from '../cmdlet/parameter.js';
import { types } from '../cmdlet/parameter-types.js';
import { memoryEnvironment } from './scope.js';
import { PSDateTime, PSHashtable, PSObject } from '../values/model.js';
import { ErrorRecord } from '../pipeline/records.js';
import { testEcho, testError, testFirst, testForEach } from '../session/test-support/script-cmdlets.js';

// Minimal test-only cmdlets: the engine's tests must not depend on the utility cmdlets.
const fixedDate = new PSDateTime(Date.UTC(2026, 11, 1, 8, 0, 0), 'Utc');
const testDate = defineCmdlet({
  name: 'Get-TestDate',
  synopsis: 'A fixed date.',
  parameters: {},
  async process(_args, ctx) {
    await ctx.write(fixedDate);
  },
});
const testTap = defineCmdlet({
  name: 'New-TestTap',
  synopsis: 'Binds rows by property name.',
  parameters: {
    Identity: parameter(types.string, { mandatory: true, fromPipeline: 'propertyName', aliases: ['UserPrincipalName'] }),
    LifeTimeInMinutes: parameter(types.int32, { fromPipeline: 'propertyName', aliases: ['Minutes'] }),
  },
  async process({ Identity, LifeTimeInMinutes }, ctx) {
    await ctx.write(`${Identity}:${LifeTimeInMinutes ?? 60}`);
  },
});

const commands = [testForEach, testFirst, testDate, testError, testEcho, testTap];

function session() {
  return createSession({ commands, environment: memoryEnvironment({ HOME: '/home/t' }) });
}
async function run(script: string, s = session()) {
  return collect(s.run(script));
}

describe('evaluator: statements', () => {
  it('assigns variables, compound operators, members and indexes', async () => {
    const r = await run(`$x = 5; $x += 2; $x
$h = @{ a = 1 }; $h.b = 2; $h.a + $h.b
$a = 1, 2, 3; $a[1] = 9; $a
$r = 1..3; $r.Count
$n = 1; $n++; ++$n; $n`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([7, 3, 1, 9, 3, 3, 3]);
  });

  it('reads and writes $env:', async () => {
    const r = await run(`$env:ENTRA_TEST = 'v1'; "value=$env:ENTRA_TEST"; $env:HOME`);
    expect(r.output).toEqual(['value=v1', '/home/t']);
  });

  it('runs if/elseif/else and foreach with break and continue', async () => {
    const r = await run(`foreach ($i in 1..6) { if ($i -eq 2) { continue } elseif ($i -gt 4) { break } else { $i } }
if ($false) { 'no' } else { 'else' }`);
    expect(r.output).toEqual([1, 3, 4, 'else']);
  });

  it('catches terminating errors with $_ and runs finally', async () => {
    const r = await run(`try { throw 'boom' } catch { "caught: $($_.Exception.Message) $($_.FullyQualifiedErrorId)" } finally { 'fin' }
try { Get-Nothing } catch [System.Management.Automation.CommandNotFoundException] { 'not found: ' + $_.TargetObject }
try { Write-TestError -ErrorAction Stop } catch { $_.CategoryInfo.Category }`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['caught: boom boom', 'fin', 'not found: Get-Nothing', 'InvalidData']);
  });

  it('stops the statement, not the script, for statement-terminating errors, and sets $?', async () => {
    const r = await run(`Get-Nothing; "after: $?"; Write-TestEcho 1; "ok: $?"`);
    expect(r.output).toEqual(['after: False', 1, 'ok: True']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toMatch(/^The term 'Get-Nothing' is not recognized/);
    expect(r.errors[0]?.position?.span.column).toBe(1);
    expect(r.result.hadErrors).toBe(true);
  });

  it('treats binding errors as statement-terminating', async () => {
    const r = await run(`Write-TestEcho -Bogus 1; "next: $?"`);
    expect(r.output).toEqual(['next: False']);
    expect(r.errors[0]).toMatchObject({
      message: "A parameter cannot be found that matches parameter name 'Bogus'.",
      errorId: 'NamedParameterNotFound',
      commandName: 'Write-TestEcho',
    });
    expect(r.errors[0]?.position?.span.column).toBe(16);
  });

  it('reports throw inside a script block at its position, without a command name', async () => {
    const r = await run(`1 | Test-ForEach { throw 'inner' }`);
    expect(r.errors[0]).toMatchObject({ message: 'inner', commandName: undefined });
    expect(r.errors[0]?.position?.span.column).toBe(20);
  });

  it('knows $PSItem as $_', async () => {
    const r = await run(`1..2 | Test-ForEach { $PSItem * 3 }`);
    expect(r.output).toEqual([3, 6]);
  });

  it('ends the run at throw and at -ErrorAction Stop', async () => {
    expect((await run(`'one'; throw 'stop here'; 'two'`)).output).toEqual(['one']);
    const stop = await run(`Write-TestError -ea Stop; 'never'`);
    expect(stop.output).toEqual([]);
    expect(stop.errors.map((e) => e.message)).toEqual(['bad']);
  });

  it('records $Error most recent first', async () => {
    const s = session();
    await run(`Write-TestError first; Write-TestError second`, s);
    const r = await run(`$Error.Count; $Error[0].Exception.Message`, s);
    expect(r.output).toEqual([2, 'second']);
  });

  it('reports exit codes', async () => {
    const r = await run(`'a'; exit 3; 'b'`);
    expect(r.output).toEqual(['a']);
    expect(r.result.exitCode).toBe(3);
  });
});

describe('evaluator: expressions', () => {
  it('expands strings', async () => {
    const r = await run(`$name = 'Ada'; $a = 1, 2; "Hi $name, $($a.Count) items: $a, \${name}!"; 'no $name'`);
    expect(r.output).toEqual(['Hi Ada, 2 items: 1 2, Ada!', 'no $name']);
  });

  it('sets $Matches after -match', async () => {
    const r = await run(`if ('user@contoso.com' -match '@(.+)$') { $Matches[1] }`);
    expect(r.output).toEqual(['contoso.com']);
  });

  it('collects (pipeline) output: one item scalar, several an array, none $null', async () => {
    const r = await run(`(Write-TestEcho 5) + 1; (1..3 | Test-ForEach { $_ }).Count; $null -eq (1..3 | Test-ForEach { })`);
    expect(r.output).toEqual([6, 3, true]);
  });

  it('calls members on command output', async () => {
    const r = await run(`(Get-TestDate).AddHours(2); [datetime]'2026-12-01T08:00' -is [datetime]; [math]::Max(2, 7)`);
    expect(r.errors).toEqual([]);
    expect(r.output[0]).toBeInstanceOf(PSDateTime);
    expect((r.output[0] as PSDateTime).epochMs - fixedDate.epochMs).toBe(2 * 3600 * 1000);
    expect(r.output.slice(1)).toEqual([true, 7]);
  });

  it('builds hashtables and custom objects', async () => {
    const r = await run(`@{ Name = 'x'; Count = 1 + 1 }; [pscustomobject]@{ A = 1 }`);
    expect(r.output[0]).toBeInstanceOf(PSHashtable);
    expect((r.output[0] as PSHashtable).get('count')).toBe(2);
    expect(r.output[1]).toBeInstanceOf(PSObject);
  });

  it('invokes script blocks: & in a child scope, ForEach in the caller scope', async () => {
    const r = await run(`$sb = { $args[0] * 2 }; & $sb 21
& { $inner = 1 }; $null -eq $inner
$sum = 0; 1..4 | Test-ForEach { $sum += $_ }; $sum
$sb.Invoke(5)
(1..5).Where({ $_ -gt 3 })`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([42, true, 10, 10, 4, 5]);
  });

  it('keeps number text for string parameters and evaluates arguments', async () => {
    const r = await run(`Write-TestEcho -Name 007; Write-TestEcho (1 + 2); Write-TestEcho a,b`);
    expect(r.output).toEqual(['007', 3, ['a', 'b']]);
  });

  it('binds Import-Csv-like rows ByPropertyName', async () => {
    const r = await run(`$rows = [pscustomobject]@{ UserPrincipalName = 'a@contoso.com'; Minutes = '30' }, [pscustomobject]@{ UserPrincipalName = 'b@contoso.com' }
$rows | New-TestTap`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['a@contoso.com:30', 'b@contoso.com:60']);
  });

  it('shows help for Cmd -? through Get-Help when registered', async () => {
    const r = await run(`Write-TestEcho -?`);
    expect(r.errors[0]?.message).toMatch(/^The term 'Get-Help' is not recognized/);
  });

  it('turns runtime failures into positioned errors', async () => {
    const r = await run(`$x = $null
$x.Foo()
'next'`);
    expect(r.output).toEqual(['next']);
    expect(r.errors[0]?.message).toBe('You cannot call a method on a null-valued expression.');
    expect(r.errors[0]?.position?.span.line).toBe(2);
    expect(r.errors[0]?.position?.lineText).toBe('$x.Foo()');
    expect(r.errors[0]).toBeInstanceOf(ErrorRecord);
  });
});
