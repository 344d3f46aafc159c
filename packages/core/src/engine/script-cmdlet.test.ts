/**
 * `$PSCmdlet` in advanced functions, through a session: which functions have it, its properties
 * (ParameterSetName, MyInvocation), its Write* methods on the function's streams, ShouldContinue
 * through the host, and ThrowTerminatingError ending the function for its caller.
 */
import { describe, expect, it } from 'vitest';
import { utilityCmdlets } from '../commands/utility/index.js';
import { ScriptedHost } from '../pipeline/hosts.js';
import { collect, createSession } from '../session/index.js';
import { PSHashtable } from '../values/model.js';
import { memoryEnvironment } from './scope.js';

function session(host?: ScriptedHost) {
  return createSession({ commands: utilityCmdlets, environment: memoryEnvironment({}), ...(host ? { host } : {}) });
}
async function run(script: string, s = session()) {
  return collect(s.run(script));
}
const messages = (r: Awaited<ReturnType<typeof run>>): string[] => r.errors.map((e) => e.message);

describe('which functions have $PSCmdlet', () => {
  it('advanced functions ([CmdletBinding()] or any [Parameter()]) do; simple ones and the top level do not', async () => {
    const r = await run(`function a { [CmdletBinding()] param() $null -ne $PSCmdlet }
function b { param([Parameter()]$x) $null -ne $PSCmdlet }
function c { param($x) $null -eq $PSCmdlet }
a; b; c; $null -eq $PSCmdlet`);
    expect(r.output).toEqual([true, true, true, true]);
  });

  it('is a PSScriptCmdlet', async () => {
    const r = await run(`function a { [CmdletBinding()] param() $PSCmdlet.GetType().FullName; "$PSCmdlet" }; a`);
    expect(r.output).toEqual(['System.Management.Automation.PSScriptCmdlet', 'System.Management.Automation.PSScriptCmdlet']);
  });
});

describe('properties', () => {
  it('ParameterSetName is the set the binder chose', async () => {
    const r = await run(`function Get-Item2 {
  [CmdletBinding(DefaultParameterSetName = 'ByName')]
  param([Parameter(ParameterSetName = 'ByName')]$Name, [Parameter(ParameterSetName = 'ById')]$Id)
  $PSCmdlet.ParameterSetName
}
Get-Item2 -Name x; Get-Item2 -Id 1; Get-Item2`);
    expect(r.output).toEqual(['ByName', 'ById', 'ByName']);
  });

  it('MyInvocation: MyCommand.Name, BoundParameters, pipeline position', async () => {
    const r = await run(`function Show-Me { [CmdletBinding()] param($A, $B)
  $i = $PSCmdlet.MyInvocation
  $i.MyCommand.Name; "$($i.MyCommand)"; $i.BoundParameters; $i.PipelinePosition; $i.PipelineLength
}
Show-Me -A 1 | Write-Output`);
    const [name, text, bound, position, length] = r.output;
    expect(r.output).toHaveLength(5);
    expect([name, text, position, length]).toEqual(['Show-Me', 'Show-Me', 1, 2]);
    expect(bound).toBeInstanceOf(PSHashtable);
    expect((bound as PSHashtable).keys()).toEqual(['A']);
  });

  it('GetVariableValue reads the function scope, with a default for a missing name', async () => {
    const r = await run(`function f { [CmdletBinding()] param() $local = 5; $PSCmdlet.GetVariableValue('local'); $PSCmdlet.GetVariableValue('nope', 'dflt') }; f`);
    expect(r.output).toEqual([5, 'dflt']);
  });

  it('an unknown method gets the pwsh error', async () => {
    const r = await run(`function f { [CmdletBinding()] param() $PSCmdlet.Frobnicate() }; f`);
    expect(messages(r)).toEqual(["Method invocation failed because [System.Management.Automation.PSScriptCmdlet] does not contain a method named 'Frobnicate'."]);
  });
});

describe('Write* methods', () => {
  it('WriteObject writes to the output (enumerating only when asked); void methods write nothing', async () => {
    const r = await run(`function f { [CmdletBinding()] param() $PSCmdlet.WriteObject(@(1, 2)); $PSCmdlet.WriteObject(@(3, 4), $true); $PSCmdlet.WriteVerbose('v') }
$r = f; $r.Count; $r[0].Count`);
    expect(r.output).toEqual([3, 2]);
  });

  it('WriteVerbose, WriteWarning and WriteDebug follow the function\'s -Verbose / preferences', async () => {
    const r = await run(`function f { [CmdletBinding()] param() $PSCmdlet.WriteVerbose('verbose'); $PSCmdlet.WriteWarning('warning'); $PSCmdlet.WriteDebug('debug') }
f; f -Verbose -WarningAction SilentlyContinue`);
    expect(r.output).toEqual([]);
    expect(r.verbose.map((v) => v.message)).toEqual(['verbose']);
    expect(r.warnings.map((w) => w.message)).toEqual(['warning']);
    expect(r.debug).toEqual([]);
  });

  it('WriteError writes a non-terminating error record and the function goes on', async () => {
    const r = await run(`function f { [CmdletBinding()] param()
  try { Get-Date -Date 'not a date' -ErrorAction Stop } catch { $PSCmdlet.WriteError($_) }
  'after'
}
f; f -ErrorAction SilentlyContinue`);
    expect(r.output).toEqual(['after', 'after']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain('not a date');
    // The record becomes the function's own, reported where f was called (pwsh sets its InvocationInfo).
    expect(r.errors[0]?.commandName).toBe('f');
    expect(r.errors[0]?.position?.span.line).toBe(5);
  });

  it('WriteError with something other than an ErrorRecord is pwsh\'s argument conversion error', async () => {
    const r = await run(`function f { [CmdletBinding()] param() $PSCmdlet.WriteError('oops') }; f`);
    expect(messages(r)).toEqual([
      'Cannot convert argument "errorRecord", with value: "oops", for "WriteError" to type "System.Management.Automation.ErrorRecord": "Cannot convert the "oops" value of type "System.String" to type "System.Management.Automation.ErrorRecord"."',
    ]);
    expect(r.errors[0]?.errorId).toBe('MethodArgumentConversionInvalidCastArgument');
  });
});

describe('ThrowTerminatingError', () => {
  const FAIL = `function Stop-Here { [CmdletBinding()] param()
  'before'
  try {
    try { throw 'inner failure' } catch { $PSCmdlet.ThrowTerminatingError($_) }
    'not reached in try'
  } catch { 'the function cannot catch it' }
  finally { 'finally runs' }
  'not reached after'
}
`;

  it('ends the function past its own try/catch (finally still runs); the caller goes on with the next statement', async () => {
    const r = await run(`${FAIL}Stop-Here; 'next statement'`);
    expect(r.output).toEqual(['before', 'finally runs', 'next statement']);
    expect(messages(r)).toEqual(['inner failure']);
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe('inner failure,Stop-Here');
  });

  it('the caller can catch it', async () => {
    const r = await run(`${FAIL}try { Stop-Here } catch { "caught: $($_.Exception.Message)" }`);
    expect(r.output).toEqual(['before', 'finally runs', 'caught: inner failure']);
    expect(r.errors).toEqual([]);
  });

  it('on a $PSCmdlet kept after its function returned, it is an ordinary statement-terminating error', async () => {
    const r = await run(`function f { [CmdletBinding()] param() $global:kept = $PSCmdlet }
f
try { throw 'late' } catch { $kept.ThrowTerminatingError($_) }
'next'`);
    expect(r.output).toEqual(['next']);
    expect(messages(r)).toEqual(['late']);
  });

  it('from a script block inside the function (ForEach-Object) it still ends the function', async () => {
    const r = await run(`function f { [CmdletBinding()] param()
  1..3 | ForEach-Object { if ($_ -eq 2) { try { throw "stop at $_" } catch { $PSCmdlet.ThrowTerminatingError($_) } }; $_ }
  'not reached'
}
f; 'next'`);
    expect(r.output).toEqual([1, 'next']);
    expect(messages(r)).toEqual(['stop at 2']);
  });
});

describe('ShouldContinue', () => {
  it('always asks the host with Yes / No, whatever -WhatIf and -Confirm say', async () => {
    const host = new ScriptedHost({ confirms: [0, 1] });
    const r = await run(
      `function f { [CmdletBinding()] param() $PSCmdlet.ShouldContinue('Replace the pass?', 'Replace'); $PSCmdlet.ShouldContinue('Again?', 'Replace') }; f`,
      session(host),
    );
    expect(r.output).toEqual([true, false]);
    expect(host.calls[0]).toMatchObject({ kind: 'confirm', caption: 'Replace', message: 'Replace the pass?', choices: [{ label: '&Yes' }, { label: '&No' }] });
  });

  it('in a non-interactive session the call fails with the host error, wrapped as a method exception', async () => {
    const r = await run(`function f { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue('Sure?', 'Confirm')) { 'yes' } else { 'no' }; 'after' }; f`);
    expect(r.output).toEqual(['after']);
    expect(messages(r)).toEqual([
      'Exception calling "ShouldContinue" with "2" argument(s): "The host is in NonInteractive mode. Read and Prompt functionality is not available."',
    ]);
  });
});
