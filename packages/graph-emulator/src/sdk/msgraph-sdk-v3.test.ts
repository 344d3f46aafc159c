/**
 * Graph's TypeScript SDK v3 (@microsoft/msgraph-sdk, Kiota-generated) against the emulator: the
 * adapter keeps Graph's public base URL and a custom fetch sends each request to the emulator, as a
 * script pointing the SDK at a stand-in would. Docs: https://learn.microsoft.com/graph/sdks/paging
 */
import { AllowedHostsValidator, BaseBearerTokenAuthenticationProvider } from '@microsoft/kiota-abstractions';
import { KiotaClientFactory } from '@microsoft/kiota-http-fetchlibrary';
import { createGraphServiceClient, GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import {
  createUserCollectionResponseFromDiscriminatorValue,
  type User,
} from '@microsoft/msgraph-sdk/models/index.js';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';
import { PageIterator, type PageCollection } from '@microsoft/msgraph-sdk-core';
import '@microsoft/msgraph-sdk-users';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOHN_DOE_ID } from '../directory/roles.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';

const GRAPH = 'https://graph.microsoft.com';

describe("Graph's TypeScript SDK v3 (@microsoft/msgraph-sdk) against the emulator", () => {
  let emulator: Emulator;
  let adapter: GraphRequestAdapter;
  beforeAll(async () => {
    emulator = await startEmulator({ users: 120 });
    const remap = (url: string, init: RequestInit): Promise<Response> => {
      const target = new URL(url);
      if (target.origin !== GRAPH) throw new Error(`A request to ${target.origin} would leave the machine.`);
      return fetch(`${emulator.url}${target.pathname}${target.search}`, init);
    };
    const auth = new BaseBearerTokenAuthenticationProvider({
      getAuthorizationToken: () => Promise.resolve(emulator.mintToken()),
      getAllowedHostsValidator: () => new AllowedHostsValidator(new Set(['graph.microsoft.com'])),
    });
    adapter = new GraphRequestAdapter(auth, undefined, undefined, KiotaClientFactory.create(remap));
  });
  afterAll(() => emulator.close());

  it('lists users with PageIterator, creates and reads a Temporary Access Pass, and maps a 404 to ODataError', async () => {
    const client = createGraphServiceClient(adapter);
    const first = await client.users.get({
      queryParameters: { top: 40, select: ['id', 'userPrincipalName'] },
    });
    expect(first?.odataNextLink).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?/);
    const users: User[] = [];
    const iterator = new PageIterator<User>(
      adapter,
      first as PageCollection<User>,
      (user) => {
        users.push(user);
        return true;
      },
      createUserCollectionResponseFromDiscriminatorValue as never,
      { XXX: createODataErrorFromDiscriminatorValue },
    );
    await iterator.iterate();
    expect(users).toHaveLength(emulator.state.userCount());

    const methods = client.users.byUserId(JOHN_DOE_ID).authentication.temporaryAccessPassMethods;
    const created = await methods.post({ lifetimeInMinutes: 60, isUsableOnce: false });
    expect(created?.temporaryAccessPass).toBe(emulator.state.currentTap(JOHN_DOE_ID)?.temporaryAccessPass);
    const listed = await methods.get();
    expect(listed?.value?.map((method) => method.id)).toEqual([created?.id]);

    const missing = await client.users
      .byUserId('nobody@contoso.onmicrosoft.com')
      .get()
      .catch((error: unknown) => error);
    expect(missing).toMatchObject({
      responseStatusCode: 404,
      errorEscaped: { code: 'Request_ResourceNotFound' },
    });
  });
});
