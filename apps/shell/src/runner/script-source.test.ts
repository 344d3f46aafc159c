import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArguments, type ShellOptions } from '../cli/arguments.js';
import { readScriptSource } from './script-source.js';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'entra-shell-src-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

function opts(argv: string[]): ShellOptions {
  const p = parseArguments(argv);
  if (!p.ok) throw new Error(p.error);
  return p.options;
}

const stdin = (text: string): Readable => Readable.from([Buffer.from(text)]);

describe('readScriptSource', () => {
  it('takes -Command text as is', async () => {
    expect(await readScriptSource(opts(['-Command', 'Get-Date']), { stdin: stdin('ignored'), cwd: dir })).toEqual({ ok: true, source: { text: 'Get-Date', args: [] } });
  });

  it('reads stdin for `-Command -` and when no script is given, dropping a BOM', async () => {
    expect(await readScriptSource(opts(['-Command', '-']), { stdin: stdin('\ufeffGet-Date\n'), cwd: dir })).toMatchObject({ source: { text: 'Get-Date\n' } });
    expect(await readScriptSource(opts([]), { stdin: stdin('1..3'), cwd: dir })).toMatchObject({ source: { text: '1..3' } });
  });

  it('reads -File relative to the working directory, with its arguments', async () => {
    await writeFile(join(dir, 'a.ps1'), 'Write-Output $args');
    expect(await readScriptSource(opts(['-File', 'a.ps1', 'x', 'y']), { stdin: stdin(''), cwd: dir })).toEqual({
      ok: true,
      source: { text: 'Write-Output $args', path: join(dir, 'a.ps1'), args: ['x', 'y'] },
    });
  });

  it("says PowerShell's words for a missing -File", async () => {
    const r = await readScriptSource(opts(['-File', 'nope.ps1']), { stdin: stdin(''), cwd: dir });
    expect(r).toEqual({ ok: false, error: expect.stringContaining("The argument 'nope.ps1' is not recognized as the name of a script file.") as unknown });
  });
});
