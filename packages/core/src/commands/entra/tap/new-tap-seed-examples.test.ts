/**
 * The four examples of New-PnPEntraIDUserTemporaryAccessPass's documentation, typed verbatim into
 * a session connected to the emulator, with the PnP names and with ours: what Graph received and
 * which records came out.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JOHN_DOE_ID } from '@entra-shell/graph-emulator';
import type { PSDateTime, PSObject } from '../../../values/model.js';
import { entraSession, type EntraSession } from '../test-support/entra-session.js';

const UPN = 'johndoe@contoso.onmicrosoft.com';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const SEED = {
  example1: 'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com',
  example2: 'New-PnPEntraIDUserTemporaryAccessPass -Identity 72e2eb87-c124-4bd9-8e01-a447a1752058 -IsUseableOnce:$true',
  example3:
    'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com -StartDateTime (Get-Date).AddHours(2) -LifeTimeInMinutes 10 -IsUseableOnce:$true',
  example4:
    'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com | New-PnPEntraIDUserTemporaryAccessPass -StartDateTime (Get-Date).AddMinutes(10) -LifeTimeInMinutes 15 -IsUseableOnce:$false',
} as const;

/** The same lines with our own names, and with PnP's older AzureAD alias. */
const spellings: readonly (readonly [string, (line: string) => string])[] = [
  ['PnP names', (line) => line],
  ['entra-shell names', (line) => line.replace(/New-PnPEntraIDUser/g, 'New-EntraIDUser').replace(/Get-PnPEntraIDUser/g, 'Get-EntraIDUser')],
  ['PnP AzureAD aliases', (line) => line.replace(/New-PnPEntraIDUser/g, 'New-PnPAzureADUser').replace(/Get-PnPEntraIDUser/g, 'Get-PnPAzureADUser')],
];

let shell: EntraSession;
beforeAll(async () => {
  shell = await entraSession();
  const connected = await shell.connect();
  expect(connected.errors).toEqual([]);
});
afterAll(() => shell.close());
beforeEach(() => shell.emulator.clearRequests());

function posts(): EntraSession['emulator']['requests'][number][] {
  return shell.emulator.requests.filter((r) => r.method === 'POST');
}

function onlyPass(run: { output: unknown[]; errors: unknown[] }): PSObject {
  expect(run.errors).toEqual([]);
  expect(run.output).toHaveLength(1);
  return run.output[0] as PSObject;
}

const ms = (value: unknown): number => (value as PSDateTime).epochMs;

describe.each(spellings)('the seed examples with %s', (_label, spell) => {
  it('example 1: a pass following the tenant defaults, nothing but the user sent', async () => {
    const pass = onlyPass(await shell.run(spell(SEED.example1)));
    const [post] = posts();
    expect(posts()).toHaveLength(1);
    expect(post?.path).toBe(`/v1.0/users/${UPN}/authentication/temporaryAccessPassMethods`);
    expect(post?.body ?? {}).toEqual({});
    expect(post?.headers['client-request-id']).toMatch(UUID);
    expect(post?.headers['content-type']).toMatch(/application\/json/);
    expect(post?.headers['consistencylevel']).toBeUndefined();
    // No lookup of the user: one request in all.
    expect(shell.emulator.requests).toHaveLength(1);
    const current = shell.emulator.state.currentTap(JOHN_DOE_ID);
    expect(pass.typeNames[0]).toBe('EntraShell.TemporaryAccessPass');
    expect(pass.get('UserPrincipalName')).toBe(UPN);
    expect(pass.get('TemporaryAccessPass')).toBe(current?.temporaryAccessPass);
    expect(String(pass.get('TemporaryAccessPass'))).toHaveLength(8);
    expect(pass.get('LifetimeInMinutes')).toBe(60);
    expect(pass.get('IsUsableOnce')).toBe(false);
    expect(pass.get('IsUsable')).toBe(true);
    expect(pass.get('MethodUsabilityReason')).toBe('EnabledByPolicy');
    expect(ms(pass.get('EndDateTime')) - ms(pass.get('StartDateTime'))).toBe(60 * 60_000);
  });

  it('example 2: by object id, one-time use, no lookup', async () => {
    const pass = onlyPass(await shell.run(spell(SEED.example2)));
    expect(shell.emulator.requests).toHaveLength(1);
    const [post] = posts();
    expect(post?.path).toBe(`/v1.0/users/${JOHN_DOE_ID}/authentication/temporaryAccessPassMethods`);
    expect(post?.body).toEqual({ isUsableOnce: true });
    expect(pass.get('UserId')).toBe(JOHN_DOE_ID);
    expect(pass.get('IsUsableOnce')).toBe(true);
    expect(pass.get('LifetimeInMinutes')).toBe(60);
    expect(pass.get('TemporaryAccessPass')).toBe(shell.emulator.state.currentTap(JOHN_DOE_ID)?.temporaryAccessPass);
  });

  it('example 3: starts in two hours (sent in UTC), ten minutes, one-time', async () => {
    const before = Date.now();
    const pass = onlyPass(await shell.run(spell(SEED.example3)));
    const after = Date.now();
    const [post] = posts();
    expect(post?.path).toBe(`/v1.0/users/${UPN}/authentication/temporaryAccessPassMethods`);
    const body = post?.body as { startDateTime: string; lifetimeInMinutes: number; isUsableOnce: boolean };
    expect(Object.keys(body).sort()).toEqual(['isUsableOnce', 'lifetimeInMinutes', 'startDateTime']);
    expect(body.startDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const start = Date.parse(body.startDateTime);
    expect(start).toBeGreaterThanOrEqual(before + 2 * 3_600_000 - 1000);
    expect(start).toBeLessThanOrEqual(after + 2 * 3_600_000 + 1000);
    expect(body.lifetimeInMinutes).toBe(10);
    expect(body.isUsableOnce).toBe(true);
    expect(Math.abs(ms(pass.get('StartDateTime')) - start)).toBeLessThan(1000);
    expect(ms(pass.get('EndDateTime')) - ms(pass.get('StartDateTime'))).toBe(10 * 60_000);
    expect(pass.get('IsUsable')).toBe(false);
    expect(pass.get('MethodUsabilityReason')).toBe('NotYetValid');
  });

  it('example 4: the looked-up user piped in, reusable, fifteen minutes from ten minutes on', async () => {
    const before = Date.now();
    const pass = onlyPass(await shell.run(spell(SEED.example4)));
    const [lookup, post] = shell.emulator.requests;
    expect(lookup?.method).toBe('GET');
    expect(lookup?.path).toBe(`/v1.0/users/${UPN}`);
    // The user object carries its id: the pass is requested by id, with no second lookup.
    expect(post?.path).toBe(`/v1.0/users/${JOHN_DOE_ID}/authentication/temporaryAccessPassMethods`);
    expect(shell.emulator.requests).toHaveLength(2);
    const body = post?.body as { startDateTime: string; lifetimeInMinutes: number; isUsableOnce: boolean };
    expect(Math.abs(Date.parse(body.startDateTime) - (before + 10 * 60_000))).toBeLessThan(5000);
    expect(body).toMatchObject({ lifetimeInMinutes: 15, isUsableOnce: false });
    expect(pass.get('UserPrincipalName')).toBe(UPN);
    expect(pass.get('UserId')).toBe(JOHN_DOE_ID);
    expect(pass.get('IsUsableOnce')).toBe(false);
    expect(pass.get('LifetimeInMinutes')).toBe(15);
    expect(pass.get('MethodUsabilityReason')).toBe('NotYetValid');
  });
});

it('-IsUsableOnce also takes the real spelling and the bare switch form', async () => {
  onlyPass(await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity ${UPN} -IsUsableOnce`));
  onlyPass(await shell.run(`New-EntraIDUserTemporaryAccessPass -Identity ${UPN} -LifetimeInMinutes 30 -IsUsableOnce:$false`));
  expect(posts().map((p) => p.body)).toEqual([{ isUsableOnce: true }, { lifetimeInMinutes: 30, isUsableOnce: false }]);
});

it('keeps the pass out of verbose output', async () => {
  const run = await shell.run(`${SEED.example1} -Verbose`);
  const pass = String((onlyPass(run)).get('TemporaryAccessPass'));
  expect(run.verbose.length).toBeGreaterThan(0);
  for (const record of [...run.verbose, ...run.warnings]) expect(record.message).not.toContain(pass);
});
