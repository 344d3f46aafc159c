/** The core backend: path completion follows the session's current location; user functions and help topics complete; Clear-Host reaches the REPL as an event. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NonInteractiveHost } from '@entra-shell/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreBackend } from './core-backend.js';
import type { ReplBackend, RunEvent } from './types.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entra-shell-backend-'));
  await mkdir(join(dir, 'reports'));
  await writeFile(join(dir, 'top.csv'), 'A\n1\n');
  await writeFile(join(dir, 'reports', 'q1.csv'), 'A\n1\n');
  await writeFile(join(dir, 'reports', 'q2.csv'), 'A\n1\n');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function backend(): Promise<ReplBackend> {
  return createCoreBackend({ host: new NonInteractiveHost(), connectDemo: false, print: () => undefined, color: false, cwd: dir });
}

async function runAll(b: ReplBackend, script: string): Promise<RunEvent[]> {
  const events: RunEvent[] = [];
  for await (const event of b.run(script, { signal: new AbortController().signal, width: 100, color: false })) events.push(event);
  return events;
}

async function completions(b: ReplBackend, text: string): Promise<string[]> {
  const result = await b.complete(text, text.length, new AbortController().signal);
  return result.items.map((item) => item.replacement);
}

describe('core backend path completion', () => {
  it('lists entries of the starting location, then of wherever cd went', async () => {
    const b = await backend();
    expect(await completions(b, 'Import-Csv ')).toEqual(['reports/', 'top.csv']);
    expect(await runAll(b, 'cd reports')).toEqual([]);
    expect(await completions(b, 'Import-Csv ')).toEqual(['q1.csv', 'q2.csv']);
    expect(await completions(b, 'Import-Csv ../t')).toEqual(['../top.csv']);
    await runAll(b, 'cd ..');
    expect(await completions(b, 'Import-Csv -Path r')).toEqual(['reports/']);
  });
});

describe('core backend runs', () => {
  it('completes functions defined in the session, and their parameters', async () => {
    const b = await backend();
    expect(await completions(b, 'Format-Add')).toEqual([]);
    await runAll(b, 'function Format-Address([string]$Name, [switch]$Shout) { }');
    expect(await completions(b, 'Format-Add')).toEqual(['Format-Address']);
    expect(await completions(b, 'Format-Address -')).toEqual(expect.arrayContaining(['-Name', '-Shout']));
    expect(await completions(b, 'Format-Address -')).not.toEqual(expect.arrayContaining(['-__Args']));
  });

  it('completes help topics and commands for Get-Help, and functions for Get-Command, by position', async () => {
    const b = await backend();
    expect(await completions(b, 'help about_Bulk')).toEqual(['about_Bulk_Issuance']);
    expect(await completions(b, 'Get-Help Get-Da')).toEqual(['Get-Date']);
    await runAll(b, 'function Format-Address { }');
    expect(await completions(b, 'gcm Format-Ad')).toEqual(['Format-Address']);
  });

  it('turns Clear-Host (cls, clear) into a clear-screen event between the text around it', async () => {
    const b = await backend();
    expect(await runAll(b, "'before'; Clear-Host; 'after'; cls")).toEqual([
      { kind: 'text', text: 'before' },
      { kind: 'clear-screen' },
      { kind: 'text', text: 'after' },
      { kind: 'clear-screen' },
    ]);
  });
});
