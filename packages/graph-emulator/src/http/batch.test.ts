import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { JOHN_DOE_ID } from '../directory/roles.js';
import { call, errorOf } from '../testing/graph.test-helper.js';

type BatchResponse = { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> & { error?: { code: string; message: string } } };

const createTap = (id: string, user: string, extra: Record<string, unknown> = {}) => ({
  id,
  method: 'POST',
  url: `/users/${user}/authentication/temporaryAccessPassMethods`,
  headers: { 'Content-Type': 'application/json' },
  body: { lifetimeInMinutes: 60 },
  ...extra,
});

describe('POST /$batch', () => {
  let emulator: Emulator;
  const batch = async (requests: unknown[], token?: string) => {
    const reply = await call(emulator, 'POST', '/$batch', { body: { requests }, ...(token ? { token } : {}) });
    const responses = (reply.body['responses'] ?? []) as BatchResponse[];
    return { reply, responses, byId: (id: string) => responses.find((r) => r.id === id) };
  };
  beforeAll(async () => {
    emulator = await startEmulator({ clock: new ManualClock() });
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.close());

  it('runs each request and answers each with its own status, headers and body', async () => {
    const { reply, byId } = await batch([
      { id: '1', method: 'GET', url: `/users/${JOHN_DOE_ID}?$select=displayName` },
      createTap('2', 'adelevance@contoso.onmicrosoft.com'),
      { id: '3', method: 'GET', url: 'users/ghost@contoso.onmicrosoft.com' },
      { id: '4', method: 'GET', url: "/users?$filter=endswith(mail,'.com')&$count=true", headers: { ConsistencyLevel: 'eventual' } },
    ]);
    expect(reply.status).toBe(200);
    expect(byId('1')).toMatchObject({ status: 200, body: { displayName: 'John Doe' } });
    expect(byId('1')?.headers['Content-Type']).toMatch(/^application\/json/);
    expect(byId('2')).toMatchObject({ status: 201, body: { lifetimeInMinutes: 60 } });
    expect(byId('3')).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
    expect(byId('4')?.status).toBe(200);
    expect(emulator.state.issuedCount('adelevance@contoso.onmicrosoft.com')).toBe(1);
  });

  it('records each item with its batch and item id', async () => {
    emulator.clearRequests();
    await batch([createTap('a', 'adelevance@contoso.onmicrosoft.com')]);
    const item = emulator.requests.find((r) => r.batch?.itemId === 'a');
    expect(item).toMatchObject({ method: 'POST', path: '/v1.0/users/adelevance@contoso.onmicrosoft.com/authentication/temporaryAccessPassMethods', body: { lifetimeInMinutes: 60 } });
    expect(item?.batch?.requestId).toBe(emulator.requests[0]?.requestId);
  });

  it('encodes guest and $ users like direct calls', async () => {
    const { byId } = await batch([
      { id: 'g', method: 'GET', url: '/users/jane_fabrikam.com%23EXT%23@contoso.onmicrosoft.com' },
      { id: 'd', method: 'GET', url: "/users('$adm.ops@contoso.onmicrosoft.com')" },
    ]);
    expect(byId('g')?.body?.['userPrincipalName']).toBe('jane_fabrikam.com#EXT#@contoso.onmicrosoft.com');
    expect(byId('d')?.body?.['userPrincipalName']).toBe('$adm.ops@contoso.onmicrosoft.com');
  });

  it('refuses more than 20 requests, duplicate ids and unknown dependencies as a whole', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users?$top=1' }));
    const tooMany = await batch(many);
    expect(tooMany.reply.status).toBe(400);
    expect(errorOf(tooMany.reply).message).toMatch(/maximum is 20/);
    expect((await batch(many.slice(0, 20))).responses).toHaveLength(20);
    const duplicate = await batch([{ id: 'x', method: 'GET', url: '/users' }, { id: 'X', method: 'GET', url: '/users' }]);
    expect(duplicate.reply.status).toBe(400);
    expect((await batch([{ id: '1', method: 'GET', url: '/users', dependsOn: ['9'] }])).reply.status).toBe(400);
    expect((await batch([{ id: '1', method: 'GET', url: '/users', dependsOn: ['2'] }, { id: '2', method: 'GET', url: '/users', dependsOn: ['1'] }])).reply.status).toBe(400);
    expect((await batch([{ id: '1', method: 'POST', url: '/users/x/authentication/temporaryAccessPassMethods' }])).reply.status).toBe(400);
  });

  it('answers 424 for requests that depend on a failed one, and runs dependents in order', async () => {
    const { byId } = await batch([
      createTap('1', 'ghost@contoso.onmicrosoft.com'),
      createTap('2', 'adelevance@contoso.onmicrosoft.com', { dependsOn: ['1'] }),
      createTap('3', 'lynnerobbins@contoso.onmicrosoft.com'),
      { id: '4', method: 'GET', url: '/users/lynnerobbins@contoso.onmicrosoft.com/authentication/temporaryAccessPassMethods', dependsOn: ['3'] },
    ]);
    expect(byId('1')?.status).toBe(404);
    expect(byId('2')).toMatchObject({ status: 424, body: { error: { code: 'FailedDependency' } } });
    expect(emulator.state.issuedCount('adelevance@contoso.onmicrosoft.com')).toBe(0);
    expect(byId('4')?.status).toBe(200);
    expect((byId('4')?.body?.['value'] as unknown[]).length).toBe(1);
  });

  it('throttles items individually: 429 with their own Retry-After', async () => {
    emulator.configure({ throttling: { enabled: true, limits: { writes: { limit: 3, windowSeconds: 15 } } } });
    const users = ['adelevance', 'lynnerobbins', 'pradeepgupta', 'isaiahlanger', 'emmafischer'];
    const { reply, responses } = await batch(users.map((u, i) => createTap(String(i), `${u}@contoso.onmicrosoft.com`)));
    expect(reply.status).toBe(200);
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 429, 429]);
    expect(responses[3]?.headers['Retry-After']).toBe('5');
    expect(responses[3]?.body?.error).toMatchObject({ code: 'TooManyRequests' });
    expect(emulator.state.totalIssued()).toBe(3);
    emulator.configure({ throttling: { enabled: false } });
  });

  it('checks auth and permissions for every item', async () => {
    const reader = emulator.mintToken({ roles: ['User.Read.All'] });
    const { byId } = await batch([{ id: 'r', method: 'GET', url: '/users?$top=1' }, createTap('w', 'adelevance@contoso.onmicrosoft.com')], reader);
    expect(byId('r')?.status).toBe(200);
    expect(byId('w')).toMatchObject({ status: 403, body: { error: { code: 'accessDenied', message: 'Request Authorization failed' } } });
    const unauthenticated = await call(emulator, 'POST', '/$batch', { token: null, body: { requests: [{ id: '1', method: 'GET', url: '/users' }] } });
    expect(unauthenticated.status).toBe(401);
  });

  it('refuses a nested batch and an absolute URL per item', async () => {
    const { byId } = await batch([
      { id: 'n', method: 'POST', url: '/$batch', headers: { 'Content-Type': 'application/json' }, body: { requests: [] } },
      { id: 'a', method: 'GET', url: 'https://graph.microsoft.com/v1.0/users' },
    ]);
    expect(byId('n')?.status).toBe(400);
    expect(byId('a')?.status).toBe(400);
  });
});
