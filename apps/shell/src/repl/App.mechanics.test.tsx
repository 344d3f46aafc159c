/**
 * REPL mechanics that do not depend on the engine (cancellation, progress, host questions), driven
 * through a minimal backend whose runs are scripted per test. Engine-backed behaviour (colouring,
 * completion, history rules, tables) is tested against the real core in App.test.tsx.
 */
import type { ParameterPromptAnswers } from '@entra-shell/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplBackend, RunEvent, RunOptions } from '../backend/types.js';
import { stripAnsi } from '../render/ansi.js';
import { renderInk, type Harness } from '../testing/ink-harness.js';
import { App } from './App.js';
import type { InkHost } from './host/ink-host.js';

type Script = (host: InkHost, options: RunOptions) => AsyncIterable<RunEvent>;

function backend(host: InkHost, script: Script): ReplBackend {
  return {
    location: () => 'demo:contoso.onmicrosoft.com',
    highlight: () => [],
    isIncomplete: () => false,
    historyDestination: () => 'memory',
    complete: () => Promise.resolve({ start: 0, end: 0, items: [] }),
    run: (_script, options) => script(host, options),
  };
}

let harness: Harness | undefined;
afterEach(() => harness?.unmount());

function start(script: Script): { harness: Harness; exits: number[] } {
  const exits: number[] = [];
  harness = renderInk(<App createBackend={(host) => Promise.resolve(backend(host, script))} color={false} onExit={(c) => exits.push(c)} />);
  return { harness, exits };
}

const plain = (h: Harness): string => stripAnsi(h.lastFrame());

describe('REPL mechanics', () => {
  it('shows a spinner and a progress bar, and Ctrl+C stops the run and returns to the prompt', async () => {
    let aborted = false;
    const { harness: h } = start(async function* (_host, { signal }) {
      yield { kind: 'progress', progress: { activityId: 1, activity: 'Issuing passes', status: 'Working', percentComplete: 25, current: 25, total: 100, completed: false } };
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      aborted = true;
    });
    await h.waitForFrame((f) => f.includes('PS demo:contoso.onmicrosoft.com>'));
    h.type('Slow-Thing', '\r');
    await h.waitForFrame((f) => stripAnsi(f).includes('25/100'));
    expect(plain(h)).toContain('Slow-Thing');
    expect(plain(h)).toContain('Ctrl+C to stop');
    h.type('\x03');
    await h.waitForFrame((f) => !stripAnsi(f).includes('Ctrl+C to stop'));
    expect(aborted).toBe(true);
    expect(plain(h).trimEnd().endsWith('PS demo:contoso.onmicrosoft.com>')).toBe(true);
  });

  it('clears the line with ^C when idle and quits on Ctrl+D at an empty line', async () => {
    const { harness: h, exits } = start(async function* () {});
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('Get-Dat', '\x03');
    await h.waitForFrame((f) => stripAnsi(f).includes('PS demo:contoso.onmicrosoft.com> Get-Dat^C'));
    h.type('\x04');
    await h.waitForFrame(() => exits.length > 0);
    expect(exits).toEqual([0]);
  });

  it('asks for mandatory parameters inline and hands the answers to the engine', async () => {
    let answers: ParameterPromptAnswers | undefined;
    const { harness: h } = start(async function* (host) {
      answers = await host.promptForParameters({
        caption: 'cmdlet New-EntraIDUserTemporaryAccessPass at command pipeline position 1',
        message: 'Supply values for the following parameters:',
        fields: [{ name: 'Identity', typeName: 'EntraIDUserPipeBind', isArray: false, secret: false }],
      });
      yield { kind: 'text', text: 'done' };
    });
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('New-EntraIDUserTemporaryAccessPass', '\r');
    await h.waitForFrame((f) => f.includes('Identity:'));
    expect(plain(h)).toContain('Supply values for the following parameters:');
    h.type('johndoe@contoso.onmicrosoft.com', '\r');
    await h.waitForFrame((f) => f.includes('done'));
    expect(answers).toEqual({ Identity: 'johndoe@contoso.onmicrosoft.com' });
    expect(plain(h)).toContain('Identity: johndoe@contoso.onmicrosoft.com');
  });

  it('reads secrets masked', async () => {
    let secret = '';
    const { harness: h } = start(async function* (host) {
      secret = await host.readSecret('ClientSecret');
      yield { kind: 'text', text: 'ok' };
    });
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('Connect-Thing', '\r');
    await h.waitForFrame((f) => f.includes('ClientSecret:'));
    h.type('s3cr3t');
    await h.waitForFrame((f) => f.includes('ClientSecret: ******'));
    expect(plain(h)).not.toContain('s3cr3t');
    h.type('\r');
    await h.waitForFrame((f) => f.includes('ok'));
    expect(secret).toBe('s3cr3t');
    expect(plain(h)).not.toContain('s3cr3t');
  });

  it('Ctrl+C during a question cancels it and the run', async () => {
    let outcome = '';
    const { harness: h } = start(async function* (host, { signal }) {
      try {
        await host.readSecret('ClientSecret');
        outcome = 'answered';
      } catch {
        outcome = signal.aborted ? 'cancelled' : 'failed';
      }
      yield { kind: 'text', text: 'never shown' };
    });
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('Connect-Thing', '\r');
    await h.waitForFrame((f) => f.includes('ClientSecret:'));
    h.type('\x03');
    await h.waitForFrame((f) => stripAnsi(f).trimEnd().endsWith('PS demo:contoso.onmicrosoft.com>'));
    expect(outcome).toBe('cancelled');
    expect(plain(h)).not.toContain('never shown');
  });

  it('answers -Confirm with a hot key', async () => {
    let choice = -1;
    const { harness: h } = start(async function* (host) {
      choice = await host.confirm('Confirm', 'Are you sure you want to perform this action?', [{ label: '&Yes' }, { label: '&No' }], 0);
      yield { kind: 'text', text: `choice ${choice}` };
    });
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('Remove-Thing', '\r');
    // (Ink trims the trailing space of the live line.)
    await h.waitForFrame((f) => f.includes('[Y] Yes  [N] No  [?] Help (default is "Y"):'));
    h.type('n', '\r');
    await h.waitForFrame((f) => f.includes('choice 1'));
    expect(choice).toBe(1);
  });

  it('prints a flood of output completely while keeping the scrollback small', async () => {
    const { harness: h } = start(async function* () {
      for (let i = 1; i <= 3000; i++) yield { kind: 'text', text: `line ${i}` };
    });
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('Flood', '\r');
    await h.waitForFrame((f) => f.includes('line 3000\n'));
    const lines = plain(h).split('\n');
    expect(lines.filter((l) => /^line \d+$/.test(l))).toHaveLength(3000);
  });

  it('clears the screen on Ctrl+L and keeps the line being typed', async () => {
    const { harness: h } = start(async function* () {});
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('Get-Da', '\x0c');
    await h.waitForFrame(() => h.stdout.frames.some((f) => f.includes('\x1b[2J')));
    expect(plain(h)).toContain('PS demo:contoso.onmicrosoft.com> Get-Da');
  });

  it('clears the screen for Clear-Host only after the text before it is shown, and before the text after it', async () => {
    const { harness: h } = start(async function* () {
      yield { kind: 'text', text: 'before' };
      yield { kind: 'clear-screen' };
      yield { kind: 'text', text: 'after' };
    });
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('cls', '\r');
    await h.waitForFrame((f) => f.includes('after'));
    const frames = h.stdout.frames;
    const firstWith = (needle: string): number => frames.findIndex((f) => f.includes(needle));
    expect(firstWith('before')).toBeGreaterThanOrEqual(0);
    expect(firstWith('before')).toBeLessThan(firstWith('\x1b[2J'));
    expect(firstWith('\x1b[2J')).toBeLessThan(firstWith('after'));
  });

  it('pauses a run that prints faster than the screen shows until the screen catches up', async () => {
    const chunk = (i: number): string => `chunk-${i} ${'x'.repeat(1000)}`;
    let shownWhenPulling70 = false;
    const { harness: h } = start(async function* () {
      for (let i = 0; i < 200; i++) {
        // By the 70th kilobyte the runner has waited for the screen at least once (limit: 64 KB).
        if (i === 70) shownWhenPulling70 = h.stdout.frames.some((f) => /chunk-0\b/.test(f));
        yield { kind: 'text', text: chunk(i) };
      }
    });
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('big', '\r');
    await h.waitForFrame((f) => /chunk-199\b/.test(f));
    expect(shownWhenPulling70).toBe(true);
  });

  it('quits with the code of `exit`', async () => {
    const { harness: h, exits } = start(async function* () {
      yield { kind: 'exit', code: 3 };
    });
    await h.waitForFrame((f) => f.includes('PS demo:'));
    h.type('exit 3', '\r');
    await h.waitForFrame(() => exits.length > 0);
    expect(exits).toEqual([3]);
  });
});
