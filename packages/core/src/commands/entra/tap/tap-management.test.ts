/**
 * The cmdlets beyond PnP, through real command lines against the emulator: reading and removing a
 * user's pass, and reading and changing the tenant's TAP policy.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_POLICY, JOHN_DOE_ID } from '@entra-shell/graph-emulator';
import type { PSObject } from '../../../values/model.js';
import { entraSession, type EntraSession } from '../test-support/entra-session.js';

const D = 'contoso.onmicrosoft.com';
let shell: EntraSession;
beforeAll(async () => {
  shell = await entraSession();
  expect((await shell.connect()).errors).toEqual([]);
});
afterAll(() => shell.close());
beforeEach(() => {
  shell.emulator.reset();
  shell.emulator.clearRequests();
});

const prop = (record: unknown, name: string): unknown => (record as PSObject).get(name);
const requests = (method: string) => shell.emulator.requests.filter((r) => r.method === method);

describe('Get-EntraIDUserTemporaryAccessPass', () => {
  it("shows a user's pass without the secret, and nothing for users without one", async () => {
    await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity johndoe@${D} -LifeTimeInMinutes 30`);
    const run = await shell.run(`'johndoe@${D}', 'adelevance@${D}' | Get-EntraIDUserTemporaryAccessPass`);
    expect(run.errors).toEqual([]);
    expect(run.output).toHaveLength(1);
    const pass = run.output[0] as PSObject;
    expect(pass.typeNames[0]).toBe('EntraShell.TemporaryAccessPassMethod');
    expect(prop(pass, 'UserPrincipalName')).toBe(`johndoe@${D}`);
    expect(prop(pass, 'TemporaryAccessPass')).toBeNull();
    expect(prop(pass, 'LifetimeInMinutes')).toBe(30);
    expect(prop(pass, 'IsUsable')).toBe(true);
  });

  it('shows a used one-time pass as no longer usable', async () => {
    await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity ${JOHN_DOE_ID} -IsUsableOnce`);
    shell.emulator.state.markTapUsed(JOHN_DOE_ID);
    const run = await shell.run(`Get-EntraIDUserTemporaryAccessPass ${JOHN_DOE_ID}`);
    expect(prop(run.output[0], 'IsUsable')).toBe(false);
    expect(prop(run.output[0], 'MethodUsabilityReason')).toBe('OneTimeUsed');
  });
});

describe('Remove-EntraIDUserTemporaryAccessPass', () => {
  it("deletes the user's pass, honours -WhatIf, and warns when there is none", async () => {
    await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity johndoe@${D}`);
    shell.emulator.clearRequests();
    const whatIf = await shell.run(`Remove-EntraIDUserTemporaryAccessPass -Identity johndoe@${D} -WhatIf`);
    expect(whatIf.information[0]?.hostText).toBe(`What if: Performing the operation "Remove the Temporary Access Pass" on target "johndoe@${D}".`);
    expect(shell.emulator.requests).toEqual([]);
    const removed = await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity johndoe@${D} | Remove-EntraIDUserTemporaryAccessPass`);
    expect(removed.errors).toEqual([]);
    expect(requests('DELETE')).toHaveLength(1);
    expect(shell.emulator.state.currentTap(JOHN_DOE_ID)).toBeUndefined();
    const again = await shell.run(`Remove-EntraIDUserTemporaryAccessPass -Identity johndoe@${D}`);
    expect(again.warnings.map((w) => w.message)).toEqual([`User 'johndoe@${D}' has no Temporary Access Pass; nothing was removed.`]);
  });
});

describe('the Temporary Access Pass policy', () => {
  it('Get-EntraIDTemporaryAccessPassPolicy shows the policy', async () => {
    const run = await shell.run('Get-EntraIDTemporaryAccessPassPolicy');
    const policy = run.output[0] as PSObject;
    expect(policy.typeNames[0]).toBe('EntraShell.TemporaryAccessPassPolicy');
    expect(prop(policy, 'State')).toBe('Enabled');
    expect(prop(policy, 'MinimumLifetimeInMinutes')).toBe(DEMO_POLICY.minimumLifetimeInMinutes);
    expect(prop(policy, 'MaximumLifetimeInMinutes')).toBe(DEMO_POLICY.maximumLifetimeInMinutes);
  });

  it('Set-EntraIDTemporaryAccessPassPolicy PATCHes only what was given, with @odata.type', async () => {
    const run = await shell.run('Set-EntraIDTemporaryAccessPassPolicy -MinimumLifetimeInMinutes 30 -IsUsableOnce:$false -PassThru');
    expect(run.errors).toEqual([]);
    const [patch] = requests('PATCH');
    expect(patch?.path).toBe('/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass');
    expect(patch?.body).toEqual({
      '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
      minimumLifetimeInMinutes: 30,
      isUsableOnce: false,
    });
    expect(prop(run.output[0], 'MinimumLifetimeInMinutes')).toBe(30);
    expect(shell.emulator.state.policy().minimumLifetimeInMinutes).toBe(30);
  });

  it('disabling takes effect, -WhatIf changes nothing, and an empty call says what to give', async () => {
    const whatIf = await shell.run('Set-EntraIDTemporaryAccessPassPolicy -State Disabled -WhatIf');
    expect(whatIf.information[0]?.hostText).toBe('What if: Performing the operation "Set state = disabled" on target "Temporary Access Pass policy".');
    expect(requests('PATCH')).toEqual([]);
    await shell.run('Set-EntraIDTemporaryAccessPassPolicy -State Disabled');
    expect(shell.emulator.state.policy().state).toBe('disabled');
    const nothing = await shell.run('Set-EntraIDTemporaryAccessPassPolicy');
    expect(nothing.errors[0]?.message).toMatch(/^Specify at least one setting to change/);
  });

  it("explains Graph's refusal of an inconsistent policy", async () => {
    const run = await shell.run('Set-EntraIDTemporaryAccessPassPolicy -MinimumLifetimeInMinutes 600');
    expect(run.errors[0]?.message).toMatch(/^The Temporary Access Pass policy: .*minimumLifetimeInMinutes.*\(.+, request-id [0-9a-f-]{36}\)\.$/);
  });

  it('needs a policy permission, checked before the request', async () => {
    await shell.connect({ scopes: ['User.Read.All', 'UserAuthenticationMethod.ReadWrite.All'] });
    shell.emulator.clearRequests();
    const run = await shell.run('Get-EntraIDTemporaryAccessPassPolicy');
    expect(run.errors[0]?.message).toContain('Get-EntraIDTemporaryAccessPassPolicy needs one of the delegated permissions Policy.Read.All, Policy.ReadWrite.AuthenticationMethod');
    expect(shell.emulator.requests).toEqual([]);
    await shell.connect();
  });
});
