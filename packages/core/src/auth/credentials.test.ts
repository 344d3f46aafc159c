import { generateKeyPairSync, createPublicKey, verify, X509Certificate } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readCertificate } from './certificate-source.js';
import { decodeTokenClaims } from './claims.js';
import { resolveCloud, type Cloud } from './clouds.js';
import { createCredential, CredentialConfigurationError, loadAzureIdentity, type DeviceCodePrompt, type IdentityModule } from './credentials.js';
import { loadNodeForge, type ForgeModule } from './pkcs12.js';
import { FAKE_AUTHORITY, startFakeIdentityServer, type FakeIdentityServer } from './test-support/fake-identity-server.js';
import { makeForgePfx } from './test-support/forge-pfx.js';
import { inAnHour, makeJwt, TEST_TENANT_ID } from './test-support/jwt.js';
import { OPENSSL3_DEFAULT_PFX, OPENSSL_LEGACY_PFX } from './test-support/openssl-pfx-fixtures.js';

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

  it('Certificate: key-less PEM, content that is no certificate, and a missing file are refused', async () => {
    const request = { mode: 'Certificate', clientId: CLIENT_ID, tenant: TEST_TENANT_ID } as const;
    await expect(createCredential({ ...request, certificateBase64: Buffer.from('-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----').toString('base64') }, { cloud })).rejects.toThrow(/no private key/);
    await expect(createCredential({ ...request, certificateBase64: Buffer.from('just some text').toString('base64') }, { cloud })).rejects.toThrow(
      'The certificate is neither PEM text nor a PFX (PKCS#12) file: give a PFX, or a PEM file with the certificate and its private key.',
    );
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

/** PFX (PKCS#12) certificates, as PnP's Connect-PnPOnline takes them: converted to PEM in memory, then the same sign-in. */
describe('PFX certificates against a fake token endpoint', () => {
  let forge: ForgeModule;
  beforeAll(async () => {
    forge = await loadNodeForge();
  });

  const request = { mode: 'Certificate', clientId: CLIENT_ID, tenant: TEST_TENANT_ID } as const;

  /** Signs in with the request and returns the client assertion's header, after checking the key that signed it. */
  async function signIn(certificate: { certificatePath?: string; certificateBase64?: string; certificatePassword?: string }, publicKeyPem: string): Promise<Record<string, unknown>> {
    const credential = await createCredential({ ...request, ...certificate }, { cloud, httpClient: idp.httpClient });
    await credential.getToken([scope]);
    const assertion = idp.tokenRequests.at(-1)?.form.get('client_assertion') ?? null;
    expect(assertionSignedBy(publicKeyPem, assertion)).toBe(true);
    return JSON.parse(Buffer.from((assertion ?? '').split('.')[0] ?? '', 'base64url').toString()) as Record<string, unknown>;
  }

  /** The thumbprint Entra ID matches: the leaf certificate's, byte for byte as it was in the file. */
  const thumbprint = (sha256Hex: string): string => Buffer.from(sha256Hex, 'hex').toString('base64url');

  it('a PFX written by OpenSSL 3 with its defaults (PBES2/AES-256, SHA-256 MAC) and a non-ASCII password, known by its content, not its name', async () => {
    const path = join(dir, 'app.pem');
    await writeFile(path, Buffer.from(OPENSSL3_DEFAULT_PFX.base64, 'base64'));
    const header = await signIn({ certificatePath: path, certificatePassword: OPENSSL3_DEFAULT_PFX.password }, OPENSSL3_DEFAULT_PFX.leafPublicKeyPem);
    expect(header['x5t#S256']).toBe(thumbprint(OPENSSL3_DEFAULT_PFX.leafSha256));
  });

  it('an OpenSSL -legacy PFX (RC2-40 certificates, 3DES key, SHA-1 MAC, CA included) through -CertificateBase64Encoded', async () => {
    const header = await signIn({ certificateBase64: OPENSSL_LEGACY_PFX.base64, certificatePassword: OPENSSL_LEGACY_PFX.password }, OPENSSL_LEGACY_PFX.leafPublicKeyPem);
    expect(header['x5t#S256']).toBe(thumbprint(OPENSSL_LEGACY_PFX.leafSha256));
  });

  it('PFX files written by node-forge: PBES2/AES-256 from a .pfx file, 3DES as base64', async () => {
    const aes = makeForgePfx(forge, { password: 'forge-pass', algorithm: 'aes256' });
    const path = join(dir, 'forge-aes.pfx');
    await writeFile(path, aes.der);
    expect((await signIn({ certificatePath: path, certificatePassword: 'forge-pass' }, aes.leafPublicKeyPem))['x5t#S256']).toBe(thumbprint(aes.leafSha256));
    const tripleDes = makeForgePfx(forge, { password: 'forge-pass', algorithm: '3des' });
    expect((await signIn({ certificateBase64: tripleDes.base64, certificatePassword: 'forge-pass' }, tripleDes.leafPublicKeyPem))['x5t#S256']).toBe(thumbprint(tripleDes.leafSha256));
  });

  it('the certificate that matches the key comes first, the chain after it, and the key unencrypted', async () => {
    const pfx = makeForgePfx(forge, { password: 'chain-pass', algorithm: '3des', withCa: true });
    const { pem, password } = await readCertificate({ certificateBase64: pfx.base64, certificatePassword: 'chain-pass' });
    const certificates = pem.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? [];
    expect(certificates.map((certificate) => new X509Certificate(certificate).fingerprint256.replace(/:/g, '').toLowerCase())).toEqual([pfx.leafSha256, pfx.caSha256]);
    expect(pem).toMatch(/-----BEGIN PRIVATE KEY-----\n[^-]+-----END PRIVATE KEY-----\n$/);
    expect(password).toBeUndefined();
    const header = await signIn({ certificateBase64: pfx.base64, certificatePassword: 'chain-pass' }, pfx.leafPublicKeyPem);
    expect(header['x5t#S256']).toBe(thumbprint(pfx.leafSha256));
  });

  it('the certificate goes on byte for byte, even in an encoding forge would write differently', async () => {
    const pfx = makeForgePfx(forge, { password: 'bytes-pass', algorithm: '3des', withCa: true, leafWithoutNullParameters: true });
    const { pem } = await readCertificate({ certificateBase64: pfx.base64, certificatePassword: 'bytes-pass' });
    const leaf = new X509Certificate(pem);
    expect(leaf.fingerprint256.replace(/:/g, '').toLowerCase()).toBe(pfx.leafSha256);
    // The test's own check: the DER really lacks the NULL that forge would write (05 00 after the OID).
    const oid = Buffer.from('06092a864886f70d01010b', 'hex');
    const at = leaf.raw.lastIndexOf(oid);
    expect(leaf.raw[at - 1]).toBe(oid.length);
    expect(leaf.raw[at + oid.length]).not.toBe(0x05);
    const header = await signIn({ certificateBase64: pfx.base64, certificatePassword: 'bytes-pass' }, pfx.leafPublicKeyPem);
    expect(header['x5t#S256']).toBe(thumbprint(pfx.leafSha256));
  });

  it('a PFX without a password: the empty one, or none at all, with or without -CertificatePassword ""', async () => {
    const empty = makeForgePfx(forge, { password: '', algorithm: '3des' });
    await signIn({ certificateBase64: empty.base64 }, empty.leafPublicKeyPem);
    await signIn({ certificateBase64: empty.base64, certificatePassword: '' }, empty.leafPublicKeyPem);
    const none = makeForgePfx(forge, { password: null });
    await signIn({ certificateBase64: none.base64 }, none.leafPublicKeyPem);
  });

  it('a wrong or missing password says so, and no message shows the password or the file', async () => {
    const rejection = async (certificate: { certificateBase64: string; certificatePassword?: string }): Promise<Error> => {
      const error = await createCredential({ ...request, ...certificate }, { cloud }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(CredentialConfigurationError);
      return error as Error;
    };
    const wrong = await rejection({ certificateBase64: OPENSSL3_DEFAULT_PFX.base64, certificatePassword: 'wrong-password-123' });
    expect(wrong.message).toBe('The certificate password is wrong: -CertificatePassword does not open this PFX (PKCS#12) file.');
    const missing = await rejection({ certificateBase64: OPENSSL_LEGACY_PFX.base64 });
    expect(missing.message).toBe('The PFX (PKCS#12) file is protected by a password: give it with -CertificatePassword.');
    const forgeWrong = await rejection({ certificateBase64: makeForgePfx(forge, { password: 'right-one', algorithm: 'aes256' }).base64, certificatePassword: 'wrong-one' });
    expect(forgeWrong.message).toMatch(/^The certificate password is wrong/);
    for (const error of [wrong, missing, forgeWrong]) {
      const everything = `${error.message}\n${error.stack ?? ''}\n${JSON.stringify(error)}`;
      for (const secret of ['wrong-password-123', 'wrong-one', OPENSSL3_DEFAULT_PFX.password, OPENSSL3_DEFAULT_PFX.base64.slice(0, 40), OPENSSL_LEGACY_PFX.base64.slice(0, 40), 'PRIVATE KEY']) {
        expect(everything).not.toContain(secret);
      }
      expect(error.cause).toBeUndefined();
    }
  });

  it('a PFX without a private key, a key without its certificate, and a damaged file', async () => {
    const refusal = (certificateBase64: string, certificatePassword?: string): Promise<unknown> =>
      createCredential({ ...request, certificateBase64, ...(certificatePassword === undefined ? {} : { certificatePassword }) }, { cloud });
    await expect(refusal(makeForgePfx(forge, { password: 'p', key: 'none' }).base64, 'p')).rejects.toThrow(
      'The PFX (PKCS#12) file has no private key: export the certificate again together with its private key.',
    );
    await expect(refusal(makeForgePfx(forge, { password: 'p', key: 'other' }).base64, 'p')).rejects.toThrow('The PFX (PKCS#12) file has a private key but not the certificate that goes with it.');
    const whole = Buffer.from(OPENSSL3_DEFAULT_PFX.base64, 'base64');
    await expect(refusal(whole.subarray(0, 1500).toString('base64'), OPENSSL3_DEFAULT_PFX.password)).rejects.toThrow('The PFX (PKCS#12) file could not be read: it is damaged or incomplete.');
    await expect(refusal(Buffer.from([0x30, 0x82, 0x01]).toString('base64'))).rejects.toThrow(/damaged or incomplete/);
    // The MAC's digest named as SHA-224 (2.16.840.1.101.3.4.2.4) instead of SHA-256: a scheme that cannot be read.
    const sha256Oid = Buffer.from('0609608648016503040201', 'hex');
    const otherMac = Buffer.from(whole);
    otherMac[otherMac.lastIndexOf(sha256Oid) + sha256Oid.length - 1] = 0x04;
    await expect(refusal(otherMac.toString('base64'), OPENSSL3_DEFAULT_PFX.password)).rejects.toThrow(
      'The PFX (PKCS#12) file is protected in a way entra-shell cannot read; export it again with a password (AES-256 or 3DES).',
    );
    // DER that is not PKCS#12: a certificate alone (.cer), which has no key.
    const cer = new X509Certificate((await readCertificate({ certificateBase64: OPENSSL_LEGACY_PFX.base64, certificatePassword: OPENSSL_LEGACY_PFX.password })).pem).raw;
    await expect(refusal(cer.toString('base64'))).rejects.toThrow(/neither PEM text nor a PFX \(PKCS#12\) file/);
  });

  it('no longer refuses a .pfx by its name or advises converting it', async () => {
    const messages: string[] = [];
    for (const certificate of [{ certificatePath: join(dir, 'absent.pfx') }, { certificatePath: join(dir, 'absent.p12') }, { certificateBase64: Buffer.from([0x30, 0x82, 0x01]).toString('base64') }]) {
      await createCredential({ ...request, ...certificate }, { cloud }).catch((error: unknown) => messages.push((error as Error).message));
    }
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/absent\.pfx' was not found/);
    for (const message of messages) expect(message).not.toMatch(/openssl|not supported|convert/i);
  });

  it('node-forge is loaded for a PFX only, never for PEM', async () => {
    const loadForge = vi.fn(loadNodeForge);
    await readCertificate({ certificateBase64: Buffer.from(keyMaterial().pem).toString('base64') }, loadForge);
    expect(loadForge).not.toHaveBeenCalled();
    await readCertificate({ certificateBase64: OPENSSL_LEGACY_PFX.base64, certificatePassword: OPENSSL_LEGACY_PFX.password }, loadForge);
    expect(loadForge).toHaveBeenCalledTimes(1);
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
