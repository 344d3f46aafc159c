/**
 * The official Microsoft Graph JavaScript client (@microsoft/microsoft-graph-client) against the
 * emulator, the way a script would point it at a stand-in: the client keeps Graph's public URL and
 * a middleware remaps every request's host to the emulator. The links the emulator writes
 * (https://graph.microsoft.com/v1.0/...) then flow through PageIterator exactly as Graph's do.
 * Docs: https://learn.microsoft.com/graph/sdks/paging, https://learn.microsoft.com/graph/sdks/customize-client
 */
import {
  AuthenticationHandler,
  Client,
  GraphError,
  HTTPMessageHandler,
  PageIterator,
  type Context,
  type Middleware,
  type PageCollection,
} from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, JOHN_DOE_ID } from '../directory/roles.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';

const GRAPH = 'https://graph.microsoft.com';

/** Sends every Graph request to the emulator instead; anything else would leave the machine, so it fails. */
class RemapToEmulator implements Middleware {
  #next: Middleware | undefined;

  constructor(private readonly emulator: () => Emulator) {}

  async execute(context: Context): Promise<void> {
    const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
    if (url.origin !== GRAPH) throw new Error(`A request to ${url.origin} would leave the machine.`);
    const target = `${this.emulator().url}${url.pathname}${url.search}`;
    context.request = typeof context.request === 'string' ? target : new Request(target, context.request);
    await this.#next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.#next = next;
  }
}

function sdkClient(emulator: () => Emulator, token: () => string): Client {
  return Client.initWithMiddleware({
    middleware: [
      new AuthenticationHandler({ getAccessToken: () => Promise.resolve(token()) }),
      new RemapToEmulator(emulator),
      new HTTPMessageHandler(),
    ],
  });
}

async function iterate(
  client: Client,
  first: PageCollection,
  headers?: Record<string, string>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const iterator = new PageIterator(
    client,
    first,
    (item: Record<string, unknown>) => {
      items.push(item);
      return true;
    },
    headers === undefined ? undefined : { headers },
  );
  await iterator.iterate();
  return items;
}

describe('the official Graph JS client (@microsoft/microsoft-graph-client 3) against the emulator', () => {
  let emulator: Emulator;
  let client: Client;
  beforeAll(async () => {
    emulator = await startEmulator({ users: 260 });
    client = sdkClient(
      () => emulator,
      () => emulator.mintToken(),
    );
  });
  afterAll(() => emulator.close());

  it('lists every user with PageIterator, following the nextLinks', async () => {
    const first = (await client.api('/users').select('id,userPrincipalName').top(50).get()) as PageCollection;
    expect(first['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?/);
    const users = await iterate(client, first);
    expect(users).toHaveLength(emulator.state.userCount());
    expect(new Set(users.map((user) => user['id'])).size).toBe(users.length);
  });

  it('counts and searches with ConsistencyLevel, the count on the first page', async () => {
    const first = (await client
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .count(true)
      .search('"displayName:john"')
      .get()) as PageCollection;
    expect(first['@odata.count']).toBe(first.value.length);
    expect(first.value.map((user: { displayName: string }) => user.displayName)).toContain('John Doe');
  });

  it('creates, lists and deletes a Temporary Access Pass', async () => {
    const path = `/users/${JOHN_DOE_ID}/authentication/temporaryAccessPassMethods`;
    const created = (await client.api(path).post({ lifetimeInMinutes: 60, isUsableOnce: true })) as {
      id: string;
      temporaryAccessPass: string;
      isUsableOnce: boolean;
    };
    expect(created.temporaryAccessPass).toBe(emulator.state.currentTap(JOHN_DOE_ID)?.temporaryAccessPass);
    expect(created.isUsableOnce).toBe(true);
    const listed = (await client.api(path).get()) as PageCollection;
    expect(listed.value).toEqual([expect.objectContaining({ id: created.id, temporaryAccessPass: null })]);
    await client.api(`${path}/${created.id}`).delete();
    expect(((await client.api(path).get()) as PageCollection).value).toEqual([]);
  });

  it('pages through group members, direct and transitive, and the users-only cast', async () => {
    const direct = await iterate(
      client,
      (await client.api(`/groups/${DEMO_GROUPS.newHires}/members`).top(2).get()) as PageCollection,
    );
    expect(direct.map((member) => member['@odata.type'])).toEqual([
      ...Array<string>(5).fill('#microsoft.graph.user'),
      '#microsoft.graph.group',
    ]);
    const transitive = await iterate(
      client,
      (await client.api(`/groups/${DEMO_GROUPS.newHires}/transitiveMembers`).top(4).get()) as PageCollection,
    );
    expect(transitive).toHaveLength(9);
    const headers = { ConsistencyLevel: 'eventual' };
    const first = (await client
      .api(`/groups/${DEMO_GROUPS.newHires}/transitiveMembers/microsoft.graph.user`)
      .headers(headers)
      .count(true)
      .top(3)
      .get()) as PageCollection;
    expect(first['@odata.count']).toBe(8);
    expect(await iterate(client, first, headers)).toHaveLength(8);
  });

  it('maps Graph errors to GraphError with status, code and request id', async () => {
    const missing = await client
      .api('/users/nobody@contoso.onmicrosoft.com')
      .get()
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(GraphError);
    expect(missing).toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
    expect((missing as GraphError).requestId).toMatch(/^[0-9a-f-]{36}$/);

    const past = await client
      .api(`/users/${JOHN_DOE_ID}/authentication/temporaryAccessPassMethods`)
      .post({ startDateTime: '2020-01-01T00:00:00Z' })
      .catch((error: unknown) => error);
    expect(past).toMatchObject({
      statusCode: 400,
      code: 'badRequest',
      message: 'Invalid StartDateTime specified. It can not be a time in the past.',
    });

    const reader = sdkClient(
      () => emulator,
      () => emulator.mintToken({ roles: ['User.Read.All'] }),
    );
    const denied = await reader
      .api(`/users/${JOHN_DOE_ID}/authentication/temporaryAccessPassMethods`)
      .get()
      .catch((error: unknown) => error);
    expect(denied).toMatchObject({
      statusCode: 403,
      code: 'accessDenied',
      message: 'Request Authorization failed',
    });
  });
});
