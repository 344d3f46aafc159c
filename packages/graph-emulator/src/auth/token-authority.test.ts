import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { ROLE } from '../directory/roles.js';
import { call, errorOf } from '../testing/graph.test-helper.js';

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('tokens and authentication', () => {
  let emulator: Emulator;
  let other: Emulator;
  const clock = new ManualClock();
  beforeAll(async () => {
    [emulator, other] = await Promise.all([startEmulator({ clock }), startEmulator()]);
  });
  afterAll(() => Promise.all([emulator.close(), other.close()]));

  const users = (token: string | null, headers: Record<string, string> = {}) => call(emulator, 'GET', '/users?$top=1', { token, headers });

  it('mints a delegated admin token by default, with scp, upn, oid and wids', () => {
    const token = claims(emulator.mintToken());
    expect(token).toMatchObject({ aud: 'https://graph.microsoft.com', tid: emulator.tenant.id, upn: 'admin@contoso.onmicrosoft.com', idtyp: 'user', ver: '1.0' });
    expect(String(token['scp']).split(' ')).toContain('UserAuthenticationMethod.ReadWrite.All');
    expect(token['wids']).toEqual([ROLE.privilegedAuthenticationAdministrator, ROLE.authenticationPolicyAdministrator, ROLE.defaultUser]);
    expect(token['exp']).toBe(Math.floor(clock.now() / 1000) + 3600);
  });

  it('mints an application token from roles alone', () => {
    const token = claims(emulator.mintToken({ roles: ['User.Read.All'], appId: '11111111-2222-4333-8444-555555555555' }));
    expect(token).toMatchObject({ roles: ['User.Read.All'], appid: '11111111-2222-4333-8444-555555555555', idtyp: 'app' });
    expect(token['scp']).toBeUndefined();
    expect(token['upn']).toBeUndefined();
  });

  it('refuses to mint for an unknown user or with roles on a delegated token', () => {
    expect(() => emulator.mintToken({ user: 'ghost@contoso.onmicrosoft.com' })).toThrow(/no user/);
    expect(() => emulator.mintToken({ user: 'admin@contoso.onmicrosoft.com', roles: ['User.Read.All'] })).toThrow(/application permissions/);
  });

  it.each([
    ['no header', null, 'Access token is empty.'],
    ['garbage', 'garbage', 'CompactToken parsing failed with error code: 80049217'],
  ])('answers 401 InvalidAuthenticationToken for %s', async (_name, token, message) => {
    const reply = await users(token === null ? null : token);
    expect(reply.status).toBe(401);
    expect(errorOf(reply)).toMatchObject({ code: 'InvalidAuthenticationToken', message });
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('answers 401 for a token signed by another emulator', async () => {
    const reply = await users(other.mintToken());
    expect(reply.status).toBe(401);
    expect(errorOf(reply).message).toBe('Access token validation failure. Invalid signature.');
  });

  it('answers 401 for an expired token, by the emulator clock', async () => {
    const token = emulator.mintToken({ expiresInSeconds: 60 });
    expect((await users(token)).status).toBe(200);
    clock.advance(61_000);
    const reply = await users(token);
    expect(reply.status).toBe(401);
    expect(errorOf(reply).message).toBe('Lifetime validation failed, the token is expired.');
  });

  it('checks the audience, accepting the Graph URL and its app id', async () => {
    expect((await users(emulator.mintToken({ audience: '00000003-0000-0000-c000-000000000000' }))).status).toBe(200);
    expect((await users(emulator.mintToken({ audience: 'https://graph.microsoft.com/' }))).status).toBe(200);
    const wrong = await users(emulator.mintToken({ audience: 'https://management.azure.com' }));
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong).message).toBe('Access token validation failure. Invalid audience.');
  });

  it('refuses a token for another tenant', async () => {
    expect((await users(emulator.mintToken({ tenantId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(401);
  });

  it('answers 403 Authorization_RequestDenied when the token lacks the permission', async () => {
    for (const token of [emulator.mintToken({ roles: [] }), emulator.mintToken({ scopes: ['Mail.Read'] }), emulator.mintToken({ roles: ['Mail.Read'] })]) {
      const reply = await users(token);
      expect(reply.status).toBe(403);
      expect(errorOf(reply)).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    }
  });

  it('accepts any documented alternative, case-insensitively', async () => {
    for (const scope of ['User.ReadBasic.All', 'Directory.Read.All', 'user.read.all']) {
      expect((await users(emulator.mintToken({ scopes: [scope] }))).status).toBe(200);
    }
    expect((await users(emulator.mintToken({ roles: ['Directory.Read.All'] }))).status).toBe(200);
  });
});
