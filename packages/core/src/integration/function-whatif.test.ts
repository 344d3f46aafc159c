/**
 * An admin's own wrapper around Temporary Access Pass issuance, end to end through the public
 * core API (`@entra-shell/core`) against the Graph emulator: run with -WhatIf it issues nothing
 * (the -WhatIf reaches New-EntraIDUserTemporaryAccessPass and Remove-... inside it, as in pwsh),
 * run without it it issues exactly one pass.
 */
import { JOHN_DOE_ID, startEmulator, type Emulator } from '@entra-shell/graph-emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collect, createEntraShellSession, type CollectedRun, type PSObject, type Session } from '../index.js';

const JOHN = 'johndoe@contoso.onmicrosoft.com';

/** The kind of function admins keep in their profile: replace a user's pass, with -WhatIf support. */
const WRAPPER = `function Reset-UserPass {
  [CmdletBinding(SupportsShouldProcess)]
  param([Parameter(Mandatory, ValueFromPipeline)][string]$User, [int]$Minutes = 60)
  process {
    if ($PSCmdlet.ShouldProcess($User, 'Reset the Temporary Access Pass')) { Write-Verbose "resetting $User" }
    Remove-EntraIDUserTemporaryAccessPass -Identity $User -WarningAction SilentlyContinue
    New-EntraIDUserTemporaryAccessPass -Identity $User -LifeTimeInMinutes $Minutes
  }
}`;

let emulator: Emulator;
let session: Session;
const run = (script: string): Promise<CollectedRun> => collect(session.run(script));
const writes = (): string[] => emulator.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

beforeAll(async () => {
  emulator = await startEmulator();
  ({ session } = createEntraShellSession());
  const connected = await run(`Connect-EntraID -AccessToken ${emulator.mintToken()} -AzureEnvironment Custom -MicrosoftGraphEndPoint ${emulator.url}`);
  expect(connected.errors).toEqual([]);
  expect((await run(WRAPPER)).errors).toEqual([]);
});
afterAll(async () => {
  await run('Disconnect-EntraID');
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  emulator.clearRequests();
});

describe('a wrapper function around pass issuance', () => {
  it('with -WhatIf reports what it and the cmdlets inside would do, and the service holds no pass', async () => {
    const r = await run(`Reset-UserPass ${JOHN} -WhatIf`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([]);
    expect(r.information.map((i) => i.hostText)).toEqual([
      `What if: Performing the operation "Reset the Temporary Access Pass" on target "${JOHN}".`,
      `What if: Performing the operation "Remove the Temporary Access Pass" on target "${JOHN}".`,
      `What if: Performing the operation "Create a Temporary Access Pass (replaces any existing pass)" on target "${JOHN}".`,
    ]);
    expect(writes()).toEqual([]);
    expect(emulator.state.currentTap(JOHN_DOE_ID)).toBeUndefined();
    expect(emulator.state.issuedCounts().size).toBe(0);
  });

  it('without -WhatIf issues exactly one pass, the one it returns', async () => {
    const r = await run(`Reset-UserPass ${JOHN} -Minutes 30`);
    expect(r.errors).toEqual([]);
    expect(r.output).toHaveLength(1);
    const pass = r.output[0] as PSObject;
    expect(emulator.state.issuedCounts().get(JOHN_DOE_ID)).toBe(1);
    expect(pass.get('TemporaryAccessPass')).toBe(emulator.state.currentTap(JOHN_DOE_ID)?.temporaryAccessPass);
    expect(pass.get('LifetimeInMinutes')).toBe(30);
  });

  it('$WhatIfPreference = $true in the session makes the function and the cmdlets report instead of acting', async () => {
    const r = await run(`$WhatIfPreference = $true; '${JOHN}' | Reset-UserPass; New-EntraIDUserTemporaryAccessPass -Identity ${JOHN}; $WhatIfPreference = $false`);
    expect(r.errors).toEqual([]);
    expect(r.information).toHaveLength(4);
    expect(writes()).toEqual([]);
    expect(emulator.state.currentTap(JOHN_DOE_ID)).toBeUndefined();
  });
});
