/**
 * The REPL on the real engine (core's session, highlighter, parser, registry), in an in-memory
 * terminal: colouring as you type, history with the sensitive-line rule and its file, completion,
 * multi-line input, Ctrl+C during a long pipeline, tables fitted to the width.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreBackend } from '../backend/core-backend.js';
import { HistoryFile } from '../history/history-file.js';
import { stripAnsi } from '../render/ansi.js';
import { renderInk, type Harness } from '../testing/ink-harness.js';
import { App } from './App.js';

const PROMPT = 'PS> ';
let dir: string;
let harness: Harness | undefined;

beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'entra-shell-repl-'))));
afterEach(async () => {
  harness?.unmount();
  harness = undefined;
  await rm(dir, { recursive: true, force: true });
});

function start(options: { columns?: number; historyPath?: string; demo?: boolean } = {}): Harness {
  const historyFile = new HistoryFile(options.historyPath ?? join(dir, 'history'));
  harness = renderInk(
    <App
      createBackend={(host, print) => createCoreBackend({ host, print, connectDemo: options.demo === true, color: true, cwd: dir })}
      historyFile={historyFile}
      color={true}
      onExit={() => undefined}
    />,
    { columns: options.columns ?? 100 },
  );
  return harness;
}

const screen = (h: Harness): string => stripAnsi(h.lastFrame());
/** The live line: the last line of the screen. */
const liveLine = (h: Harness): string => screen(h).trimEnd().split('\n').at(-1) ?? '';

async function ready(h: Harness): Promise<void> {
  await h.waitForFrame((f) => f.includes(PROMPT.trimEnd()));
  // The engine loads after the first frame: wait until the line is coloured.
  h.type('x');
  await h.waitForFrame((f) => f.includes('\x1b[93mx'));
  h.type('\x15');
}

async function runLine(h: Harness, line: string, until: (plain: string) => boolean): Promise<string> {
  h.type(line, '\r');
  return stripAnsi(await h.waitForFrame((f) => until(stripAnsi(f)) && stripAnsi(f).trimEnd().endsWith(PROMPT.trimEnd())));
}

describe('the REPL on the real engine', () => {
  it('colours the line as it is typed', async () => {
    const h = start();
    await ready(h);
    h.type("Get-EntraIDConnection -Verbose 'text' $var 42 # note");
    const frame = await h.waitForFrame((f) => f.includes('# note'));
    expect(frame).toContain('\x1b[93mGet-EntraIDConnection');
    expect(frame).toContain('\x1b[90m-Verbose');
    expect(frame).toContain("\x1b[36m'text'");
    expect(frame).toContain('\x1b[92m$var');
    expect(frame).toContain('\x1b[97m42');
    expect(frame).toContain('\x1b[32m# note');
    h.type('\x15', "'open");
    expect(await h.waitForFrame((f) => f.includes("'open"))).toMatch(/\x1b\[(91|36)m'open/);
  });

  it('navigates history, keeps a sensitive line in memory only, and persists the rest', async () => {
    const path = join(dir, 'state', 'history');
    const h = start({ historyPath: path });
    await ready(h);
    await runLine(h, "'one'", (s) => s.includes('\none\n'));
    await runLine(h, "$secret = 'abc'", (s) => s.includes("$secret = 'abc'"));
    await runLine(h, "'two'", (s) => s.includes('\ntwo\n'));
    h.type('\x1b[A');
    await h.waitForFrame(() => liveLine(h) === `${PROMPT}'two'`);
    h.type('\x1b[A');
    await h.waitForFrame(() => liveLine(h) === `${PROMPT}$secret = 'abc'`);
    h.type('\x1b[A');
    await h.waitForFrame(() => liveLine(h) === `${PROMPT}'one'`);
    h.type('\x1b[B', '\x1b[B', '\x1b[B');
    await h.waitForFrame(() => liveLine(h) === PROMPT.trimEnd());

    const file = await readFile(path, 'utf8');
    expect(file).toBe("'one'\n'two'\n");
    h.unmount();

    // A new shell reads the file: the secret line is gone, the others are there.
    const next = start({ historyPath: path });
    await ready(next);
    next.type('\x1b[A');
    await next.waitForFrame(() => liveLine(next) === `${PROMPT}'two'`);
    next.type('\x1b[A');
    await next.waitForFrame(() => liveLine(next) === `${PROMPT}'one'`);
  });

  it('Read-Host shows its prompt, masks -AsSecureString input, and no answer reaches the history', async () => {
    const path = join(dir, 'state', 'history');
    const h = start({ historyPath: path });
    await ready(h);
    h.type("$name = Read-Host 'Display name'", '\r');
    await h.waitForFrame(() => liveLine(h) === 'Display name:');
    h.type('Adele Vance', '\r');
    await h.waitForFrame(() => liveLine(h) === PROMPT.trimEnd());
    h.type("$pw = Read-Host -Prompt 'PFX password' -AsSecureString", '\r');
    await h.waitForFrame(() => liveLine(h) === 'PFX password:');
    h.type('hunter2-pfx');
    await h.waitForFrame(() => liveLine(h) === 'PFX password: ***********');
    expect(screen(h)).not.toContain('hunter2-pfx');
    h.type('\r');
    await h.waitForFrame(() => liveLine(h) === PROMPT.trimEnd());
    const shown = await runLine(h, '"$name / $pw / $($pw.Length)"', (s) => s.includes('Adele Vance / System.Security.SecureString / 11'));
    expect(shown).not.toContain('hunter2-pfx');

    // Up arrow walks the command lines only, never the answers.
    h.type('\x1b[A');
    await h.waitForFrame(() => liveLine(h) === `${PROMPT}"$name / $pw / $($pw.Length)"`);
    h.type('\x1b[A');
    await h.waitForFrame(() => liveLine(h) === `${PROMPT}$pw = Read-Host -Prompt 'PFX password' -AsSecureString`);
    h.type('\x1b[A');
    await h.waitForFrame(() => liveLine(h) === `${PROMPT}$name = Read-Host 'Display name'`);
    const file = await readFile(path, 'utf8');
    expect(file).toContain("$name = Read-Host 'Display name'\n");
    expect(file).not.toContain('hunter2-pfx');
    expect(file).not.toContain('Adele Vance');
  });

  it('searches history with Ctrl+R', async () => {
    const h = start();
    await ready(h);
    await runLine(h, "'alpha'", (s) => s.includes('\nalpha\n'));
    await runLine(h, "'beta'", (s) => s.includes('\nbeta\n'));
    h.type('\x12', 'alp');
    await h.waitForFrame((f) => stripAnsi(f).includes("bck-i-search: alp") && stripAnsi(f).includes(`${PROMPT}'alpha'`));
    h.type('\r');
    await h.waitForFrame((f) => stripAnsi(f).split('\nalpha\n').length === 3);
  });

  it('completes commands, parameters and values from the cmdlet metadata', async () => {
    const h = start();
    await ready(h);
    h.type('Get-EntraIDConn', '\t');
    await h.waitForFrame(() => liveLine(h) === `${PROMPT}Get-EntraIDConnection`);
    h.type('\x15', 'Connect-EntraID -Dem', '\t');
    await h.waitForFrame(() => liveLine(h) === `${PROMPT}Connect-EntraID -Demo`);
    h.type(' -AzureEnvironment USG', '\t');
    await h.waitForFrame(() => liveLine(h) === `${PROMPT}Connect-EntraID -Demo -AzureEnvironment USGovernment`);
    h.type('\t');
    await h.waitForFrame(() => liveLine(h).endsWith('USGovernmentHigh'));
    h.type('\x1b[Z');
    await h.waitForFrame(() => liveLine(h).endsWith('-AzureEnvironment USGovernment'));
    h.type('\x15', 'Connect-EntraID -Demo -Error');
    h.type('\t');
    await h.waitForFrame(() => liveLine(h).endsWith('-ErrorAction'));
    h.type(' S', '\x00');
    const menu = await h.waitForFrame((f) => stripAnsi(f).includes('SilentlyContinue') && stripAnsi(f).includes('Stop'));
    expect(stripAnsi(menu)).toMatch(/SilentlyContinue\s+Stop/);
  });

  it('completes user principal names from the connected demo tenant, named or positional', async () => {
    const h = start({ demo: true, columns: 200 });
    await ready(h);
    await h.waitForFrame((f) => stripAnsi(f).includes('PS demo:contoso.onmicrosoft.com>'));
    h.type('New-PnPEntraIDUserTemporaryAccessPass -Identity johnd', '\t');
    await h.waitForFrame(() => liveLine(h) === 'PS demo:contoso.onmicrosoft.com> New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com');
    h.type(' -IsUseableOnce:', '\t');
    await h.waitForFrame(() => liveLine(h).endsWith('-IsUseableOnce:$true'));
    // A positional value binds to -Identity too; a switch before it does not take it.
    h.type('\x15', 'New-PnPEntraIDUserTemporaryAccessPass -IsUsableOnce johnd', '\t');
    await h.waitForFrame(() => liveLine(h) === 'PS demo:contoso.onmicrosoft.com> New-PnPEntraIDUserTemporaryAccessPass -IsUsableOnce johndoe@contoso.onmicrosoft.com');
  });

  it('continues incomplete input on a >> line and runs it whole', async () => {
    const h = start();
    await ready(h);
    h.type('if ($true) {', '\r');
    await h.waitForFrame((f) => stripAnsi(f).includes('\n>>'));
    h.type("  'inside'", '\r', '}');
    await h.waitForFrame((f) => stripAnsi(f).includes('>> }'));
    h.type('\r');
    const out = await h.waitForFrame((f) => stripAnsi(f).includes('\ninside\n'));
    expect(stripAnsi(out)).toContain(`${PROMPT}if ($true) {\n>>   'inside'\n>> }\ninside`);
  });

  it('takes a pasted multi-line block and a long pasted line as typed text, running nothing until Enter', async () => {
    const h = start({ columns: 80 });
    await ready(h);
    h.type("\x1b[200~if ($true) {\r\n  'pasted'\r\n}\x1b[201~");
    await h.waitForFrame((f) => stripAnsi(f).includes(`${PROMPT}if ($true) {\n>>   'pasted'\n>> }`));
    h.type('\r');
    await h.waitForFrame((f) => stripAnsi(f).includes('\npasted\n'));
    const long = 'x'.repeat(5000);
    h.type(`\x1b[200~'${long}'\x1b[201~`, '\r');
    const out = await h.waitForFrame((f) => stripAnsi(f).split('\n').join('').includes(`'${long}'${long}`));
    expect(stripAnsi(out).split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('stops a long pipeline with Ctrl+C and stays usable', async () => {
    const h = start();
    await ready(h);
    h.type('foreach ($i in 1..100000000) { $i }', '\r');
    await h.waitForFrame((f) => f.includes('Ctrl+C to stop') && /\n\d{3,}\n/.test(stripAnsi(f)));
    h.type('\x03');
    await h.waitForFrame((f) => !f.includes('Ctrl+C to stop') && stripAnsi(f).trimEnd().endsWith(PROMPT.trimEnd()));
    await runLine(h, "'after'", (s) => s.includes('\nafter\n'));
  });

  it.each([60, 200])('fits a table into %i columns', async (columns) => {
    const h = start({ columns });
    await ready(h);
    const record = "[pscustomobject]@{ UserPrincipalName = 'adele.vance.with.a.long.alias@contoso.onmicrosoft.com'; TemporaryAccessPass = 'Xy7#kP2q'; LifetimeInMinutes = 60; Note = 'issued for the onboarding wave of the new campus' }";
    const out = await runLine(h, record, (s) => /\n-{3,}/.test(s) && /\n\S.*60/.test(s));
    const lines = out.split('\n');
    const underline = lines.findIndex((l) => /^-{3,}/.test(l));
    const table = lines.slice(underline - 1, underline + 2);
    expect(table[2]).toMatch(/60/);
    expect(table.every((line) => line.length <= columns)).toBe(true);
    if (columns === 60) expect(table.join('\n')).toContain('…');
    else expect(table.join('\n')).toContain('adele.vance.with.a.long.alias@contoso.onmicrosoft.com');
  });
});
