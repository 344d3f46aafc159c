import { generateKeyPairSync, createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeTokenClaims } from './claims.js';
import { resolveCloud, type Cloud } from './clouds.js';
import { createCredential, CredentialConfigurationError, loadAzureIdentity, type DeviceCodePrompt, type IdentityModule } from './credentials.js';
import { FAKE_AUTHORITY, startFakeIdentityServer, type FakeIdentityServer } from './test-support/fake-identity-server.js';
import { inAnHour, makeJwt, TEST_TENANT_ID } from './test-support/jwt.js';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
let idp: FakeIdentityServer;
let dir: string;
let cloud: Cloud;

beforeAll(async () => {
  idp = await startFakeIdentityServer({ roles: ['UserAuthenticationMethod.ReadWrite.All'], appid: CLIENT_ID });
  dir = await mkdtemp(join(tmpdir(), 'entra-shell-cred-'));
  cloud = resolveCloud({ environment: 'Custom', graphEndpoint: 'http://127.0.0.1:5999', loginEndpoint: FAKE_AUTHORITY });
});
afterAll(async () => {
  await idp.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  idp.tokenRequests.length = 0;
  vi.unstubAllEnvs();
});

const scope = 'http://127.0.0.1:5999/.default';

function keyMaterial(passphrase?: string): { pem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: passphrase === undefined ? { type: 'pkcs8', format: 'pem' } : { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase },
  });
  // MSAL only hashes the certificate block (for the x5t thumbprint) and signs with the key: the DER of the public key stands in for a certificate.
  const der = createPublicKey(publicKey).export({ type: 'spki', format: 'der' }).toString('base64').replace(/(.{64})/g, '$1\n');
  return { pem: `-----BEGIN CERTIFICATE-----\n${der}\n-----END CERTIFICATE-----\n${privateKey}`, publicKeyPem: publicKey };
}

function assertionSignedBy(publicKeyPem: string, assertion: string | null): boolean {
  const [header, payload, signature] = (assertion ?? '').split('.');
  if (header === undefined || payload === undefined || signature === undefined) return false;
  const alg = (JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg: string }).alg;
  const data = Buffer.from(`${header}.${payload}`);
  const sig = Buffer.from(signature, 'base64url');
  return alg === 'PS256'
    ? verify('sha256', data, { key: publicKeyPem, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: 32 }, sig)
    : verify('sha256', data, publicKeyPem, sig);
}

describe('credentials against a fake token endpoint', () => {
  it('ClientSecret: client credentials grant at the cloud authority', async () => {
    const credential = await createCredential(
      { mode: 'ClientSecret', clientId: CLIENT_ID, tenant: 'contoso.onmicrosoft.com', clientSecret: 'not-a-real-secret' },
      { cloud, httpClient: idp.httpClient },
    );
    const token = await credential.getToken([scope]);
    expect(decodeTokenClaims(token?.token ?? '').applicationPermissions).toEqual(['UserAuthenticationMethod.ReadWrite.All']);
    const [request] = idp.tokenRequests;
    expect(request?.path).toBe('/contoso.onmicrosoft.com/oauth2/v2.0/token');
    expect(request?.form.get('grant_type')).toBe('client_credentials');
    expect(request?.form.get('client_id')).toBe(CLIENT_ID);
    expect(request?.form.get('client_secret')).toBe('not-a-real-secret');
    expect(request?.form.get('scope')).toContain(scope);
  });

  it('Certificate: a PEM file signs the client assertion', async () => {
    const { pem, publicKeyPem } = keyMaterial();
    const path = join(dir, 'app.pem');
    await writeFile(path, pem);
    const credential = await createCredential({ mode: 'Certificate', clientId: CLIENT_ID, tenant: TEST_TENANT_ID, certificatePath: path }, { cloud, httpClient: idp.httpClient });
    await credential.getToken([scope]);
    const form = idp.tokenRequests[0]?.form;
    expect(form?.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(assertionSignedBy(publicKeyPem, form?.get('client_assertion') ?? null)).toBe(true);
  });

  it('Certificate: base64 PEM content with an encrypted key and its password', async () => {
    const { pem, publicKeyPem } = keyMaterial('pem-pass');
    expect(pem).toContain('ENCRYPTED PRIVATE KEY');
    const credential = await createCredential(
      { mode: 'Certificate', clientId: CLIENT_ID, tenant: TEST_TENANT_ID, certificateBase64: Buffer.from(pem).toString('base64'), certificatePassword: 'pem-pass' },
      { cloud, httpClient: idp.httpClient },
    );
    await credential.getToken([scope]);
    expect(assertionSignedBy(publicKeyPem, idp.tokenRequests[0]?.form.get('client_assertion') ?? null)).toBe(true);
  });

  it('Certificate: PFX and key-less PEM are refused with advice', async () => {
    const request = { mode: 'Certificate', clientId: CLIENT_ID, tenant: TEST_TENANT_ID } as const;
    await expect(createCredential({ ...request, certificatePath: 'c:/certs/app.pfx' }, { cloud })).rejects.toThrow(/openssl pkcs12 -in cert.pfx -out cert.pem -nodes/);
    await expect(createCredential({ ...request, certificateBase64: Buffer.from([0x30, 0x82, 0x01]).toString('base64') }, { cloud })).rejects.toThrow(/not PEM text/);
    await expect(createCredential({ ...request, certificateBase64: Buffer.from('-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----').toString('base64') }, { cloud })).rejects.toThrow(/no private key/);
    await expect(createCredential({ ...request, certificatePath: join(dir, 'missing.pem') }, { cloud })).rejects.toThrow(/was not found/);
  });

  it('DeviceLogin: the host is shown the code, then the token is polled', async () => {
    idp.claims = { scp: 'User.Read.All UserAuthenticationMethod.ReadWrite.All', upn: 'admin@contoso.onmicrosoft.com' };
    const prompts: DeviceCodePrompt[] = [];
    const credential = await createCredential(
      { mode: 'DeviceLogin', clientId: CLIENT_ID, tenant: TEST_TENANT_ID, onDeviceCode: (prompt) => prompts.push(prompt) },
      { cloud, httpClient: idp.httpClient },
    );
    const token = await credential.getToken([`${scope}`]);
    expect(prompts).toEqual([expect.objectContaining({ userCode: 'FAKE-CODE', verificationUri: 'https://microsoft.com/devicelogin' })]);
    expect(idp.tokenRequests[0]?.form.get('grant_type')).toBe('device_code');
    expect(decodeTokenClaims(token?.token ?? '').userPrincipalName).toBe('admin@contoso.onmicrosoft.com');
  });

  it('EnvironmentVariable: workload identity reads the federated token file', async () => {
    idp.claims = { roles: ['User.Read.All'] };
    const tokenFile = join(dir, 'federated-token');
    await writeFile(tokenFile, 'federated-assertion-from-kubernetes');
    const env = { AZURE_TENANT_ID: TEST_TENANT_ID, AZURE_CLIENT_ID: CLIENT_ID, AZURE_FEDERATED_TOKEN_FILE: tokenFile };
    const credential = await createCredential({ mode: 'EnvironmentVariable' }, { cloud, httpClient: idp.httpClient, env });
    await credential.getToken([scope]);
    expect(idp.tokenRequests[0]?.form.get('client_assertion')).toBe('federated-assertion-from-kubernetes');
  });

  it('EnvironmentVariable: AZURE_CLIENT_SECRET through EnvironmentCredential', async () => {
    vi.stubEnv('AZURE_TENANT_ID', TEST_TENANT_ID);
    vi.stubEnv('AZURE_CLIENT_ID', CLIENT_ID);
    vi.stubEnv('AZURE_CLIENT_SECRET', 'env-secret');
    const credential = await createCredential({ mode: 'EnvironmentVariable' }, { cloud, httpClient: idp.httpClient });
    await credential.getToken([scope]);
    expect(idp.tokenRequests[0]?.form.get('client_secret')).toBe('env-secret');
  });

  it('EnvironmentVariable: names the variables it needs', async () => {
    await expect(createCredential({ mode: 'EnvironmentVariable' }, { cloud, env: { AZURE_CLIENT_ID: CLIENT_ID } })).rejects.toThrow(
      /needs AZURE_TENANT_ID and AZURE_CLIENT_ID, plus AZURE_CLIENT_SECRET/,
    );
    await expect(createCredential({ mode: 'EnvironmentVariable' }, { cloud, env: { AZURE_FEDERATED_TOKEN_FILE: '/x' } })).rejects.toThrow(
      'Workload identity sign-in needs AZURE_TENANT_ID and AZURE_CLIENT_ID besides AZURE_FEDERATED_TOKEN_FILE.',
    );
  });

  it('ManagedIdentity: a user-assigned identity through the App Service identity endpoint', async () => {
    const requests: { url: string; header: string | undefined }[] = [];
    const token = makeJwt({ tid: TEST_TENANT_ID, roles: ['User.Read.All'], exp: inAnHour() });
    const endpoint = createServer((request, response) => {
      requests.push({ url: request.url ?? '', header: request.headers['x-identity-header'] as string | undefined });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ access_token: token, expires_on: String(inAnHour()), resource: 'https://graph.microsoft.com', token_type: 'Bearer' }));
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    try {
      vi.stubEnv('IDENTITY_ENDPOINT', `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/msi/token`);
      vi.stubEnv('IDENTITY_HEADER', 'identity-header-value');
      const credential = await createCredential({ mode: 'ManagedIdentity', userAssignedClientId: 'mi-client' }, { cloud: resolveCloud() });
      expect((await credential.getToken('https://graph.microsoft.com/.default'))?.token).toBe(token);
      const url = new URL(requests[0]?.url ?? '', 'http://x');
      expect(url.pathname).toBe('/msi/token');
      expect(url.searchParams.get('resource')).toBe('https://graph.microsoft.com');
      expect(url.searchParams.get('client_id')).toBe('mi-client');
      expect(requests[0]?.header).toBe('identity-header-value');
    } finally {
      await new Promise<void>((resolve) => endpoint.close(() => resolve()));
    }
  });

  it('AzureCli: runs `az account get-access-token` (a fake az on PATH)', async () => {
    const bin = join(dir, 'bin');
    await import('node:fs/promises').then((fs) => fs.mkdir(bin, { recursive: true }));
    const accessToken = makeJwt({ tid: TEST_TENANT_ID, scp: 'User.Read.All', upn: 'cli@contoso.com', exp: inAnHour() });
    const expiresOn = new Date(Date.now() + 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
    await writeFile(
      join(bin, 'az'),
      `#!/bin/sh\necho "$@" > "${join(dir, 'az-args')}"\necho '${JSON.stringify({ accessToken, expiresOn, tenant: TEST_TENANT_ID, tokenType: 'Bearer' })}'\n`,
    );
    await chmod(join(bin, 'az'), 0o755);
    vi.stubEnv('PATH', `${bin}:${process.env.PATH ?? ''}`);
    const credential = await createCredential({ mode: 'AzureCli', tenant: TEST_TENANT_ID }, { cloud });
    const token = await credential.getToken('https://graph.microsoft.com/.default');
    expect(token?.token).toBe(accessToken);
    const args = await import('node:fs/promises').then((fs) => fs.readFile(join(dir, 'az-args'), 'utf8'));
    expect(args).toContain('account get-access-token');
    expect(args).toContain('--resource https://graph.microsoft.com');
    expect(args).toContain(`--tenant ${TEST_TENANT_ID}`);
  });
});

/** Modes that cannot run here (a browser), and options: what the factory configures, observed through a stand-in module. */
describe('credential configuration', () => {
  function recordingIdentity(): { module: IdentityModule; built: { name: string; args: unknown[] }[] } {
    const built: { name: string; args: unknown[] }[] = [];
    const fake = (name: string) =>
      class {
        constructor(...args: unknown[]) {
          built.push({ name, args });
        }
        getToken(): Promise<null> {
          return Promise.resolve(null);
        }
      };
    const module = {
      InteractiveBrowserCredential: fake('InteractiveBrowserCredential'),
      ManagedIdentityCredential: fake('ManagedIdentityCredential'),
      ClientSecretCredential: fake('ClientSecretCredential'),
    } as unknown as IdentityModule;
    return { module, built };
  }

  it('Interactive: browser sign-in at the national cloud authority, organizations by default', async () => {
    const { module, built } = recordingIdentity();
    await createCredential({ mode: 'Interactive', clientId: CLIENT_ID }, { cloud: resolveCloud({ environment: 'USGovernmentDoD' }), loadIdentity: () => Promise.resolve(module) });
    expect(built).toEqual([
      {
        name: 'InteractiveBrowserCredential',
        args: [{ authorityHost: 'https://login.microsoftonline.us', clientId: CLIENT_ID, tenantId: 'organizations', redirectUri: 'http://localhost' }],
      },
    ]);
  });

  it('ManagedIdentity: system-assigned, or user-assigned by client id, object id or resource id', async () => {
    const { module, built } = recordingIdentity();
    const options = { cloud: resolveCloud(), loadIdentity: () => Promise.resolve(module) };
    await createCredential({ mode: 'ManagedIdentity' }, options);
    await createCredential({ mode: 'ManagedIdentity', userAssignedClientId: 'mi-client' }, options);
    await createCredential({ mode: 'ManagedIdentity', userAssignedObjectId: 'mi-object' }, options);
    expect(built.map((entry) => entry.args[0])).toEqual([
      { authorityHost: 'https://login.microsoftonline.com' },
      { authorityHost: 'https://login.microsoftonline.com', clientId: 'mi-client' },
      { authorityHost: 'https://login.microsoftonline.com', objectId: 'mi-object' },
    ]);
    await expect(createCredential({ mode: 'ManagedIdentity', userAssignedClientId: 'a', userAssignedObjectId: 'b' }, options)).rejects.toBeInstanceOf(CredentialConfigurationError);
  });

  it('Custom cloud: instance discovery off, and a sign-in authority required', async () => {
    const { module, built } = recordingIdentity();
    await createCredential({ mode: 'ClientSecret', clientId: CLIENT_ID, tenant: 't', clientSecret: 's' }, { cloud, loadIdentity: () => Promise.resolve(module) });
    expect(built[0]?.args[3]).toEqual({ authorityHost: FAKE_AUTHORITY, disableInstanceDiscovery: true });
    const noLogin = resolveCloud({ environment: 'Custom', graphEndpoint: 'http://127.0.0.1:1' });
    await expect(createCredential({ mode: 'ClientSecret', clientId: CLIENT_ID, tenant: 't', clientSecret: 's' }, { cloud: noLogin, loadIdentity: () => Promise.resolve(module) })).rejects.toThrow(
      /needs -AzureADLoginEndPoint/,
    );
  });

  it('AccessToken never loads @azure/identity', async () => {
    const loadIdentity = vi.fn(loadAzureIdentity);
    const jwt = makeJwt({ tid: TEST_TENANT_ID, exp: inAnHour() });
    const credential = await createCredential({ mode: 'AccessToken', accessToken: jwt }, { cloud, loadIdentity });
    expect((await credential.getToken([scope]))?.token).toBe(jwt);
    expect(loadIdentity).not.toHaveBeenCalled();
  });
});
