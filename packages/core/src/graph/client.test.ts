import { afterEach, describe, expect, it } from 'vitest';
import { createGraphClient, type GraphClient } from './client.js';
import { GraphError, GraphNetworkError, GraphTimeoutError } from './errors.js';
import type { GraphClientOptions, RetryEvent, ThrottleEvent } from './types.js';
import {
  countingCredential,
  graphErrorBody,
  startScriptedServer,
  type ScriptStep,
  type ScriptedServer,
} from './test-support/scripted-server.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Harness {
  client: GraphClient;
  server: ScriptedServer;
  sleeps: number[];
  throttles: ThrottleEvent[];
  retries: RetryEvent[];
  credential: ReturnType<typeof countingCredential>;
}

async function harness(script: ScriptStep[], options: Partial<GraphClientOptions> = {}): Promise<Harness> {
  server = await startScriptedServer(script);
  const sleeps: number[] = [];
  const throttles: ThrottleEvent[] = [];
  const retries: RetryEvent[] = [];
  const credential = countingCredential();
  const client = createGraphClient({
    baseUrl: server.url,
    credential,
    // Recorded instead of waited: the tests assert the delays the client chose, not the clock.
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0,
    onThrottle: (event) => throttles.push(event),
    onRetry: (event) => retries.push(event),
    ...options,
  });
  return { client, server, sleeps, throttles, retries, credential };
}

const ok = (body: unknown = { ok: true }): ScriptStep => ({ status: 200, body });

describe('Graph client requests', () => {
  it('sends the bearer token, a client-request-id, the user agent and the query under /v1.0', async () => {
    const h = await harness([{ status: 200, headers: { 'request-id': 'req-1' }, body: { id: 'u1' } }]);
    const response = await h.client.get<{ id: string }>('/users/x', {
      query: { $select: 'id,displayName', $top: 5, skipped: undefined },
      headers: { ConsistencyLevel: 'eventual', Authorization: 'Bearer stolen' },
    });
    expect(response.body).toEqual({ id: 'u1' });
    expect(response.requestId).toBe('req-1');
    expect(response.attempts).toBe(1);
    const [request] = h.server.requests;
    expect(request?.url).toBe('/v1.0/users/x?$select=id%2CdisplayName&$top=5');
    expect(request?.headers.authorization).toBe('Bearer token-1');
    expect(request?.headers.consistencylevel).toBe('eventual');
    expect(request?.headers['client-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(request?.headers['client-request-id']).toBe(response.clientRequestId);
    expect(request?.headers['user-agent']).toMatch(/^entra-shell\//);
  });

  it('serializes a POST body as JSON and returns undefined for 204', async () => {
    const h = await harness([{ status: 201, body: { id: 'tap' } }, { status: 204 }]);
    const created = await h.client.post('/users/u1/authentication/temporaryAccessPassMethods', { lifetimeInMinutes: 60 });
    expect(created.status).toBe(201);
    expect(JSON.parse(h.server.requests[0]?.body ?? '')).toEqual({ lifetimeInMinutes: 60 });
    expect(h.server.requests[0]?.headers['content-type']).toBe('application/json');
    const deleted = await h.client.delete('/users/u1/authentication/temporaryAccessPassMethods/tap');
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
  });

  it('reuses the token until shortly before it expires', async () => {
    const h = await harness([ok(), ok()]);
    await h.client.get('/me');
    await h.client.get('/me');
    expect(h.credential.calls).toBe(1);

    const shortLived = countingCredential(60_000);
    server?.script.push(ok(), ok());
    const client = createGraphClient({ baseUrl: h.server.url, credential: shortLived });
    await client.get('/me');
    await client.get('/me');
    expect(shortLived.calls).toBe(2);
  });

  it('follows a full URL only on its own origin', async () => {
    const h = await harness([ok()]);
    await h.client.get(`${h.server.url}/v1.0/users?$skiptoken=abc`);
    expect(h.server.requests[0]?.url).toBe('/v1.0/users?$skiptoken=abc');
    await expect(h.client.get('https://evil.example/v1.0/users')).rejects.toThrow(/Refusing to send the Microsoft Graph token/);
  });

  it("resolves Graph's public links against its own endpoint, so a remapped endpoint keeps paging through itself", async () => {
    const h = await harness([ok(), ok()]);
    await h.client.get('https://graph.microsoft.com/v1.0/users?$top=5&$skiptoken=abc');
    expect(h.server.requests[0]?.url).toBe('/v1.0/users?$top=5&$skiptoken=abc');
    await h.client.get('https://graph.microsoft.us/v1.0/users/delta?$deltatoken=xyz');
    expect(h.server.requests[1]?.url).toBe('/v1.0/users/delta?$deltatoken=xyz');
    await expect(h.client.get('https://graph.microsoft.com.evil.example/v1.0/users')).rejects.toThrow(/Refusing to send the Microsoft Graph token/);
    expect(h.server.requests).toHaveLength(2);
  });
});

describe('Graph errors', () => {
  it('turns a Graph error body into a GraphError with a message for people', async () => {
    const h = await harness([
      {
        status: 404,
        headers: { 'request-id': 'hdr-id' },
        body: graphErrorBody('Request_ResourceNotFound', "Resource 'x@contoso.com' does not exist.", '1234-abcd'),
      },
    ]);
    const error = await h.client.get('/users/x%40contoso.com').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    const graphError = error as GraphError;
    expect(graphError.status).toBe(404);
    expect(graphError.code).toBe('Request_ResourceNotFound');
    expect(graphError.requestId).toBe('1234-abcd');
    expect(graphError.date).toBe('2026-01-02T03:04:05');
    expect(graphError.path).toBe('/v1.0/users/x%40contoso.com');
    expect(graphError.toUserMessage("User 'x@contoso.com'")).toBe(
      "User 'x@contoso.com' was not found (Request_ResourceNotFound, request-id 1234-abcd).",
    );
    expect(JSON.stringify(graphError)).not.toContain('token-1');
    expect(graphError.message).not.toContain('token-1');
  });

  it('names the status when the body is not Graph-shaped', async () => {
    const h = await harness([(_request, response) => response.writeHead(502, 'Bad Gateway').end('<html>')]);
    const error = (await h.client.get('/users').catch((caught: unknown) => caught)) as GraphError;
    expect(error.code).toBe('Http502');
    expect(error.toUserMessage()).toBe('Microsoft Graph answered HTTP 502 Bad Gateway (Http502).');
  });
});

describe('Graph client retries', () => {
  it('honours a fractional Retry-After on 429, for POST too', async () => {
    const h = await harness([
      { status: 429, headers: { 'retry-after': '0.25' }, body: graphErrorBody('TooManyRequests', 'Please retry again later.') },
      { status: 201, body: { id: 'tap-2' } },
    ]);
    const response = await h.client.post('/users/u1/authentication/temporaryAccessPassMethods', {});
    expect(response.body).toEqual({ id: 'tap-2' });
    expect(response.attempts).toBe(2);
    expect(h.sleeps).toEqual([250]);
    expect(h.throttles).toMatchObject([{ status: 429, retryAfterMs: 250, delayMs: 250, attempt: 1, method: 'POST' }]);
    // One logical request, one client-request-id across attempts, so the service can correlate them.
    expect(h.server.requests[0]?.headers['client-request-id']).toBe(h.server.requests[1]?.headers['client-request-id']);
  });

  it('lets a limiter slot pace throttled retries instead of sleeping', async () => {
    const h = await harness([{ status: 429, headers: { 'retry-after': '0.5' } }, { status: 201, body: {} }]);
    const waits: (number | undefined)[] = [];
    const slot = {
      signal: undefined,
      throttled: () => undefined,
      waitToRetry: (ms?: number) => {
        waits.push(ms);
        return Promise.resolve();
      },
    };
    await h.client.post('/x', {}, { limiterSlot: slot });
    expect(waits).toEqual([500]);
    expect(h.sleeps).toEqual([]);
  });

  it('waits in the limiter slot without congestion for a 503 or a failed attempt, which say nothing about our rate', async () => {
    const h = await harness([{ status: 503, headers: { 'retry-after': '0.3' } }, { reset: true }, { status: 201, body: {} }], { random: () => 0 });
    const waits: [number | undefined, boolean | undefined][] = [];
    const throttled: (number | undefined)[] = [];
    const slot = {
      signal: undefined,
      throttled: (ms?: number) => void throttled.push(ms),
      waitToRetry: (ms?: number, options?: { congestion?: boolean }) => {
        waits.push([ms, options?.congestion]);
        return Promise.resolve();
      },
    };
    await h.client.post('/x', {}, { limiterSlot: slot, idempotentRetry: true });
    expect(waits).toEqual([
      [300, false],
      [500, false],
    ]);
    expect(throttled).toEqual([]);
    expect(h.sleeps).toEqual([]);
  });

  it('reports a final throttle to the limiter slot', async () => {
    const h = await harness([{ status: 429, headers: { 'retry-after': '1' } }], { retry: { maxAttempts: 1 } });
    const reported: (number | undefined)[] = [];
    const slot = { signal: undefined, throttled: (ms?: number) => void reported.push(ms), waitToRetry: () => Promise.resolve() };
    await expect(h.client.get('/x', { limiterSlot: slot })).rejects.toMatchObject({ status: 429 });
    expect(reported).toEqual([1000]);
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    const h = await harness(
      [{ status: 429, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:03 GMT' } }, ok()],
      { now: () => now },
    );
    await h.client.get('/users');
    expect(h.sleeps).toEqual([3000]);
  });

  it('retries a POST on 503 with Retry-After but not on 503 without it', async () => {
    const h = await harness([{ status: 503, headers: { 'retry-after': '1' } }, { status: 201, body: {} }, { status: 503 }]);
    expect((await h.client.post('/x', {})).status).toBe(201);
    expect(h.sleeps).toEqual([1000]);
    const error = (await h.client.post('/x', {}).catch((caught: unknown) => caught)) as GraphError;
    expect(error.status).toBe(503);
    expect(h.server.requests).toHaveLength(3);
  });

  it('backs off exponentially on 503/504 for GET when no Retry-After is given', async () => {
    const h = await harness([{ status: 503 }, { status: 504 }, { status: 504 }, ok()], {
      retry: { baseDelayMs: 100, maxDelayMs: 250 },
    });
    await h.client.get('/users');
    // random() = 0 gives the lower half of each step: 100/2, 200/2, min(400, 250)/2.
    expect(h.sleeps).toEqual([50, 100, 125]);
    expect(h.retries.map((event) => event.reason)).toEqual(['unavailable', 'unavailable', 'unavailable']);
  });

  it('does not retry a POST after 504 unless the call opts in', async () => {
    const h = await harness([{ status: 504 }, { status: 504 }, { status: 201, body: { pass: 'second' } }]);
    await expect(h.client.post('/x', {})).rejects.toMatchObject({ status: 504 });
    const response = await h.client.post('/x', {}, { idempotentRetry: true });
    expect(response.body).toEqual({ pass: 'second' });
    expect(h.server.requests).toHaveLength(3);
  });

  it('retries a GET after a connection reset, but not a POST unless opted in', async () => {
    const h = await harness([{ reset: true }, ok({ n: 1 }), { reset: true }, { reset: true }, { status: 201, body: { pass: 'last' } }]);
    expect((await h.client.get('/users')).body).toEqual({ n: 1 });
    const error = await h.client.post('/x', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphNetworkError);
    expect((error as GraphNetworkError).code).toBe('NetworkError');
    expect((error as GraphNetworkError).toUserMessage()).toMatch(/^Could not reach Microsoft Graph at 127\.0\.0\.1:\d+: .+ \(POST \/v1\.0\/x, client-request-id [0-9a-f-]{36}\)\.$/);
    // Opted in (TAP creation): the response reported is the one from the last, successful attempt.
    const response = await h.client.post('/x', {}, { idempotentRetry: true });
    expect(response.body).toEqual({ pass: 'last' });
    expect(h.retries.at(-1)?.reason).toBe('network');
    // ...and it says an earlier attempt may have been applied, so the caller can confirm.
    expect(response.afterAmbiguousAttempt).toBe(true);
  });

  it('does not flag a response whose earlier attempts were only throttled', async () => {
    const h = await harness([{ status: 429, headers: { 'retry-after': '0.01' } }, { status: 201, body: {} }]);
    const response = await h.client.post('/x', {}, { idempotentRetry: true });
    expect(response.attempts).toBe(2);
    expect(response.afterAmbiguousAttempt).toBeUndefined();
  });

  it('times out an attempt that never answers, and retries it when safe', async () => {
    const h = await harness([{ hang: true }, ok({ late: false }), { hang: true }], { timeoutMs: 1000 });
    expect((await h.client.get('/users')).body).toEqual({ late: false });
    expect(h.retries[0]?.reason).toBe('timeout');
    const error = await h.client.post('/x', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect((error as GraphTimeoutError).code).toBe('Timeout');
    expect((error as GraphTimeoutError).message).toBe('Microsoft Graph did not answer within 1 s');
  });

  it('treats a DELETE that finds nothing after an ambiguous attempt as done', async () => {
    const h = await harness([{ reset: true }, { status: 404, body: graphErrorBody('Request_ResourceNotFound', 'gone') }]);
    const response = await h.client.delete('/users/u1/authentication/temporaryAccessPassMethods/t1');
    expect(response.alreadyApplied).toBe(true);
  });

  it('stops at the attempt cap and reports the last throttle', async () => {
    const throttled: ScriptStep = { status: 429, headers: { 'retry-after': '2' }, body: graphErrorBody('TooManyRequests', 'Please retry again later.') };
    const h = await harness([throttled, throttled, throttled, ok()], { retry: { maxAttempts: 3 } });
    const error = (await h.client.get('/users').catch((caught: unknown) => caught)) as GraphError;
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(2000);
    expect(h.server.requests).toHaveLength(3);
    expect(h.throttles.at(-1)?.delayMs).toBeUndefined();
  });

  it('stops when the next wait would exceed the total budget', async () => {
    const h = await harness([{ status: 429, headers: { 'retry-after': '30' } }], { retry: { totalBudgetMs: 10_000 } });
    await expect(h.client.get('/users')).rejects.toMatchObject({ status: 429, retryAfterMs: 30_000 });
    expect(h.sleeps).toEqual([]);
  });

  it('gets a fresh token once after a 401, then lets the 401 stand', async () => {
    const unauthorized: ScriptStep = { status: 401, body: graphErrorBody('InvalidAuthenticationToken', 'Access token has expired.') };
    const h = await harness([unauthorized, ok(), unauthorized, unauthorized, ok()]);
    await h.client.get('/me');
    expect(h.server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    await expect(h.client.get('/me')).rejects.toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
    expect(h.server.requests).toHaveLength(4);
    expect(h.credential.calls).toBe(3);
  });

  it('turns a credential failure into a 401 GraphError naming the cause', async () => {
    server = await startScriptedServer([]);
    const client = createGraphClient({
      baseUrl: server.url,
      credential: { getToken: () => Promise.reject(new Error('The access token expired at 2026-01-01T00:00:00.000Z. Get a new token.')) },
    });
    const error = (await client.get('/me').catch((caught: unknown) => caught)) as GraphError;
    expect(error).toBeInstanceOf(GraphError);
    expect(error.status).toBe(401);
    expect(error.code).toBe('TokenUnavailable');
    expect(error.toUserMessage("User 'x'")).toBe(
      "User 'x': Could not get an access token for Microsoft Graph: The access token expired at 2026-01-01T00:00:00.000Z. Get a new token (TokenUnavailable).",
    );
    expect(server.requests).toHaveLength(0);
  });

  it('stops waiting when the caller aborts', async () => {
    const controller = new AbortController();
    server = await startScriptedServer([
      { status: 429, headers: { 'retry-after': '60' } },
    ]);
    const client = createGraphClient({
      baseUrl: server.url,
      credential: countingCredential(),
      onThrottle: () => controller.abort(new Error('Ctrl+C')),
    });
    // Aborted during the real 60 s Retry-After wait.
    await expect(client.get('/users', { signal: controller.signal })).rejects.toThrow('Ctrl+C');
    expect(server.requests).toHaveLength(1);
    const later = new AbortController();
    // Aborted while the server sits on the request.
    server.script.push(() => later.abort());
    await expect(client.get('/users', { signal: later.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
