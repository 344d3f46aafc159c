/**
 * New-EntraIDUserTemporaryAccessPass when things go wrong, through real command lines against
 * the emulator: unknown users, guest/apostrophe/$ encoding, policy refusals with the policy's
 * actual limits, missing permissions (pre-check and 403), an expired token, -WhatIf, Import-Csv.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOHN_DOE_ID } from '@entra-shell/graph-emulator';
import type { PSObject } from '../../../values/model.js';
import { entraSession, type EntraSession } from '../test-support/entra-session.js';

const D = 'contoso.onmicrosoft.com';
let shell: EntraSession;

beforeEach(async () => {
  shell = await entraSession();
  expect((await shell.connect()).errors).toEqual([]);
  shell.emulator.clearRequests();
});
afterEach(() => shell.close());

const posts = () => shell.emulator.requests.filter((r) => r.method === 'POST');
const upns = (output: unknown[]) => output.map((o) => (o as PSObject).get('UserPrincipalName'));

describe('per-user failures do not stop the pipeline', () => {
  it('an unknown user in the middle gets one error naming it; the others get passes, in order', async () => {
    const run = await shell.run(`'johndoe@${D}', 'nobody@${D}', 'adelevance@${D}' | New-EntraIDUserTemporaryAccessPass`);
    expect(upns(run.output)).toEqual([`johndoe@${D}`, `adelevance@${D}`]);
    expect(run.errors).toHaveLength(1);
    const [error] = run.errors;
    expect(error?.message).toMatch(/^User 'nobody@contoso\.onmicrosoft\.com' was not found \(Request_ResourceNotFound, request-id [0-9a-f-]{36}\)\.$/);
    expect(error?.commandName).toBe('New-EntraIDUserTemporaryAccessPass');
    expect(error?.category).toBe('ObjectNotFound');
    expect(error?.targetObject).toBe(`nobody@${D}`);
    // The error sits between the two passes in the event stream, as it happened in input order.
    const kinds = run.events.filter((e) => e.type === 'output' || e.type === 'error').map((e) => e.type);
    expect(kinds).toEqual(['output', 'error', 'output']);
    expect(run.result.hadErrors).toBe(true);
  });

  it('reaches a guest through %23 and says why guests get no pass', async () => {
    const run = await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity jane_fabrikam.com#EXT#@${D}`);
    expect(posts()[0]?.path).toBe(`/v1.0/users/jane_fabrikam.com%23EXT%23@${D}/authentication/temporaryAccessPassMethods`);
    expect(run.errors[0]?.message).toContain("User 'jane_fabrikam.com#EXT#@contoso.onmicrosoft.com': a Temporary Access Pass was refused because it is an external guest account");
  });

  it('issues passes to a UPN with an apostrophe and one starting with $', async () => {
    const run = await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity "o'brien@${D}"; New-EntraIDUserTemporaryAccessPass -Identity '$adm.ops@${D}'`);
    expect(run.errors).toEqual([]);
    expect(upns(run.output)).toEqual([`o'brien@${D}`, `$adm.ops@${D}`]);
    expect(posts().map((p) => p.path)).toEqual([
      `/v1.0/users/o'brien@${D}/authentication/temporaryAccessPassMethods`,
      `/v1.0/users('$adm.ops@${D}')/authentication/temporaryAccessPassMethods`,
    ]);
  });
});

describe('policy-aware refusals', () => {
  it("a lifetime outside the tenant's range names the range and how to change it", async () => {
    shell.emulator.state.setPolicy({ minimumLifetimeInMinutes: 60 });
    const run = await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity johndoe@${D} -LifeTimeInMinutes 10`);
    expect(run.output).toEqual([]);
    const message = run.errors[0]?.message ?? '';
    expect(message).toContain("User 'johndoe@contoso.onmicrosoft.com': a Temporary Access Pass was refused because the tenant's Temporary Access Pass policy allows lifetimes from 60 to 480 minutes, default 60, and 10 minutes was requested (badRequest, request-id");
    expect(message).toContain('Use -LifeTimeInMinutes between 60 and 480, or change the allowed range with Set-EntraIDTemporaryAccessPassPolicy');
  });

  it('a lifetime outside what Graph ever accepts is refused by the binder, before any request', async () => {
    const run = await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity johndoe@${D} -LifeTimeInMinutes 5`);
    expect(run.errors[0]?.message).toMatch(/^Cannot validate argument on parameter 'LifeTimeInMinutes'\. The 5 argument is less than the minimum allowed range of 10/);
    expect(posts()).toEqual([]);
  });

  it('a disabled policy says so and how to enable it', async () => {
    shell.emulator.state.setPolicy({ state: 'disabled' });
    const run = await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity johndoe@${D}`);
    expect(run.errors[0]?.message).toContain('Temporary Access Pass is disabled in the tenant\'s authentication methods policy');
    expect(run.errors[0]?.message).toContain('Set-EntraIDTemporaryAccessPassPolicy -State Enabled');
  });

  it('a one-time-only policy explains why a reusable pass is refused', async () => {
    shell.emulator.state.setPolicy({ isUsableOnce: true });
    const run = await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity johndoe@${D} -IsUsableOnce:$false`);
    expect(run.errors[0]?.message).toContain('only allows one-time passes');
    // Leaving the switch out follows the policy and succeeds.
    const ok = await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity johndoe@${D}`);
    expect(ok.errors).toEqual([]);
    expect((ok.output[0] as PSObject).get('IsUsableOnce')).toBe(true);
  });
});

describe('permissions and tokens', () => {
  it('the pre-check stops before any request when the token lacks the permission', async () => {
    await shell.connect({ scopes: ['User.Read.All'] });
    shell.emulator.clearRequests();
    const run = await shell.run(`'johndoe@${D}', 'adelevance@${D}' | New-EntraIDUserTemporaryAccessPass`);
    expect(run.output).toEqual([]);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]?.message).toContain('New-EntraIDUserTemporaryAccessPass needs the delegated permission UserAuthenticationMethod.ReadWrite.All');
    expect(run.errors[0]?.category).toBe('PermissionDenied');
    expect(shell.emulator.requests).toEqual([]);
  });

  it('a 403 from Graph is explained (the signed-in user lacks the admin role), per user', async () => {
    await shell.connect({ user: `johndoe@${D}` });
    const run = await shell.run(`'adelevance@${D}', 'lynnerobbins@${D}' | New-EntraIDUserTemporaryAccessPass`);
    expect(run.errors).toHaveLength(2);
    // The authentication methods service answers 403 accessDenied, as Graph does.
    expect(run.errors[0]?.message).toContain("User 'adelevance@contoso.onmicrosoft.com': Request Authorization failed (accessDenied, request-id");
    expect(run.errors[0]?.message).toContain('Authentication Administrator');
    expect(run.errors[1]?.targetObject).toBe(`lynnerobbins@${D}`);
  });

  it('a token that expires while connected ends the command with the way out, issuing nothing', async () => {
    await shell.connect({ expiresInSeconds: 300 });
    shell.emulator.clock.advance(10 * 60_000);
    shell.emulator.clearRequests();
    const run = await shell.run(`'johndoe@${D}', 'adelevance@${D}', 'lynnerobbins@${D}' | New-EntraIDUserTemporaryAccessPass`);
    expect(run.output).toEqual([]);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]?.message).toContain('InvalidAuthenticationToken');
    expect(run.errors[0]?.message).toContain('Run Connect-EntraID again');
    expect(shell.emulator.state.issuedCount(JOHN_DOE_ID)).toBe(0);
  });

  it('an already expired token is refused when connecting', async () => {
    const run = await shell.connect({ expiresInSeconds: -60 });
    expect(run.errors[0]?.message).toMatch(/expired/i);
  });

  it('without a connection, says how to connect', async () => {
    await shell.run('Disconnect-EntraID');
    const run = await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity johndoe@${D}`);
    expect(run.errors[0]?.message).toMatch(/Connect-EntraID/);
  });
});

describe('-WhatIf and CSV input', () => {
  it('-WhatIf names each user and sends nothing', async () => {
    const run = await shell.run(`'johndoe@${D}', '${JOHN_DOE_ID}' | New-EntraIDUserTemporaryAccessPass -WhatIf`);
    expect(posts()).toEqual([]);
    const lines = run.information.map((i) => i.hostText);
    expect(lines).toEqual([
      `What if: Performing the operation "Create a Temporary Access Pass (replaces any existing pass)" on target "johndoe@${D}".`,
      `What if: Performing the operation "Create a Temporary Access Pass (replaces any existing pass)" on target "${JOHN_DOE_ID}".`,
    ]);
  });

  it('Import-Csv rows bind by property name (UserPrincipalName, ObjectId)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entra-tap-'));
    const path = join(dir, 'users.csv');
    writeFileSync(path, `UserPrincipalName,ObjectId,Note\nadelevance@${D},,first\n,${JOHN_DOE_ID},second\n`);
    const run = await shell.run(`Import-Csv '${path}' | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 30`);
    expect(run.errors).toEqual([]);
    expect(posts().map((p) => p.path)).toEqual([
      `/v1.0/users/adelevance@${D}/authentication/temporaryAccessPassMethods`,
      `/v1.0/users/${JOHN_DOE_ID}/authentication/temporaryAccessPassMethods`,
    ]);
    expect((run.output[1] as PSObject).get('UserId')).toBe(JOHN_DOE_ID);
  });
});
