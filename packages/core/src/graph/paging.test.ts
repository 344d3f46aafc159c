import { afterEach, describe, expect, it } from 'vitest';
import { createGraphClient } from './client.js';
import { countingCredential, sendJson, startScriptedServer, type ScriptedServer } from './test-support/scripted-server.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves users u0..u(total-1) in pages of `size`, with absolute nextLinks like Graph's. */
async function pagedServer(total: number, size: number): Promise<ScriptedServer> {
  const started = await startScriptedServer();
  const serve = (): void => {
    started.script.push((request, response) => {
      const url = new URL(request.url, started.url);
      const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
      const value = Array.from({ length: Math.min(size, total - skip) }, (_, offset) => ({ id: `u${skip + offset}` }));
      const next = skip + size < total ? `${started.url}/v1.0/users?$skiptoken=${skip + size}` : undefined;
      sendJson(response, 200, {}, {
        ...(skip === 0 && url.searchParams.get('$count') === 'true' ? { '@odata.count': total } : {}),
        value,
        ...(next === undefined ? { '@odata.deltaLink': 'ignored-when-absent' } : { '@odata.nextLink': next }),
      });
      serve();
    });
  };
  serve();
  return started;
}

describe('paging', () => {
  it('follows @odata.nextLink, re-sending ConsistencyLevel and caller headers on every page', async () => {
    server = await pagedServer(5, 2);
    const client = createGraphClient({ baseUrl: server.url, credential: countingCredential() });
    const pages = [];
    for await (const page of client.pages<{ id: string }>('/users', { $count: true, $filter: "endsWith(mail,'@contoso.com')" }, {
      consistencyLevel: 'eventual',
      headers: { Prefer: 'x' },
    })) {
      pages.push(page);
    }
    expect(pages.map((page) => page.value.map((user) => user.id))).toEqual([['u0', 'u1'], ['u2', 'u3'], ['u4']]);
    expect(pages[0]?.count).toBe(5);
    expect(pages.map((page) => page.index)).toEqual([0, 1, 2]);
    expect(pages[2]?.deltaLink).toBe('ignored-when-absent');
    expect(server.requests.map((request) => request.url)).toEqual([
      '/v1.0/users?$count=true&$filter=endsWith(mail%2C%27%40contoso.com%27)',
      '/v1.0/users?$skiptoken=2',
      '/v1.0/users?$skiptoken=4',
    ]);
    for (const request of server.requests) {
      expect(request.headers.consistencylevel).toBe('eventual');
      expect(request.headers.prefer).toBe('x');
    }
  });

  it('iterate streams items one page ahead, and stops fetching when the consumer stops', async () => {
    server = await pagedServer(30, 3);
    const client = createGraphClient({ baseUrl: server.url, credential: countingCredential() });
    const seen: string[] = [];
    const requestsWhenSeen: number[] = [];
    for await (const user of client.iterate<{ id: string }>('/users')) {
      seen.push(user.id);
      if (seen.length === 1) {
        // Page 0 is being read: page 1 is asked for already, page 2 not yet.
        await waitFor(() => server?.requests.length === 2);
        requestsWhenSeen.push(server?.requests.length ?? 0);
      }
      if (seen.length === 4) break;
    }
    expect(seen).toEqual(['u0', 'u1', 'u2', 'u3']);
    expect(requestsWhenSeen).toEqual([2]);
    // Reading page 1 started the look-ahead for page 2; after the stop nothing further is asked.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests.map((request) => request.url)).toEqual(['/v1.0/users', '/v1.0/users?$skiptoken=3', '/v1.0/users?$skiptoken=6']);
  });

  it('reports a failed look-ahead page after the pages before it', async () => {
    server = await startScriptedServer();
    server.script.push(
      { status: 200, body: { value: [{ id: 'u0' }], '@odata.nextLink': `${server.url}/v1.0/users?$skiptoken=1` } },
      { status: 400, body: { error: { code: 'BadRequest', message: 'page two is bad' } } },
    );
    const client = createGraphClient({ baseUrl: server.url, credential: countingCredential() });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const user of client.iterate<{ id: string }>('/users')) seen.push(user.id);
      })(),
    ).rejects.toThrow('page two is bad');
    expect(seen).toEqual(['u0']);
  });

  it('honours maxPages without asking for the page after the last one', async () => {
    server = await pagedServer(10, 3);
    const client = createGraphClient({ baseUrl: server.url, credential: countingCredential() });
    const pages = [];
    for await (const page of client.pages<{ id: string }>('/users', undefined, { maxPages: 2 })) pages.push(page.index);
    expect(pages).toEqual([0, 1]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(2);
  });

  it('says so when the answer is not a collection', async () => {
    server = await startScriptedServer([{ status: 200, body: { id: 'not a page' } }]);
    const client = createGraphClient({ baseUrl: server.url, credential: countingCredential() });
    await expect(client.iterate('/users/x').next()).rejects.toThrow('Microsoft Graph did not return a collection for /users/x.');
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}
