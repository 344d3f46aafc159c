import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startScriptedServer, type ScriptedServer } from '../graph/test-support/scripted-server.js';
import { connect } from './connect.js';
import { FAKE_AUTHORITY, startFakeIdentityServer } from './test-support/fake-identity-server.js';
import { inAnHour, makeJwt, TEST_TENANT_ID } from './test-support/jwt.js';

let graph: ScriptedServer | undefined;
afterEach(async () => {
  await graph?.close();
  graph = undefined;
});

describe('connect', () => {
  it('-AccessToken with a Custom Graph endpoint routes every call to <endpoint>/v1.0', async () => {
    graph = await startScriptedServer([{ status: 200, body: { value: [] } }]);
    const token = makeJwt({ tid: TEST_TENANT_ID, scp: 'User.Read.All', upn: 'admin@contoso.onmicrosoft.com', app_displayname: 'entra-shell', exp: inAnHour() });
    const connection = await connect({ mode: 'AccessToken', accessToken: token, azureEnvironment: 'Custom', graphEndpoint: graph.url });
    await connection.graph.get('/users', { query: { $top: 1 } });
    expect(graph.requests[0]?.url).toBe('/v1.0/users?$top=1');
    expect(graph.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
    expect(connection).toMatchObject({ cloud: 'Custom', authMode: 'AccessToken', account: 'admin@contoso.onmicrosoft.com', tenant: TEST_TENANT_ID, app: 'entra-shell', graphEndpoint: graph.url });
    expect((await connection.claims()).delegatedPermissions).toEqual(['User.Read.All']);
    // The token is nowhere to be seen.
    for (const rendering of [String(connection), JSON.stringify(connection), inspect(connection, { depth: 5 }), Object.keys(connection).join()]) {
      expect(rendering).not.toContain(token);
      expect(rendering).not.toContain(token.split('.')[1]);
    }
    expect(String(connection)).toBe(`${TEST_TENANT_ID} (Custom) as admin@contoso.onmicrosoft.com via AccessToken`);
    await connection.close();
    expect(() => connection.graph).toThrow('This connection was closed by Disconnect-EntraID.');
  });

  it('refuses an expired access token with a clear message', async () => {
    const token = makeJwt({ tid: TEST_TENANT_ID, exp: 1_000_000 });
    await expect(connect({ mode: 'AccessToken', accessToken: token })).rejects.toThrow(
      'The access token expired at 1970-01-12T13:46:40.000Z. Get a new token and run Connect-EntraID -AccessToken again.',
    );
  });

  it('needs a client id for sign-in modes', async () => {
    await expect(connect({ mode: 'Interactive', env: {} })).rejects.toThrow(/^Please specify a valid client id for an Entra ID App Registration\./);
  });

  it('needs a tenant for app-only sign-in, or a SharePoint URL to derive it', async () => {
    await expect(connect({ mode: 'ClientSecret', clientId: 'c', clientSecret: 's', env: {} })).rejects.toThrow(/needs the tenant: add -Tenant/);
  });

  it('signs in with a client secret end to end and reads the app from the token', async () => {
    const idp = await startFakeIdentityServer({ roles: ['UserAuthenticationMethod.ReadWrite.All', 'User.Read.All'], appid: 'app-1', app_displayname: 'TAP issuer' });
    graph = await startScriptedServer([{ status: 200, body: { id: 'u1' } }]);
    try {
      const connection = await connect({
        mode: 'ClientSecret',
        clientId: 'app-1',
        clientSecret: 'shh',
        url: 'https://contoso.sharepoint.com',
        azureEnvironment: 'Custom',
        graphEndpoint: graph.url,
        loginEndpoint: FAKE_AUTHORITY,
        httpClient: idp.httpClient,
      });
      expect(connection).toMatchObject({ tenant: 'contoso.onmicrosoft.com', tenantId: TEST_TENANT_ID, app: 'TAP issuer', account: undefined, authMode: 'ClientSecret', clientId: 'app-1' });
      expect(idp.tokenRequests[0]?.path).toBe('/contoso.onmicrosoft.com/oauth2/v2.0/token');
      expect(idp.tokenRequests[0]?.form.get('scope')).toContain(`${graph.url}/.default`);
      await connection.graph.get('/users/u1');
      expect(graph.requests[0]?.headers.authorization).toMatch(/^Bearer ey/);
      expect(String(connection)).toBe('contoso.onmicrosoft.com (Custom) as app TAP issuer via ClientSecret');
    } finally {
      await idp.close();
    }
  });

  it('reports a failed sign-in with the library message, not a stack', async () => {
    const idp = await startFakeIdentityServer();
    await idp.close();
    await expect(
      connect({ mode: 'ClientSecret', clientId: 'a', clientSecret: 'b', tenant: 'contoso.onmicrosoft.com', azureEnvironment: 'Custom', graphEndpoint: 'http://127.0.0.1:1', loginEndpoint: FAKE_AUTHORITY, httpClient: idp.httpClient }),
    ).rejects.toThrow(/^Sign-in failed \(ClientSecret\): /);
  });
});
