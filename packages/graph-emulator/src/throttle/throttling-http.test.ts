import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { call, errorOf, tapPath } from '../testing/graph.test-helper.js';

const JOHN = 'johndoe@contoso.onmicrosoft.com';

describe('throttling over HTTP, under a scripted clock', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ clock: new ManualClock(), throttling: { enabled: true, limits: { writes: { limit: 5, windowSeconds: 10 } } } });
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.close());

  it('answers 429 with Retry-After and x-ms-throttle headers, creates nothing, then recovers', async () => {
    const token = emulator.mintToken();
    for (let i = 0; i < 5; i++) expect((await call(emulator, 'POST', tapPath(JOHN), { body: {}, token })).status).toBe(201);
    const throttled = await call(emulator, 'POST', tapPath(JOHN), { body: {}, token });
    expect(throttled.status).toBe(429);
    expect(errorOf(throttled)).toMatchObject({ code: 'TooManyRequests', message: 'Please retry again later.' });
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect(throttled.headers.get('x-ms-throttle-scope')).toBe(`Tenant_Application/Write/8c3a5e71-2f4d-4b9e-a1c6-7d0e9f2b3a45/${emulator.tenant.id}`);
    expect(throttled.headers.get('x-ms-throttle-information')).toBe('WriteLimitExceeded');
    expect(emulator.state.issuedCount(JOHN)).toBe(5);
    // Reads still pass: writes and resource units are separate budgets.
    expect((await call(emulator, 'GET', tapPath(JOHN), { token })).status).toBe(200);
    emulator.clock.advance(1999);
    expect((await call(emulator, 'POST', tapPath(JOHN), { body: {}, token })).headers.get('retry-after')).toBe('0.001');
    emulator.clock.advance(1);
    expect((await call(emulator, 'POST', tapPath(JOHN), { body: {}, token })).status).toBe(201);
  });

  it('reports the cost of each call in x-ms-resource-unit', async () => {
    expect((await call(emulator, 'GET', '/users')).headers.get('x-ms-resource-unit')).toBe('2');
    expect((await call(emulator, 'GET', '/users?$select=id')).headers.get('x-ms-resource-unit')).toBe('1');
    expect((await call(emulator, 'GET', '/users?$top=5')).headers.get('x-ms-resource-unit')).toBe('1');
    expect((await call(emulator, 'GET', `/users/${JOHN}`)).headers.get('x-ms-resource-unit')).toBe('1');
  });

  it('keeps separate budgets per app', async () => {
    const appA = emulator.mintToken({ roles: ['UserAuthenticationMethod.ReadWrite.All'], appId: '0a0a0a0a-0000-4000-8000-000000000001' });
    const appB = emulator.mintToken({ roles: ['UserAuthenticationMethod.ReadWrite.All'], appId: '0b0b0b0b-0000-4000-8000-000000000002' });
    for (let i = 0; i < 5; i++) await call(emulator, 'POST', tapPath(JOHN), { body: {}, token: appA });
    expect((await call(emulator, 'POST', tapPath(JOHN), { body: {}, token: appA })).status).toBe(429);
    expect((await call(emulator, 'POST', tapPath(JOHN), { body: {}, token: appB })).status).toBe(201);
  });

  it('can be reconfigured at runtime, with fresh buckets', async () => {
    emulator.configure({ throttling: { enabled: true, limits: { writes: { limit: 1, windowSeconds: 60 } } } });
    expect((await call(emulator, 'POST', tapPath(JOHN), { body: {} })).status).toBe(201);
    expect((await call(emulator, 'POST', tapPath(JOHN), { body: {} })).headers.get('retry-after')).toBe('60');
    emulator.configure({ throttling: { enabled: false } });
    expect((await call(emulator, 'POST', tapPath(JOHN), { body: {} })).status).toBe(201);
    emulator.configure({ throttling: { enabled: true, limits: { writes: { limit: 5, windowSeconds: 10 } } } });
  });
});
