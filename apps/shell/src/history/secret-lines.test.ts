/**
 * The secret leak paths of issue 11 through the REPL's own code path: each accepted line goes to
 * History.add with the backend's historyDestination (as App does), then runs on the real engine
 * connected to the demo tenant. Sensitive lines stay in memory only; the history file, the files
 * commands write and the transcript keep secrets out (or owner-only).
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NonInteractiveHost } from '@entra-shell/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreBackend } from '../backend/core-backend.js';
import type { ReplBackend } from '../backend/types.js';
import { History } from '../repl/hooks/useHistory.js';
import { HistoryFile } from './history-file.js';

/** A JWT with a far expiry, for -AccessToken; connecting with it makes no network call. */
function futureJwt(): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'RS256' })}.${part({ aud: 'https://graph.microsoft.com', tid: '00000000-0000-0000-0000-000000000001', exp: 4102444800, scp: 'User.Read.All' })}.c2lnbmF0dXJl`;
}
/** The start of a base64-encoded PFX: nothing in it says "secret" but the parameter it binds to. */
const PFX =
  'MIIKcQIBAzCCCjcGCSqGSIb3DQEHAaCCCigEggokMIIKIDCCBNcGCSqGSIb3DQEHBqCCBMgwggTEAgEAMIIEvQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYw';

let dir: string;
let backend: ReplBackend;
let history: History;
let historyPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entra-shell-leaks-'));
  historyPath = join(dir, 'state', 'history');
  backend = await createCoreBackend({
    host: new NonInteractiveHost(),
    connectDemo: true,
    print: () => undefined,
    color: false,
    cwd: dir,
  });
  await backend.ready;
  history = new History(new HistoryFile(historyPath));
  await history.load();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What App does with an accepted line: history first, then the run; returns the text shown. */
async function accept(line: string): Promise<string> {
  await history.add(line, backend.historyDestination(line));
  const shown: string[] = [];
  for await (const event of backend.run(line, {
    signal: new AbortController().signal,
    width: 200,
    color: false,
  }))
    if (event.kind === 'text') shown.push(event.text);
  return shown.join('\n');
}

const fileLines = (): string[] => readFileSync(historyPath, 'utf8').split('\n').filter(Boolean);

describe('secret leak paths, through the REPL’s history path on the demo tenant', () => {
  it('keeps every sensitive line in memory only, writes the rest, and keeps passes out of other files and the transcript', async () => {
    const transcript = join(dir, 'session.log');
    const export_ = join(dir, 'x.csv');
    const harmless = ["'one'", `Start-Transcript -Path '${transcript}'`];
    for (const line of harmless) await accept(line);

    // A pass issued in this session, then typed or pasted into later lines.
    await accept('$tap = New-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com');
    const pass = (await accept('$tap.TemporaryAccessPass')).trim();
    expect(pass).toMatch(/^\S{8,48}$/);
    const exportLine = `Get-EntraIDUser -Filter "department eq 'Sales'" | Select-Object -First 2 | New-EntraIDUserTemporaryAccessPass | Select-Object UserPrincipalName, TemporaryAccessPass | Export-Csv '${export_}'`;
    await accept(exportLine);

    const sensitive = [
      `Write-Host "Your pass is ${pass}"`,
      "$pw = ConvertTo-SecureString 'pfx-Pw-2024' -AsPlainText -Force",
      "$pw = ConvertTo-SecureString -Str 'pfx-Pw-2024' -AsP",
      "$t = 'eyJ0eXAi...'",
      `$t = '${futureJwt()}'`,
      "$headers = @{ Authorization = 'Bearer abcdefgh12345678' }",
      "$code = 'kP5v#Wq2'",
      "$cred = [pscredential]::new('admin', 'Adm1n-pass')",
      "Connect-EntraID -Demo -ClientS 'Qx8~client.secret-value'",
      `Connect-EntraID -Demo -CertificateBase64Encoded '${PFX}'`,
      // Last: this one really connects (to Microsoft Graph, without a network call until used).
      `Connect-EntraID -Acce '${futureJwt()}'`,
    ];
    for (const line of sensitive) await accept(line);
    await accept("'two'");
    await accept('Stop-Transcript');
    await history.flush();

    // The file has the harmless lines only; memory has everything, for Up-arrow.
    expect(fileLines()).toEqual([
      ...harmless,
      '$tap = New-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com',
      '$tap.TemporaryAccessPass',
      exportLine,
      "'two'",
      'Stop-Transcript',
    ]);
    expect(history.entries.get()).toEqual(expect.arrayContaining(sensitive));
    expect(readFileSync(historyPath, 'utf8')).not.toContain(pass);
    expect(statSync(historyPath).mode & 0o777).toBe(0o600);

    // Export-Csv of selected pass properties: owner-only.
    expect(statSync(export_).mode & 0o777).toBe(0o600);

    // The transcript: owner-only, sensitive lines as placeholders, the pass masked, prompts as shown.
    const recorded = readFileSync(transcript, 'utf8');
    expect(statSync(transcript).mode & 0o777).toBe(0o600);
    expect(recorded).not.toContain(pass);
    expect(recorded).not.toContain('pfx-Pw-2024');
    expect(recorded).not.toContain('Qx8~client');
    expect(recorded).not.toContain(PFX.slice(0, 20));
    expect(recorded).toContain(
      'PS demo:contoso.onmicrosoft.com> $tap.TemporaryAccessPass\n' + '*'.repeat(pass.length) + '\n',
    );
    expect(recorded).toContain(
      'PS demo:contoso.onmicrosoft.com> <command line not recorded: it holds a secret>',
    );
    expect(recorded).toMatch(/PS .*> 'two'\ntwo\n/);
  });
});
