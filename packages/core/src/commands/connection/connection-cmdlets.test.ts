import { startEmulator, type Emulator } from '@entra-shell/graph-emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineCmdlet } from '../../cmdlet/index.js';
import { named, val } from '../../pipeline/argument-builders.js';
import { TerminatingError } from '../../pipeline/records.js';
import type { PSObject } from '../../values/model.js';
import { ScriptedHost } from '../../pipeline/hosts.js';
import { FAKE_AUTHORITY, startFakeIdentityServer } from '../../auth/test-support/fake-identity-server.js';
import { inAnHour, makeJwt } from '../../auth/test-support/jwt.js';
import { OPENSSL_LEGACY_PFX } from '../../auth/test-support/openssl-pfx-fixtures.js';
import { connectionCmdlets, requireGraph } from './index.js';
import { commandRunner, type CommandRunner } from './test-support/run-commands.js';

/** A stand-in Graph cmdlet: declares TAP permissions, lists one user through the connection. */
const probe = defineCmdlet({
  name: 'Test-GraphProbe',
  synopsis: 'Lists one user.',
  requiredPermissions: { delegated: ['UserAuthenticationMethod.ReadWrite.All'], application: ['UserAuthenticationMethod.ReadWrite.All'] },
  parameters: {},
  async process(_args, ctx) {
    const { client } = await requireGraph(ctx);
    const response = await client.get<{ value: { userPrincipalName: string }[] }>('/users', { query: { $top: 1, $select: 'userPrincipalName' } });
    await ctx.write(response.body.value[0]?.userPrincipalName);
  },
});

let emulator: Emulator;
let runner: CommandRunner;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
});
afterEach(async () => {
  await runner.slot.replace(undefined);
});

const terminating = async (promise: Promise<unknown>): Promise<TerminatingError> => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TerminatingError);
  return error as TerminatingError;
};

describe('Connect-EntraID', () => {
  it('-AccessToken with -AzureEnvironment Custom -MicrosoftGraphEndPoint routes Graph calls to the endpoint', async () => {
    runner = commandRunner([...connectionCmdlets, probe]);
    const token = emulator.mintToken();
    emulator.clearRequests();
    await runner.run('Connect-EntraID', [named('AccessToken'), val(token), named('AzureEnvironment'), val('Custom'), named('MicrosoftGraphEndPoint'), val(emulator.url)]);
    const { output } = await runner.run('Test-GraphProbe', []);
    expect(typeof output[0]).toBe('string');
    expect(emulator.requests.map((request) => request.path)).toEqual(['/v1.0/users']);
    expect(runner.slot.current?.authMode).toBe('AccessToken');
  });

  it('is also Connect-PnPOnline, and Get-EntraIDConnection describes the connection without the token', async () => {
    runner = commandRunner([...connectionCmdlets, probe]);
    const token = emulator.mintToken({ scopes: ['User.Read.All'] });
    await runner.run('Connect-PnPOnline', [named('AccessToken', token), named('AzureEnvironment', 'custom'), named('MicrosoftGraphEndPoint', emulator.url)]);
    const { output } = await runner.run('Get-EntraIDConnection', []);
    const record = output[0] as PSObject;
    expect(record.typeNames[0]).toBe('EntraShell.EntraIDConnection');
    expect(record.get('Tenant')).toBe(emulator.tenant.id);
    expect(record.get('Cloud')).toBe('Custom');
    expect(record.get('AuthMode')).toBe('AccessToken');
    expect(record.get('Account')).toMatch(/@/);
    expect(record.get('PermissionType')).toBe('Delegated');
    expect(record.get('Permissions')).toEqual(['User.Read.All']);
    expect(record.get('ExpiresOn')).not.toBeNull();
    for (const name of record.propertyNames()) expect(JSON.stringify(record.get(name)) ?? '').not.toContain(token.split('.')[1]);
  });

  it('warns when the access token is not for Microsoft Graph', async () => {
    runner = commandRunner(connectionCmdlets);
    const sharePointToken = makeJwt({ aud: 'https://contoso.sharepoint.com', tid: 't', scp: 'AllSites.FullControl', exp: inAnHour() });
    const { events } = await runner.run('Connect-EntraID', [named('AccessToken', sharePointToken)]);
    expect(events).toMatchObject([{ type: 'warning', record: { message: expect.stringContaining("issued for 'https://contoso.sharepoint.com', not Microsoft Graph") as unknown } }]);
    const graphToken = makeJwt({ aud: 'https://graph.microsoft.com/', tid: 't', scp: 'User.Read', exp: inAnHour() });
    expect((await runner.run('Connect-EntraID', [named('AccessToken', graphToken)])).events).toEqual([]);
  });

  it('runs the permission pre-check: a missing permission stops the cmdlet before any request', async () => {
    runner = commandRunner([...connectionCmdlets, probe]);
    await runner.run('Connect-EntraID', [named('AccessToken', emulator.mintToken({ scopes: ['User.Read.All'] })), named('AzureEnvironment', 'Custom'), named('MicrosoftGraphEndPoint', emulator.url)]);
    emulator.clearRequests();
    const error = await terminating(runner.run('Test-GraphProbe', []));
    expect(error.record.errorId).toBe('MissingPermission');
    expect(error.record.category).toBe('PermissionDenied');
    expect(error.record.message).toMatch(/^Test-GraphProbe needs the delegated permission UserAuthenticationMethod\.ReadWrite\.All\. The token carries: User\.Read\.All\./);
    expect(emulator.requests).toHaveLength(0);
  });

  it('says how to connect when there is no connection', async () => {
    runner = commandRunner([...connectionCmdlets, probe]);
    const error = await terminating(runner.run('Test-GraphProbe', []));
    expect(error.record.message).toBe(
      'You are not connected. Run Connect-EntraID (for example Connect-EntraID -Tenant contoso.onmicrosoft.com -ClientId <app id>), or Connect-EntraID -Demo to try the built-in demo tenant.',
    );
    expect(error.record.errorId).toBe('NotConnected');
  });

  it('explains a missing client id', async () => {
    runner = commandRunner(connectionCmdlets);
    const saved = { ...process.env };
    for (const name of ['ENTRAID_APP_ID', 'ENTRAID_CLIENT_ID', 'AZURE_CLIENT_ID']) delete process.env[name];
    try {
      const error = await terminating(runner.run('Connect-EntraID', [named('Tenant', 'contoso.onmicrosoft.com')]));
      expect(error.record.errorId).toBe('MissingClientId');
      expect(error.record.message.split('\n')[0]).toBe('Please specify a valid client id for an Entra ID App Registration.');
    } finally {
      Object.assign(process.env, saved);
    }
  });

  it('never shows the secrets it was given, even when the failure message would', async () => {
    runner = commandRunner(connectionCmdlets);
    const secret = 'not-a-jwt-but-secret-value';
    const error = await terminating(runner.run('Connect-EntraID', [named('AccessToken', secret)]));
    expect(error.record.message).toBe('The access token is not a JWT (expected three dot-separated parts).');
    expect(JSON.stringify(error.record)).not.toContain(secret);
    const bad = await terminating(
      runner.run('Connect-EntraID', [named('ClientId', 'app'), named('ClientSecret', 'super-secret-123'), named('Tenant', 'contoso.onmicrosoft.com'), named('AzureEnvironment', 'Custom'), named('MicrosoftGraphEndPoint', 'http://graph.contoso.example')]),
    );
    expect(bad.record.message).toContain('plain http is accepted only for a local endpoint');
    expect(bad.record.message).not.toContain('super-secret-123');
  });

  it('-Demo opens the demo tenant, welcomes the user, and Disconnect-EntraID stops it', async () => {
    runner = commandRunner([...connectionCmdlets, probe]);
    const { events } = await runner.run('Connect-EntraID', [named('Demo')]);
    const connection = runner.slot.current;
    expect(connection?.isDemo).toBe(true);
    expect(connection?.authMode).toBe('Demo');
    expect(connection?.graphEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const welcome = events.find((event) => event.type === 'information');
    expect(welcome?.type === 'information' ? String(welcome.record.messageData) : '').toMatch(/^Connected to the demo tenant .+ as .+@/);
    const { output } = await runner.run('Test-GraphProbe', []);
    expect(String(output[0])).toMatch(/@/);
    const endpoint = connection?.graphEndpoint ?? '';
    await runner.run('Disconnect-EntraID', []);
    expect(runner.slot.current).toBeUndefined();
    await expect(fetch(`${endpoint}/v1.0/users`)).rejects.toThrow();
  });

  it('Disconnect-EntraID without a connection writes a non-terminating error', async () => {
    runner = commandRunner(connectionCmdlets);
    const { events } = await runner.run('Disconnect-EntraID', []);
    expect(events).toMatchObject([{ type: 'error', record: { message: 'No connection to disconnect.', errorId: 'NoConnectionToDisconnect' } }]);
  });

  it('offers the Azure environments for completion and takes PnP parameter names', () => {
    const connect = connectionCmdlets[0];
    const names = connect?.parameters.map((parameter) => parameter.name) ?? [];
    for (const name of ['Url', 'Tenant', 'ClientId', 'Interactive', 'DeviceLogin', 'ClientSecret', 'CertificatePath', 'CertificateBase64Encoded', 'CertificatePassword', 'ManagedIdentity', 'UserAssignedManagedIdentityClientId', 'UserAssignedManagedIdentityObjectId', 'EnvironmentVariable', 'AccessToken', 'AzureEnvironment', 'MicrosoftGraphEndPoint', 'AzureADLoginEndPoint', 'Scopes', 'Demo', 'AzureCli']) {
      expect(names).toContain(name);
    }
    const environment = connect?.parameters.find((parameter) => parameter.name === 'AzureEnvironment');
    expect(environment?.valueCompletions).toEqual(['Production', 'USGovernment', 'USGovernmentHigh', 'USGovernmentDoD', 'China', 'Custom']);
  });
});

describe('Connect-EntraID sign-in modes through the cmdlet', () => {
  it('-DeviceLogin shows the device code through the host, then connects', async () => {
    const idp = await startFakeIdentityServer({ scp: 'User.Read.All UserAuthenticationMethod.ReadWrite.All', upn: 'helpdesk@contoso.onmicrosoft.com' });
    try {
      const host = new ScriptedHost();
      runner = commandRunner(connectionCmdlets, host, { httpClient: idp.httpClient, env: {} });
      await runner.run('Connect-EntraID', [
        named('DeviceLogin'),
        named('ClientId', 'app-guid'),
        named('Tenant', 'contoso.onmicrosoft.com'),
        named('AzureEnvironment', 'Custom'),
        named('MicrosoftGraphEndPoint', emulator.url),
        named('AzureADLoginEndPoint', FAKE_AUTHORITY),
        named('Scopes'),
        val(['UserAuthenticationMethod.ReadWrite.All']),
      ]);
      expect(host.calls).toEqual([{ kind: 'deviceCode', message: expect.stringContaining('enter the code FAKE-CODE') as unknown }]);
      expect(idp.tokenRequests[0]?.form.get('scope')).toContain(`${emulator.url}/UserAuthenticationMethod.ReadWrite.All`);
      expect(runner.slot.current).toMatchObject({ authMode: 'DeviceLogin', account: 'helpdesk@contoso.onmicrosoft.com', tenant: 'contoso.onmicrosoft.com' });
    } finally {
      await idp.close();
    }
  });

  it('Connect-PnPOnline -CertificateBase64Encoded takes a PFX as PnP does; no record shows its password or content', async () => {
    const idp = await startFakeIdentityServer({ roles: ['User.Read.All'] });
    try {
      runner = commandRunner(connectionCmdlets, new ScriptedHost(), { httpClient: idp.httpClient, env: {} });
      const signIn = [
        named('ClientId', 'app-guid'),
        named('Tenant', 'contoso.onmicrosoft.com'),
        named('AzureEnvironment', 'Custom'),
        named('MicrosoftGraphEndPoint', emulator.url),
        named('AzureADLoginEndPoint', FAKE_AUTHORITY),
        named('CertificateBase64Encoded', OPENSSL_LEGACY_PFX.base64),
        named('Verbose'),
        named('Debug'),
      ];
      const secrets = ['not-the-pfx-password', OPENSSL_LEGACY_PFX.password, OPENSSL_LEGACY_PFX.base64.slice(0, 40), 'PRIVATE KEY'];
      const wrong = await terminating(runner.run('Connect-PnPOnline', [...signIn, named('CertificatePassword', 'not-the-pfx-password')]));
      expect(wrong.record).toMatchObject({ errorId: 'InvalidConnectionParameters', message: 'The certificate password is wrong: -CertificatePassword does not open this PFX (PKCS#12) file.' });
      for (const secret of secrets) expect(JSON.stringify(wrong.record)).not.toContain(secret);
      const { events } = await runner.run('Connect-PnPOnline', [...signIn, named('CertificatePassword', OPENSSL_LEGACY_PFX.password)]);
      expect(runner.slot.current).toMatchObject({ authMode: 'Certificate', clientId: 'app-guid', tenant: 'contoso.onmicrosoft.com' });
      expect(idp.tokenRequests[0]?.form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      expect(events.some((event) => event.type === 'verbose')).toBe(true);
      for (const secret of secrets) expect(JSON.stringify(events)).not.toContain(secret);
    } finally {
      await idp.close();
    }
  });

  it('-ClientSecret with the client id from ENTRAID_APP_ID and the tenant from -Url', async () => {
    const idp = await startFakeIdentityServer({ roles: ['User.Read.All'] });
    try {
      runner = commandRunner(connectionCmdlets, new ScriptedHost(), { httpClient: idp.httpClient, env: { ENTRAID_APP_ID: 'env-app' } });
      await runner.run('Connect-EntraID', [
        val('https://contoso-admin.sharepoint.com'),
        named('ClientSecret', 'secret-value'),
        named('AzureEnvironment', 'Custom'),
        named('MicrosoftGraphEndPoint', emulator.url),
        named('AzureADLoginEndPoint', FAKE_AUTHORITY),
      ]);
      expect(idp.tokenRequests[0]?.path).toBe('/contoso.onmicrosoft.com/oauth2/v2.0/token');
      expect(idp.tokenRequests[0]?.form.get('client_id')).toBe('env-app');
      expect(runner.slot.current).toMatchObject({ authMode: 'ClientSecret', clientId: 'env-app', account: undefined });
    } finally {
      await idp.close();
    }
  });
});
