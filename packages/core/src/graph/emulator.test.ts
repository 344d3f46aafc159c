/** The Graph client against the Graph emulator over HTTP on 127.0.0.1. */
import { startEmulator, type Emulator } from '@entra-shell/graph-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdaptiveLimiter } from './adaptive-limiter.js';
import { createGraphClient, type GraphClient } from './client.js';
import { GraphError } from './errors.js';
import { mapConcurrentOrdered } from './map-ordered.js';

let emulator: Emulator;
let client: GraphClient;

beforeAll(async () => {
  emulator = await startEmulator({ users: 250 });
  // An application token: no directory-role limits on whose pass may be issued.
  const token = emulator.mintToken({ roles: ['User.Read.All', 'UserAuthenticationMethod.ReadWrite.All'] });
  client = createGraphClient({
    baseUrl: emulator.url,
    credential: { getToken: () => Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) },
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  });
});
afterAll(async () => {
  await emulator.close();
});

describe('Graph client against the emulator', () => {
  it('pages an advanced query, re-sending ConsistencyLevel on every page', async () => {
    emulator.clearRequests();
    const pages = [];
    for await (const page of client.pages<{ userPrincipalName: string }>(
      '/users',
      { $filter: `endsWith(userPrincipalName,'@${emulator.tenant.domain}')`, $count: true, $top: 100, $select: 'id,userPrincipalName' },
      { consistencyLevel: 'eventual' },
    )) {
      pages.push(page);
    }
    const total = pages.reduce((sum, page) => sum + page.value.length, 0);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]?.count).toBe(total);
    expect(emulator.requests).toHaveLength(pages.length);
    for (const request of emulator.requests) expect(request.headers.consistencylevel).toBe('eventual');
    expect(emulator.requests.slice(1).every((request) => Object.keys(request.query).some((name) => name.toLowerCase() === '$skiptoken'))).toBe(true);
  });

  it('maps Graph errors, e.g. an unknown user', async () => {
    const error = (await client.get('/users/nobody%40nowhere.example').catch((caught: unknown) => caught)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.code).toBe('Request_ResourceNotFound');
    expect(error.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(error.toUserMessage("User 'nobody@nowhere.example'")).toBe(
      `User 'nobody@nowhere.example' was not found (Request_ResourceNotFound, request-id ${error.requestId ?? ''}).`,
    );
  });

  it('batches with results in input order', async () => {
    const users = [];
    for await (const user of client.iterate<{ id: string }>('/users', { $top: 30, $select: 'id' }, { maxPages: 1 })) users.push(user);
    const requests = [...users.map((user) => ({ method: 'GET', url: `/users/${user.id}?$select=id` })), { method: 'GET', url: '/users/00000000-0000-0000-0000-000000000000' }];
    const results = await client.batch(requests);
    expect(results.slice(0, -1).map((result) => (result.ok ? (result.body as { id: string }).id : 'error'))).toEqual(users.map((user) => user.id));
    expect(results.at(-1)).toMatchObject({ ok: false, status: 404 });
  });

  it('issues passes in bulk under write throttling, in input order, each user once', async () => {
    emulator.configure({ throttling: { enabled: true, scale: 100, limits: { writes: { limit: 20, windowSeconds: 150 } } } });
    try {
      const users = [];
      for await (const user of client.iterate<{ id: string; userPrincipalName: string }>(
        '/users',
        { $filter: "userType eq 'Member'", $top: 120, $select: 'id,userPrincipalName' },
        { maxPages: 1 },
      )) {
        users.push(user);
      }
      const limiter = createAdaptiveLimiter({ max: 16 });
      const issued: string[] = [];
      for await (const result of mapConcurrentOrdered(users, async (user, _index, slot) => {
        const response = await client.post<{ temporaryAccessPass: string }>(
          `/users/${user.id}/authentication/temporaryAccessPassMethods`,
          { lifetimeInMinutes: 60 },
          { idempotentRetry: true, limiterSlot: slot },
        );
        return { id: user.id, pass: response.body.temporaryAccessPass };
      }, limiter)) {
        issued.push(result.id);
        expect(result.pass).toBe(emulator.state.currentTap(result.id)?.temporaryAccessPass);
      }
      expect(issued).toEqual(users.map((user) => user.id));
      expect(users.every((user) => emulator.state.issuedCount(user.id) === 1)).toBe(true);
      expect(limiter.stats().throttles).toBeGreaterThan(0);
    } finally {
      emulator.configure({ throttling: { enabled: false } });
    }
  });
});
