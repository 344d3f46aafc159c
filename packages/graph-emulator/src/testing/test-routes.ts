/**
 * Test-only routes under `/_emulator/`. They exist only in the emulator (Graph has nothing like
 * them), need no token but the emulator's secret and a loopback Host (see test-route-guard.ts),
 * and are never throttled or faulted: they let a test or a benchmark
 * running the emulator as a child process mint tokens, move the clock, read the current pass for
 * reconciliation, mark a pass used, change settings, and reset.
 */
import type { MintTokenOptions } from '../auth/token-authority.js';
import type { Emulator, NewUser } from '../emulator-types.js';
import type { GraphResponse } from '../http/graph-types.js';
import { json, noContent } from '../http/odata.js';
import type { RuntimeOptions } from '../options.js';
import type { TapPolicy } from '../tap/policy.js';
import { testRouteRefusal } from './test-route-guard.js';

export const TEST_ROUTE_PREFIX = '/_emulator';

const ROUTES = [
  'GET    /_emulator                         this list',
  'GET    /_emulator/state                   tenant, user count, passes issued, policy, clock',
  'POST   /_emulator/token                   mint a token: { scopes?, roles?, user?, appId?, expiresInSeconds?, audience? }',
  'GET    /_emulator/clock                   the emulator clock',
  'POST   /_emulator/clock/advance           { ms? seconds? minutes? }',
  'POST   /_emulator/clock/set               { now: ISO 8601 }',
  'GET    /_emulator/taps                    every user ever issued a pass: issued count and current pass (with the secret)',
  'GET    /_emulator/users/{id|upn}/tap      one user: issued count and current pass (with the secret)',
  'POST   /_emulator/users/{id|upn}/tap/use  mark the current pass used (a sign-in)',
  'POST   /_emulator/users                   add a user { userPrincipalName, displayName, ... }',
  'PATCH  /_emulator/users/{id|upn}          change a user',
  'DELETE /_emulator/users/{id|upn}          remove a user',
  'POST   /_emulator/groups/{id}/members     add a member { id: user id, UPN or group id }',
  'DELETE /_emulator/groups/{id}/members/{m} remove a member (user id, UPN or group id)',
  'PATCH  /_emulator/policy                  change the TAP policy without the Graph checks',
  'POST   /_emulator/config                  { throttling?, faults?, latency? }',
  'GET    /_emulator/requests                requests received',
  'DELETE /_emulator/requests                forget them',
  'POST   /_emulator/reset                   back to the initial tenant',
];

function problem(status: number, message: string): GraphResponse {
  return json(status, { error: { code: status === 404 ? 'NotFound' : 'BadRequest', message } });
}

function objectBody(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

export class TestRoutes {
  constructor(
    private readonly emulator: Emulator,
    private readonly port: () => number,
  ) {}

  handle(method: string, rawPath: string, headers: Readonly<Record<string, string>>, body: unknown): GraphResponse | undefined {
    if (rawPath !== TEST_ROUTE_PREFIX && !rawPath.startsWith(`${TEST_ROUTE_PREFIX}/`)) return undefined;
    const refusal = testRouteRefusal(headers, this.port(), this.emulator.secret);
    if (refusal !== undefined) return json(403, { error: { code: 'Forbidden', message: refusal } });
    let segments: string[];
    try {
      segments = rawPath.slice(TEST_ROUTE_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return problem(400, 'Malformed percent-encoding in the path.');
    }
    try {
      return this.#route(method, segments, body) ?? problem(404, `No test route ${method} ${rawPath}. GET /_emulator lists them.`);
    } catch (error) {
      return problem(400, error instanceof Error ? error.message : String(error));
    }
  }

  #route(method: string, segments: readonly string[], body: unknown): GraphResponse | undefined {
    const emulator = this.emulator;
    const [head, second, third, fourth] = segments;
    const route = `${method} ${head ?? ''}`;
    if (segments.length === 0 && method === 'GET') return json(200, { routes: ROUTES });
    if (route === 'GET state' && segments.length === 1) {
      return json(200, { tenant: emulator.tenant, users: emulator.state.userCount(), totalIssued: emulator.state.totalIssued(), policy: emulator.state.policy(), now: emulator.clock.now().toISOString() });
    }
    if (route === 'POST token') {
      const token = emulator.mintToken(objectBody(body) as MintTokenOptions);
      return json(200, { token_type: 'Bearer', access_token: token, expires_in: Number(objectBody(body)['expiresInSeconds'] ?? 3600) });
    }
    if (head === 'clock') return this.#clock(method, second, objectBody(body));
    if (route === 'GET taps') {
      const value = [...emulator.state.issuedCounts()].map(([userId, issued]) => ({ userId, issued, current: emulator.state.currentTap(userId) ?? null }));
      return json(200, { value });
    }
    if (head === 'users') return this.#users(method, second, third, fourth, body);
    if (head === 'groups' && second !== undefined && third === 'members') return this.#members(method, second, fourth, body);
    if (route === 'PATCH policy') return json(200, emulator.state.setPolicy(objectBody(body) as Partial<TapPolicy>));
    if (route === 'POST config') {
      emulator.configure(objectBody(body) as RuntimeOptions);
      return noContent();
    }
    if (route === 'GET requests') return json(200, { value: emulator.requests });
    if (route === 'DELETE requests') {
      emulator.clearRequests();
      return noContent();
    }
    if (route === 'POST reset') {
      emulator.reset();
      return noContent();
    }
    return undefined;
  }

  #clock(method: string, action: string | undefined, body: Record<string, unknown>): GraphResponse | undefined {
    const clock = this.emulator.clock;
    if (method === 'POST' && action === 'advance') {
      const ms = Number(body['ms'] ?? 0) + Number(body['seconds'] ?? 0) * 1000 + Number(body['minutes'] ?? 0) * 60_000;
      clock.advance(ms);
    } else if (method === 'POST' && action === 'set') {
      clock.set(new Date(String(body['now'])));
    } else if (method !== 'GET' || action !== undefined) {
      return undefined;
    }
    return json(200, { now: clock.now().toISOString() });
  }

  #members(method: string, group: string, member: string | undefined, body: unknown): GraphResponse | undefined {
    const state = this.emulator.state;
    if (state.findGroup(group) === undefined) return problem(404, `No group '${group}'.`);
    if (method === 'POST' && member === undefined) {
      const id = objectBody(body)['id'];
      if (typeof id !== 'string' || id === '') return problem(400, 'Give the member as { "id": "<user id, UPN or group id>" }.');
      state.addGroupMember(group, id);
      return noContent();
    }
    if (method === 'DELETE' && member !== undefined) {
      state.removeGroupMember(group, member);
      return noContent();
    }
    return undefined;
  }

  #users(method: string, key: string | undefined, sub: string | undefined, action: string | undefined, body: unknown): GraphResponse | undefined {
    const state = this.emulator.state;
    if (key === undefined) return method === 'POST' ? json(201, state.addUser(objectBody(body) as NewUser)) : undefined;
    if (sub === 'tap') {
      const user = state.findUser(key);
      if (user === undefined) return problem(404, `No user '${key}'.`);
      if (method === 'GET' && action === undefined) return json(200, { userId: user.id, issued: state.issuedCount(user.id), current: state.currentTap(user.id) ?? null });
      if (method === 'POST' && action === 'use') {
        const used = state.markTapUsed(user.id);
        return used === undefined ? problem(404, `User '${key}' has no Temporary Access Pass.`) : json(200, used);
      }
      return undefined;
    }
    if (sub !== undefined) return undefined;
    if (method === 'PATCH') return json(200, state.updateUser(key, objectBody(body)));
    if (method === 'DELETE') {
      state.removeUser(key);
      return noContent();
    }
    if (method === 'GET') {
      const user = state.findUser(key);
      return user === undefined ? problem(404, `No user '${key}'.`) : json(200, user);
    }
    return undefined;
  }
}
