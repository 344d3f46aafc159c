import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { call, tapPath } from './graph.test-helper.js';

const JOHN = 'johndoe@contoso.onmicrosoft.com';

describe('/_emulator test routes', () => {
  let emulator: Emulator;
  const test = (method: string, path: string, body?: unknown) => call(emulator, method, `/_emulator${path}`, { token: null, ...(body === undefined ? {} : { body }) });
  beforeAll(async () => {
    emulator = await startEmulator({ clock: new ManualClock(Date.UTC(2026, 5, 1)) });
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.close());

  describe('who may call them', () => {
    /** A raw request, so Host and browser headers can be set as a web page's would be. */
    function raw(path: string, headers: Record<string, string>, method = 'GET'): Promise<number> {
      const { port } = new URL(emulator.url);
      return new Promise((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port: Number(port), path, method, headers }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end();
      });
    }
    const port = () => new URL(emulator.url).port;

    it('need the secret the emulator printed', async () => {
      expect(await raw('/_emulator/taps', { host: `127.0.0.1:${port()}` })).toBe(403);
      expect(await raw('/_emulator/taps', { host: `127.0.0.1:${port()}`, 'X-Emulator-Secret': 'guessed-guessed-guessed' })).toBe(403);
      expect(await raw('/_emulator/taps', { host: `127.0.0.1:${port()}`, 'X-Emulator-Secret': emulator.secret })).toBe(200);
      expect(await raw('/_emulator/taps', { host: `localhost:${port()}`, 'X-Emulator-Secret': emulator.secret })).toBe(200);
    });

    it('refuse a Host that is not this emulator on loopback (DNS rebinding)', async () => {
      expect(await raw('/_emulator/token', { host: `evil.example:${port()}`, 'X-Emulator-Secret': emulator.secret }, 'POST')).toBe(403);
      expect(await raw('/_emulator/token', { host: '127.0.0.1:1', 'X-Emulator-Secret': emulator.secret }, 'POST')).toBe(403);
    });

    it('refuse cross-origin requests a browser marks, even simple ones', async () => {
      const base = { host: `127.0.0.1:${port()}`, 'X-Emulator-Secret': emulator.secret };
      expect(await raw('/_emulator/token', { ...base, origin: 'https://evil.example' }, 'POST')).toBe(403);
      expect(await raw('/_emulator/taps', { ...base, 'sec-fetch-site': 'cross-site' })).toBe(403);
      expect(await raw('/_emulator/taps', { ...base, origin: emulator.url, 'sec-fetch-site': 'same-origin' })).toBe(200);
    });

    it('leave Graph routes alone: those answer to a token, whatever the Host', async () => {
      const token = emulator.mintToken();
      expect(await raw('/v1.0/users?$top=1', { host: 'graph.microsoft.com', authorization: `Bearer ${token}` })).toBe(200);
    });
  });

  it('lists themselves and need no token', async () => {
    const reply = await test('GET', '');
    expect(reply.status).toBe(200);
    expect((reply.body['routes'] as string[]).length).toBeGreaterThan(10);
  });

  it('mint a token that works against Graph', async () => {
    const minted = await test('POST', '/token', { roles: ['User.Read.All'] });
    const token = String(minted.body['access_token']);
    expect((await call(emulator, 'GET', '/users?$top=1', { token })).status).toBe(200);
    expect((await call(emulator, 'POST', tapPath(JOHN), { token, body: {} })).status).toBe(403);
  });

  it('move the clock', async () => {
    expect((await test('POST', '/clock/advance', { minutes: 90 })).body['now']).toBe('2026-06-01T01:30:00.000Z');
    expect((await test('POST', '/clock/set', { now: '2027-01-01T00:00:00Z' })).body['now']).toBe('2027-01-01T00:00:00.000Z');
    expect(emulator.clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('expose the current pass with its secret, and the counts, for reconciliation', async () => {
    const created = await call(emulator, 'POST', tapPath(JOHN), { body: {} });
    await call(emulator, 'POST', tapPath('adelevance@contoso.onmicrosoft.com'), { body: {} });
    await call(emulator, 'POST', tapPath('adelevance@contoso.onmicrosoft.com'), { body: {} });
    const one = await test('GET', `/users/${JOHN}/tap`);
    expect(one.body).toMatchObject({ issued: 1, current: { id: created.body['id'], temporaryAccessPass: created.body['temporaryAccessPass'], userPrincipalName: JOHN } });
    const all = await test('GET', '/taps');
    expect((all.body.value ?? []).map((entry) => entry['issued'])).toEqual([1, 2]);
    expect((await test('GET', '/users/leegu@contoso.onmicrosoft.com/tap')).body).toMatchObject({ issued: 0, current: null });
  });

  it('mark a pass used', async () => {
    await call(emulator, 'POST', tapPath(JOHN), { body: { isUsableOnce: true } });
    const used = await test('POST', `/users/${JOHN}/tap/use`);
    expect(used.body).toMatchObject({ used: true, isUsable: false, methodUsabilityReason: 'OneTimeUsed' });
    expect((await test('POST', '/users/leegu@contoso.onmicrosoft.com/tap/use')).status).toBe(404);
  });

  it('add, change and remove users', async () => {
    const added = await test('POST', '/users', { userPrincipalName: 'temp@contoso.onmicrosoft.com', displayName: 'Temp Worker', department: 'Support' });
    expect(added.status).toBe(201);
    expect((await call(emulator, 'GET', '/users/temp@contoso.onmicrosoft.com?$select=department')).body['department']).toBe('Support');
    expect((await test('PATCH', '/users/temp@contoso.onmicrosoft.com', { userType: 'Guest' })).body['userType']).toBe('Guest');
    expect((await call(emulator, 'POST', tapPath('temp@contoso.onmicrosoft.com'), { body: {} })).status).toBe(400);
    expect((await test('DELETE', '/users/temp@contoso.onmicrosoft.com')).status).toBe(204);
    expect((await call(emulator, 'GET', '/users/temp@contoso.onmicrosoft.com')).status).toBe(404);
    expect((await test('POST', '/users', { displayName: 'No UPN' })).status).toBe(400);
  });

  it('change policy and settings, and reset everything', async () => {
    expect((await test('PATCH', '/policy', { state: 'disabled' })).body['state']).toBe('disabled');
    expect((await test('PATCH', '/policy', { defaultLength: 3 })).status).toBe(400);
    expect((await test('POST', '/config', { faults: { rates: { 503: 1 } } })).status).toBe(204);
    expect((await call(emulator, 'GET', '/users')).status).toBe(503);
    await test('POST', '/clock/advance', { seconds: 30 });
    expect((await test('POST', '/reset')).status).toBe(204);
    expect(emulator.state.policy().state).toBe('enabled');
    expect(emulator.clock.now().toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect((await call(emulator, 'GET', '/users')).status).toBe(503);
    await test('POST', '/config', { faults: {} });
  });

  it('show and forget received requests', async () => {
    await call(emulator, 'GET', '/users?$top=2');
    const log = await test('GET', '/requests');
    expect(log.body.value?.[0]).toMatchObject({ method: 'GET', path: '/v1.0/users', query: { $top: '2' } });
    await test('DELETE', '/requests');
    expect(emulator.requests).toHaveLength(0);
  });

  it('answer 404 for unknown test routes', async () => {
    expect((await test('GET', '/nope')).status).toBe(404);
  });
});
