/**
 * End to end: the secret leak paths of issue 11 in the built shell, in a real terminal, on the demo
 * tenant. Lines holding a secret (by parameter, however spelled; plain text made a SecureString; a
 * token in a variable; a pass the session issued) stay out of the history file; the CSV of
 * selected pass properties is owner-only; a transcript records placeholders and masked passes, and
 * one left open is closed when the shell exits.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltShell } from '../testing/built-shell.js';
import { hasScript, TerminalSession } from './terminal.js';

const BARE_PROMPT = 'PS demo:contoso.onmicrosoft.com>';
const JWT =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJl';

let home: string;
let terminal: TerminalSession | undefined;

beforeAll(async () => {
  if (!(await hasScript()))
    throw new Error('util-linux `script` is required for the end-to-end test (Debian: bsdutils)');
  const shell = ensureBuiltShell();
  home = mkdtempSync(join(tmpdir(), 'entra-shell-e2e-leaks-'));
  terminal = TerminalSession.start([process.execPath, shell], {
    width: 160,
    height: 50,
    cwd: home,
    env: {
      XDG_STATE_HOME: join(home, 'state'),
      HOME: home,
      TERM: 'xterm-256color',
      NO_COLOR: '',
      CI: 'true',
    },
  });
});

afterAll(() => {
  terminal?.kill();
  rmSync(home, { recursive: true, force: true });
});

let marks = 0;

/** Types the line with a marker statement after it and waits until the marker is printed: the line has run. */
async function runLine(t: TerminalSession, line: string): Promise<{ typed: string; screen: string }> {
  const mark = `done-${++marks}`;
  const typed = `${line}; '${mark}'`;
  t.type(typed);
  t.press('Enter');
  const screen = await t.waitFor(
    (s) => s.split('\n').some((l) => l.trim() === mark) && s.trimEnd().endsWith(BARE_PROMPT),
    typed,
  );
  return { typed, screen };
}

describe('secrets in a terminal', () => {
  it('keeps them out of the history file, makes the pass CSV owner-only, and masks the transcript', async () => {
    const t = terminal;
    if (!t) throw new Error('the terminal did not start');
    await t.waitFor((s) => s.includes(BARE_PROMPT) && s.includes('demo tenant'), 'the first prompt');

    const started = await runLine(t, 'Start-Transcript -Path ./session.log');
    const issued = await runLine(
      t,
      '$tap = New-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com; $tap.TemporaryAccessPass',
    );
    const after = issued.screen.split(issued.typed)[1] ?? '';
    const pass =
      after
        .split('\n')
        .map((l) => l.trim())
        .find((l) => /^\S{8,48}$/.test(l) && !l.startsWith('done-')) ?? '';
    expect(pass, issued.screen).not.toBe('');
    const exported = await runLine(
      t,
      'Get-EntraIDUser -Filter "department eq \'Sales\'" | Select-Object -First 2 | New-EntraIDUserTemporaryAccessPass | Select-Object UserPrincipalName, TemporaryAccessPass | Export-Csv x.csv',
    );

    const sensitive: string[] = [];
    for (const line of [
      `Connect-EntraID -Demo -Acce '${JWT}'`,
      "Connect-EntraID -Demo -ClientS 'Qx8~client-secret-value'",
      "$pw = ConvertTo-SecureString 'hunter2-pfx' -AsPlainText -Force",
      "$t = 'eyJ0eXAi...'",
      `Write-Host 'the pass was ${pass}'`,
    ]) {
      sensitive.push((await runLine(t, line)).typed);
    }
    const stopped = await runLine(t, 'Stop-Transcript');
    await runLine(t, 'Start-Transcript -Path ./left-open.log');
    await runLine(t, "'still recording'");
    t.type('exit');
    t.press('Enter');
    await t.waitFor(() => t.exited(), 'the shell to exit');

    const history = readFileSync(join(home, 'state', 'entra-shell', 'history'), 'utf8').split('\n');
    expect(history).toEqual(
      expect.arrayContaining([started.typed, issued.typed, exported.typed, stopped.typed, 'exit']),
    );
    for (const line of sensitive) expect(history).not.toContain(line);
    expect(history.join('\n')).not.toContain(pass);

    expect(statSync(join(home, 'x.csv')).mode & 0o777).toBe(0o600);

    const log = readFileSync(join(home, 'session.log'), 'utf8');
    expect(statSync(join(home, 'session.log')).mode & 0o777).toBe(0o600);
    expect(log).not.toContain(pass);
    expect(log).not.toContain('hunter2-pfx');
    expect(log).not.toContain('Qx8~client');
    expect(log).not.toContain(JWT.slice(0, 30));
    expect(log).toContain('the pass was ' + '*'.repeat(pass.length));
    expect(log).toContain(`${BARE_PROMPT} <command line not recorded: it holds a secret>`);
    expect(log).toMatch(/PowerShell transcript end\nEnd time: \d{14}\n\*{22}\n$/);

    const open = readFileSync(join(home, 'left-open.log'), 'utf8');
    expect(open).toMatch(/still recording\n[\s\S]*PowerShell transcript end\nEnd time: \d{14}\n\*{22}\n$/);
  }, 300_000);
});
