import { afterEach, describe, expect, it } from 'vitest';
import { createGraphClient } from './client.js';
import { sendJson, startScriptedServer, countingCredential, type RecordedRequest, type ScriptedServer } from './test-support/scripted-server.js';
import type { ServerResponse } from 'node:http';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface SentItem {
  id: string;
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers a $batch envelope in reverse order; `throttle(id)` gives the retry-after to throttle an item with. */
function batchStep(throttle: (item: SentItem) => string | undefined) {
  return (request: RecordedRequest, response: ServerResponse): void => {
    const { requests } = JSON.parse(request.body) as { requests: SentItem[] };
    const responses = requests
      .map((item) => {
        const retryAfter = throttle(item);
        if (retryAfter !== undefined) {
          return { id: item.id, status: 429, headers: { 'Retry-After': retryAfter }, body: { error: { code: 'TooManyRequests', message: 'Please retry again later.' } } };
        }
        if (item.url.includes('missing')) {
          return { id: item.id, status: 404, headers: {}, body: { error: { code: 'Request_ResourceNotFound', message: 'nope', innerError: { 'request-id': `rid-${item.id}` } } } };
        }
        return { id: item.id, status: 200, headers: { 'content-type': 'application/json' }, body: { url: item.url } };
      })
      .reverse();
    sendJson(response, 200, {}, { responses });
  };
}

function setup(steps: ReturnType<typeof batchStep>[]) {
  const sleeps: number[] = [];
  return startScriptedServer(steps).then((started) => {
    server = started;
    const client = createGraphClient({
      baseUrl: started.url,
      credential: countingCredential(),
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });
    return { client, server: started, sleeps };
  });
}

describe('executeBatch', () => {
  it('splits into envelopes of 20 and returns results in input order', async () => {
    const h = await setup([batchStep(() => undefined), batchStep(() => undefined)]);
    const requests = Array.from({ length: 25 }, (_, index) => ({ method: 'GET', url: index === 7 ? '/users/missing' : `/users/u${index}` }));
    const results = await h.client.batch(requests);
    expect(h.server.requests.map((request) => request.url)).toEqual(['/v1.0/$batch', '/v1.0/$batch']);
    expect((JSON.parse(h.server.requests[0]?.body ?? '') as { requests: unknown[] }).requests).toHaveLength(20);
    expect((JSON.parse(h.server.requests[1]?.body ?? '') as { requests: unknown[] }).requests).toHaveLength(5);
    expect(results).toHaveLength(25);
    results.forEach((result, index) => {
      if (index === 7) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('Request_ResourceNotFound');
          expect(result.error.toUserMessage("User 'missing'")).toBe("User 'missing' was not found (Request_ResourceNotFound, request-id rid-7).");
        }
      } else {
        expect(result).toMatchObject({ ok: true, status: 200, body: { url: `/users/u${index}` } });
      }
    });
  });

  it('retries throttled items in a new batch after the largest retry-after', async () => {
    const h = await setup([
      batchStep((item) => (item.id === '1' ? '2' : item.id === '3' ? '0.5' : undefined)),
      batchStep((item) => (item.id === '3' ? '1' : undefined)),
      batchStep(() => undefined),
    ]);
    const requests = Array.from({ length: 5 }, (_, index) => ({ method: 'POST', url: `/users/u${index}/authentication/temporaryAccessPassMethods`, body: { lifetimeInMinutes: 60 } }));
    const results = await h.client.batch(requests);
    const second = JSON.parse(h.server.requests[1]?.body ?? '') as { requests: SentItem[] };
    expect(second.requests.map((item) => item.url)).toEqual(['/users/u1/authentication/temporaryAccessPassMethods', '/users/u3/authentication/temporaryAccessPassMethods']);
    expect(second.requests[0]?.body).toEqual({ lifetimeInMinutes: 60 });
    expect(second.requests[0]?.headers).toEqual({ 'content-type': 'application/json' });
    const third = JSON.parse(h.server.requests[2]?.body ?? '') as { requests: SentItem[] };
    expect(third.requests.map((item) => item.id)).toEqual(['3']);
    expect(h.sleeps).toEqual([2000, 1000]);
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true]);
    expect(results.map((result) => (result.ok ? (result.body as { url: string }).url : ''))).toEqual(requests.map((request) => request.url));
  });

  it('gives up on items still throttled after maxRounds, as 429 GraphErrors', async () => {
    const h = await setup([batchStep((item) => (item.id === '0' ? '1' : undefined)), batchStep(() => '1')]);
    const results = await h.client.batch([{ method: 'GET', url: '/a' }, { method: 'GET', url: '/b' }], { maxRounds: 2 });
    expect(results[1]).toMatchObject({ ok: true });
    expect(results[0]).toMatchObject({ ok: false, status: 429 });
    if (results[0]?.ok === false) expect(results[0].error.retryAfterMs).toBe(1000);
  });
});
