/**
 * `[CmdletBinding(SupportsShouldProcess, ConfirmImpact)]` on script functions, through a session:
 * -WhatIf and -Confirm are accepted, `$PSCmdlet.ShouldProcess` answers as pwsh does, and -WhatIf /
 * -Confirm reach the ShouldProcess cmdlets (here Set-Variable) and functions called inside.
 */
import { describe, expect, it } from 'vitest';
import { utilityCmdlets } from '../commands/utility/index.js';
import { ScriptedHost } from '../pipeline/hosts.js';
import { collect, createSession } from '../session/index.js';
import { memoryEnvironment } from './scope.js';

function session(host?: ScriptedHost) {
  return createSession({ commands: utilityCmdlets, environment: memoryEnvironment({}), ...(host ? { host } : {}) });
}
async function run(script: string, s = session()) {
  return collect(s.run(script));
}
const hostLines = (r: Awaited<ReturnType<typeof run>>): (string | undefined)[] => r.information.map((i) => i.hostText);
const messages = (r: Awaited<ReturnType<typeof run>>): string[] => r.errors.map((e) => e.message);

const REMOVE_THING = `function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param([Parameter(Mandatory, ValueFromPipeline)][string]$Name)
  process { if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
}
`;

describe('SupportsShouldProcess on a function', () => {
  it('-WhatIf: ShouldProcess says no and prints What if, naming the function as the action', async () => {
    const r = await run(`${REMOVE_THING}Remove-Thing a -WhatIf; 'b', 'c' | Remove-Thing -wi`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual([]);
    expect(hostLines(r)).toEqual([
      'What if: Performing the operation "Remove-Thing" on target "a".',
      'What if: Performing the operation "Remove-Thing" on target "b".',
      'What if: Performing the operation "Remove-Thing" on target "c".',
    ]);
  });

  it('without -WhatIf (or with -WhatIf:$false) ShouldProcess says yes', async () => {
    const r = await run(`${REMOVE_THING}Remove-Thing a; Remove-Thing b -WhatIf:$false`);
    expect(r.output).toEqual(['removed a', 'removed b']);
    expect(r.information).toEqual([]);
  });

  it('ShouldProcess(target, action) and ShouldProcess(description, warning, caption)', async () => {
    const r = await run(`function Set-Thing {
  [CmdletBinding(SupportsShouldProcess = $true)] param($Name)
  $PSCmdlet.ShouldProcess($Name, 'Rename')
  $PSCmdlet.ShouldProcess("Renaming $Name everywhere", "Rename $Name?", 'Renaming')
}
Set-Thing x -WhatIf`);
    expect(r.output).toEqual([false, false]);
    expect(hostLines(r)).toEqual(['What if: Performing the operation "Rename" on target "x".', 'What if: Renaming x everywhere']);
  });

  it('a function without SupportsShouldProcess has no -WhatIf, as in pwsh', async () => {
    const r = await run(`function f { [CmdletBinding()] param($n) $n }; f a -WhatIf`);
    expect(messages(r)).toEqual(["A parameter cannot be found that matches parameter name 'WhatIf'."]);
  });

  it('Get-Command -Syntax shows [-WhatIf] [-Confirm] as for cmdlets', async () => {
    const r = await run(`${REMOVE_THING}Get-Command Remove-Thing -Syntax`);
    expect(r.output).toEqual(['\nRemove-Thing [-Name] <String> [-WhatIf] [-Confirm] [<CommonParameters>]\n']);
  });

  it('-Verbose says what ShouldProcess lets happen', async () => {
    const r = await run(`${REMOVE_THING}Remove-Thing a -Verbose`);
    expect(r.output).toEqual(['removed a']);
    expect(r.verbose.map((v) => v.message)).toEqual(['Performing the operation "Remove-Thing" on target "a".']);
  });

  it('rejects a ConfirmImpact that is not a ConfirmImpact name, with the conversion error', async () => {
    const r = await run(`function f { [CmdletBinding(ConfirmImpact = 'Huge')] param() }`);
    expect(messages(r)).toEqual([
      'Cannot convert value "Huge" to type "System.Management.Automation.ConfirmImpact". Error: "Unable to match the identifier name Huge to a valid enumerator name. Specify one of the following enumerator names and try again: None, Low, Medium, High"',
    ]);
  });
});

describe('-Confirm and ConfirmImpact', () => {
  const CONFIRM = 'Are you sure you want to perform this action?\nPerforming the operation "Remove-Thing" on target';

  it('-Confirm asks through the host: Yes, No, then Yes to All answers the rest', async () => {
    const host = new ScriptedHost({ confirms: [0, 2, 1] });
    const r = await run(`${REMOVE_THING}'a', 'b', 'c', 'd', 'e' | Remove-Thing -Confirm`, session(host));
    expect(r.output).toEqual(['removed a', 'removed c', 'removed d', 'removed e']);
    expect(host.calls.map((c) => (c.kind === 'confirm' ? [c.caption, c.message, c.choices.map((x) => x.label)] : c.kind))).toEqual([
      ['Confirm', `${CONFIRM} "a".`, ['&Yes', 'Yes to &All', '&No', 'No to A&ll']],
      ['Confirm', `${CONFIRM} "b".`, ['&Yes', 'Yes to &All', '&No', 'No to A&ll']],
      ['Confirm', `${CONFIRM} "c".`, ['&Yes', 'Yes to &All', '&No', 'No to A&ll']],
    ]);
  });

  it('No to All skips the rest without asking again', async () => {
    const host = new ScriptedHost({ confirms: [3] });
    const r = await run(`${REMOVE_THING}'a', 'b' | Remove-Thing -Confirm`, session(host));
    expect(r.output).toEqual([]);
    expect(host.calls).toHaveLength(1);
  });

  it('the three-argument form prompts with its own warning and caption', async () => {
    const host = new ScriptedHost({ confirms: [0] });
    const r = await run(
      `function f { [CmdletBinding(SupportsShouldProcess)] param() $PSCmdlet.ShouldProcess('Deleting x', 'Delete x for good?', 'Delete') }; f -Confirm`,
      session(host),
    );
    expect(r.output).toEqual([true]);
    expect(host.calls[0]).toMatchObject({ kind: 'confirm', caption: 'Delete', message: 'Delete x for good?' });
  });

  it('ConfirmImpact High asks without -Confirm under the default $ConfirmPreference (High); -Confirm:$false does not', async () => {
    const host = new ScriptedHost({ confirms: [2] });
    const s = session(host);
    const r = await run(
      `function Clear-All { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param() if ($PSCmdlet.ShouldProcess('everything')) { 'cleared' } }
Clear-All
Clear-All -Confirm:$false`,
      s,
    );
    expect(r.output).toEqual(['cleared']);
    expect(host.calls).toHaveLength(1);
  });

  it('ConfirmImpact (default Medium) is compared with $ConfirmPreference', async () => {
    const host = new ScriptedHost({ confirms: [0] });
    const r = await run(
      `${REMOVE_THING}Remove-Thing quiet
$ConfirmPreference = 'Medium'
Remove-Thing asked
$ConfirmPreference = 'None'
Remove-Thing none`,
      session(host),
    );
    expect(r.output).toEqual(['removed quiet', 'removed asked', 'removed none']);
    expect(host.calls).toHaveLength(1);
  });

  it('a non-interactive session reports the host error instead of asking', async () => {
    const r = await run(`${REMOVE_THING}Remove-Thing a -Confirm`);
    expect(r.output).toEqual([]);
    expect(messages(r)).toEqual([
      'Exception calling "ShouldProcess" with "1" argument(s): "The host is in NonInteractive mode. Read and Prompt functionality is not available."',
    ]);
  });
});

describe('-WhatIf and -Confirm reach what the function calls', () => {
  const WRAPPER = `function Set-Flag {
  [CmdletBinding(SupportsShouldProcess)] param($Value)
  "inside: $WhatIfPreference $ConfirmPreference"
  Set-Variable -Name flag -Value $Value
}
`;

  it('-WhatIf sets $WhatIfPreference in the function, so a ShouldProcess cmdlet inside only reports', async () => {
    const r = await run(`${WRAPPER}$flag = 'before'; Set-Flag changed -WhatIf; $flag; $WhatIfPreference`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['inside: True High', 'before', false]);
    expect(hostLines(r)).toEqual(['What if: Performing the operation "Set variable" on target "Name: flag Value: changed".']);
  });

  it('without -WhatIf the cmdlet inside acts', async () => {
    const r = await run(`${WRAPPER}$flag = 'before'; Set-Flag changed; $flag`);
    expect(r.output).toEqual(['inside: False High', 'changed']);
  });

  it('reaches functions called inside, and their ShouldProcess', async () => {
    const r = await run(`${REMOVE_THING}function Remove-Many { [CmdletBinding(SupportsShouldProcess)] param([string[]]$Names) $Names | Remove-Thing }
Remove-Many a, b -WhatIf`);
    expect(r.output).toEqual([]);
    expect(hostLines(r)).toEqual([
      'What if: Performing the operation "Remove-Thing" on target "a".',
      'What if: Performing the operation "Remove-Thing" on target "b".',
    ]);
  });

  it('-Confirm sets $ConfirmPreference to Low (asking the cmdlets inside), -Confirm:$false to None', async () => {
    const host = new ScriptedHost({ confirms: [2] });
    const r = await run(`${WRAPPER}$flag = 'before'; Set-Flag asked -Confirm; $flag; Set-Flag quiet -Confirm:$false; $flag; $ConfirmPreference`, session(host));
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['inside: False Low', 'before', 'inside: False None', 'quiet', 'High']);
    expect(host.calls).toHaveLength(1);
    expect(host.calls[0]).toMatchObject({ message: 'Are you sure you want to perform this action?\nPerforming the operation "Set variable" on target "Name: flag Value: asked".' });
  });

  it('$WhatIfPreference = $true at top level makes ShouldProcess cmdlets and functions report instead of acting', async () => {
    const r = await run(`${REMOVE_THING}$x = 1
$WhatIfPreference = $true
Set-Variable x 2
Remove-Thing a
$WhatIfPreference = $false
$x`);
    expect(r.output).toEqual([1]);
    expect(hostLines(r)).toEqual(['What if: Performing the operation "Set variable" on target "Name: x Value: 2".', 'What if: Performing the operation "Remove-Thing" on target "a".']);
  });
});
