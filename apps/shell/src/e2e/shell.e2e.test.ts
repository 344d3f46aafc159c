/**
 * End to end: the built shell in a real terminal (a pty read through xterm.js), against the built-in demo tenant. Types
 * the seed examples, interrupts a long pipeline with Ctrl+C, exits, then checks the history file.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltShell, shellProjectDir } from '../testing/built-shell.js';
import { hasScript, TerminalSession } from './terminal.js';

const PROMPT = 'PS demo:contoso.onmicrosoft.com> ';
/** The prompt as the terminal shows it when nothing is typed (trailing spaces are not captured). */
const BARE_PROMPT = PROMPT.trimEnd();
const EXAMPLE_1 = 'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com';
const EXAMPLE_4 =
  'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com | New-PnPEntraIDUserTemporaryAccessPass -StartDateTime (Get-Date).AddMinutes(10) -LifeTimeInMinutes 15 -IsUseableOnce:$false';
const LONG_PIPELINE = '1..100000000 | ForEach-Object { $_ }';
const SECRET_ASSIGNMENT = "$secret = 'abc'";
const SECRET_PARAMETER = 'Get-Date -ClientSecret abc';

let stateHome: string;
let terminal: TerminalSession | undefined;

beforeAll(async () => {
  if (!(await hasScript())) throw new Error('util-linux `script` is required for the end-to-end test (Debian: bsdutils)');
  const shell = ensureBuiltShell();
  stateHome = mkdtempSync(join(tmpdir(), 'entra-shell-e2e-'));
  terminal = TerminalSession.start([process.execPath, shell], {
    width: 120,
    height: 40,
    cwd: shellProjectDir,
    // CI is set on purpose: CI machines set it, and the shell must still draw its prompt (Ink alone would not).
    env: { XDG_STATE_HOME: stateHome, TERM: 'xterm-256color', NO_COLOR: '', CI: 'true' },
  });
});

afterAll(() => {
  terminal?.kill();
  rmSync(stateHome, { recursive: true, force: true });
});

/**
 * The screen with rows joined back into lines: the shell wraps long echoed commands itself (exactly
 * at the width), so a command is found in the screen by removing the row breaks.
 */
function unwrapped(screen: string): string {
  return screen.split('\n').join('');
}

/** Lines of the screen that start with the prompt, i.e. echoed commands. */
function countPrompts(screen: string): number {
  return screen.split('\n').filter((l) => l.startsWith(BARE_PROMPT)).length;
}

async function runLine(t: TerminalSession, line: string, done: (screen: string) => boolean, what: string): Promise<string> {
  const before = countPrompts(await t.capture());
  t.type(line);
  t.press('Enter');
  // The live prompt line becomes the echoed command, its output follows, and a fresh prompt appears.
  return t.waitFor((s) => countPrompts(s) >= before + 1 && s.trimEnd().endsWith(BARE_PROMPT) && done(s), what);
}

describe('entra-shell in a terminal', () => {
  it('starts connected to the demo tenant, issues passes, stops a long pipeline, and keeps secrets out of history', async () => {
    const t = terminal;
    if (!t) throw new Error('the terminal did not start');
    const first = await t.waitFor((s) => s.includes(BARE_PROMPT) && s.includes('demo tenant'), 'the banner and the first prompt');
    expect(first).toContain('demo tenant');

    const date = await runLine(t, 'Get-Date', (s) => /\b20\d\d\b/.test(s.split(PROMPT + 'Get-Date')[1] ?? ''), 'Get-Date output');
    expect(date).toContain(PROMPT + 'Get-Date');

    const pass1 = await runLine(t, EXAMPLE_1, (s) => (s.split(EXAMPLE_1)[1] ?? '').includes('TemporaryAccessPass'), 'the pass of example 1');
    const afterExample1 = pass1.split(EXAMPLE_1)[1] ?? '';
    expect(afterExample1).toMatch(/TemporaryAccessPass/);
    expect(afterExample1).toMatch(/johndoe@contoso\.onmicrosoft\.com/);

    const pass4 = await runLine(t, EXAMPLE_4, (s) => (unwrapped(s).split(EXAMPLE_4)[1] ?? '').includes('TemporaryAccessPass'), 'the pass of example 4');
    // What follows the echoed command (which the shell wrapped over two rows).
    const afterExample4 = pass4.slice(pass4.lastIndexOf('-IsUseableOnce:$false') + '-IsUseableOnce:$false'.length);
    expect(afterExample4).not.toMatch(/Exception|not recognized/);
    // Valid from 10 minutes from now, for 15 minutes, reusable: the row's start and end are 15 minutes apart.
    const row = afterExample4.split('\n').find((l) => l.startsWith('johndoe@contoso.onmicrosoft.com')) ?? '';
    const times = [...row.matchAll(/(\d+):(\d\d):\d\d ([AP]M)/g)].map((m) => ((Number(m[1]) % 12) + (m[3] === 'PM' ? 12 : 0)) * 60 + Number(m[2]));
    expect(times).toHaveLength(2);
    expect((((times[1] ?? 0) - (times[0] ?? 0)) + 1440) % 1440).toBe(15);
    expect(row).toMatch(/False\s*$/);

    await runLine(t, SECRET_ASSIGNMENT, () => true, 'the secret assignment');
    await runLine(t, SECRET_PARAMETER, (s) => s.includes('ClientSecret'), 'the -ClientSecret error');

    // A long pipeline: wait until it is visibly running, then Ctrl+C brings the prompt back.
    const before = countPrompts(await t.capture());
    t.type(LONG_PIPELINE);
    t.press('Enter');
    await t.waitFor((s) => s.includes('ForEach-Object') && s.includes('Ctrl+C to stop'), 'the long pipeline to run');
    t.press('C-c');
    await t.waitFor((s) => countPrompts(s) >= before + 1 && s.trimEnd().endsWith(BARE_PROMPT) && !s.includes('Ctrl+C to stop'), 'the prompt after Ctrl+C');

    // Up-arrow still offers the sensitive line this session (memory-only history).
    t.press('Up', 'Up', 'Up');
    await t.waitFor((s) => s.trimEnd().endsWith(`${PROMPT}${SECRET_ASSIGNMENT}`), 'the secret line from in-memory history');
    t.press('C-u');

    t.type('exit');
    t.press('Enter');
    await t.waitFor(() => t.exited(), 'the shell to exit');

    const historyPath = join(stateHome, 'entra-shell', 'history');
    const history = readFileSync(historyPath, 'utf8').split('\n');
    expect(statSync(historyPath).mode & 0o777).toBe(0o600);
    expect(history).toEqual(expect.arrayContaining(['Get-Date', EXAMPLE_1, EXAMPLE_4, LONG_PIPELINE, 'exit']));
    expect(history.join('\n')).not.toContain('abc');
    expect(history).not.toContain(SECRET_ASSIGNMENT);
    expect(history).not.toContain(SECRET_PARAMETER);
  }, 300_000);
});
