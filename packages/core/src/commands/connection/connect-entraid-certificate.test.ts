/**
 * Connect-EntraID -CertificatePath and -CertificatePassword as PnP scripts write them: a path
 * relative to the shell's current location (after cd), and the password as a SecureString.
 */
import { startEmulator, type Emulator } from '@entra-shell/graph-emulator';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_AUTHORITY, startFakeIdentityServer, type FakeIdentityServer } from '../../auth/test-support/fake-identity-server.js';
import { OPENSSL_LEGACY_PFX } from '../../auth/test-support/openssl-pfx-fixtures.js';
import { provide } from '../../cmdlet/services.js';
import { collect } from '../../session/collect.js';
import { createSession, type Session } from '../../session/session.js';
import { utilityCmdlets } from '../utility/index.js';
import { connectionCmdlets, connectionServices, ConnectionSlot } from './index.js';
import { signInSettingsKey } from './connection-slot.js';

let emulator: Emulator;
let idp: FakeIdentityServer;
let folder: string;
let slot: ConnectionSlot;
let session: Session;

beforeAll(async () => {
  emulator = await startEmulator();
  idp = await startFakeIdentityServer({ roles: ['User.Read.All'] });
  folder = await mkdtemp(join(tmpdir(), 'entra-cert-'));
  await mkdir(join(folder, 'certs'));
  await writeFile(join(folder, 'certs', 'app.pfx'), Buffer.from(OPENSSL_LEGACY_PFX.base64, 'base64'));
});
afterAll(async () => {
  await idp.close();
  await emulator.close();
  await rm(folder, { recursive: true, force: true });
});
afterEach(async () => {
  await slot.replace(undefined);
});

function newSession(): Session {
  slot = new ConnectionSlot();
  return createSession({
    commands: [...utilityCmdlets, ...connectionCmdlets],
    services: [...connectionServices(slot), provide(signInSettingsKey, { httpClient: idp.httpClient, env: {} })],
  });
}

const connectLine = (certificate: string, password: string): string =>
  `Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId app-guid -AzureEnvironment Custom -MicrosoftGraphEndPoint ${emulator.url} ` +
  `-AzureADLoginEndPoint ${FAKE_AUTHORITY} -CertificatePath ${certificate} -CertificatePassword ${password}`;

describe('Connect-EntraID -CertificatePath / -CertificatePassword', () => {
  it('resolves a relative path against the current location (cd), not the process directory', async () => {
    session = newSession();
    expect(process.cwd()).not.toBe(folder);
    const pw = `(ConvertTo-SecureString -String '${OPENSSL_LEGACY_PFX.password}' -AsPlainText -Force)`;
    const result = await collect(session.run(`Set-Location '${folder}'; ${connectLine('./certs/app.pfx', pw)}`));
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(slot.current).toMatchObject({ authMode: 'Certificate', clientId: 'app-guid', tenant: 'contoso.onmicrosoft.com' });
    expect(idp.tokenRequests.at(-1)?.form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
  });

  it('reports a relative path that is missing at the current location by its full path', async () => {
    session = newSession();
    const result = await collect(session.run(`cd '${join(folder, 'certs')}'; ${connectLine('.\\missing.pfx', "'x'")}`));
    expect(result.errors.map((e) => e.message).join('\n')).toContain(join(folder, 'certs'));
    expect(slot.current).toBeUndefined();
  });

  it('takes the password as a SecureString in a variable, or as plain text as before', async () => {
    session = newSession();
    const secure = await collect(
      session.run(`cd '${folder}'; $pw = ConvertTo-SecureString '${OPENSSL_LEGACY_PFX.password}' -AsPlainText; ${connectLine('certs/app.pfx', '$pw')}`),
    );
    expect(secure.errors.map((e) => e.message)).toEqual([]);
    expect(slot.current?.authMode).toBe('Certificate');
    await slot.replace(undefined);
    const plain = await collect(session.run(connectLine(join(folder, 'certs', 'app.pfx'), `'${OPENSSL_LEGACY_PFX.password}'`)));
    expect(plain.errors.map((e) => e.message)).toEqual([]);
    expect(slot.current?.authMode).toBe('Certificate');
  });

  it('a wrong SecureString password fails without showing it', async () => {
    session = newSession();
    await collect(session.run(`cd '${folder}'; $bad = ConvertTo-SecureString 'wrong-pfx-pass' -AsPlainText`));
    // The command line shown in the error's position must not carry it either, so it comes from a variable.
    const result = await collect(session.run(`${connectLine('certs/app.pfx', '$bad')} -Verbose -Debug`));
    expect(result.errors.map((e) => e.message)).toEqual(['The certificate password is wrong: -CertificatePassword does not open this PFX (PKCS#12) file.']);
    expect(JSON.stringify(result.events)).not.toContain('wrong-pfx-pass');
  });

  it('-ClientSecret takes a SecureString too, unwrapped for the token request', async () => {
    session = newSession();
    const result = await collect(
      session.run(
        `Connect-EntraID -Tenant contoso.onmicrosoft.com -ClientId app-guid -ClientSecret (ConvertTo-SecureString 'secret-value' -AsPlainText) ` +
          `-AzureEnvironment Custom -MicrosoftGraphEndPoint ${emulator.url} -AzureADLoginEndPoint ${FAKE_AUTHORITY}`,
      ),
    );
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(idp.tokenRequests.at(-1)?.form.get('client_secret')).toBe('secret-value');
    expect(slot.current?.authMode).toBe('ClientSecret');
  });

  it('help shows -CertificatePassword <SecureString> and -ClientSecret <String>, and the example uses ConvertTo-SecureString', async () => {
    session = newSession();
    const help = await collect(session.run('Get-Help Connect-EntraID -Full | Out-String'));
    const text = help.output.join('\n');
    expect(text).toMatch(/-CertificatePassword <SecureString>/);
    expect(text).toMatch(/-ClientSecret <String>/);
    expect(text).toContain('-CertificatePassword (ConvertTo-SecureString -String $env:PFX_PASSWORD -AsPlainText -Force)');
  });
});
