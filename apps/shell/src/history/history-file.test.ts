import { mkdtemp, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultHistoryPath, HistoryFile } from './history-file.js';
import { addEntry, dedupe } from './history-list.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entra-shell-history-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('defaultHistoryPath', () => {
  it('uses XDG_STATE_HOME, else ~/.local/state', () => {
    expect(defaultHistoryPath({ XDG_STATE_HOME: '/x/state' }, '/home/a')).toBe('/x/state/entra-shell/history');
    expect(defaultHistoryPath({}, '/home/a')).toBe('/home/a/.local/state/entra-shell/history');
    expect(defaultHistoryPath({ XDG_STATE_HOME: 'relative' }, '/home/a')).toBe('/home/a/.local/state/entra-shell/history');
  });
});

describe('history list', () => {
  it('moves a repeated entry to the end instead of duplicating it', () => {
    expect(addEntry(['a', 'b', 'c'], 'a')).toEqual(['b', 'c', 'a']);
    expect(addEntry(['a'], '   ')).toEqual(['a']);
  });

  it('keeps at most the capacity, dropping the oldest', () => {
    let list: string[] = [];
    for (let i = 0; i < 10; i++) list = addEntry(list, `cmd ${i}`, 4);
    expect(list).toEqual(['cmd 6', 'cmd 7', 'cmd 8', 'cmd 9']);
    expect(dedupe(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'c', 'b']);
    expect(dedupe(['a', 'b', 'c', 'd'], 2)).toEqual(['c', 'd']);
  });
});

describe('HistoryFile', () => {
  it('appends entries incrementally, creating a 0600 file in new directories', async () => {
    const path = join(dir, 'state', 'entra-shell', 'history');
    const file = new HistoryFile(path);
    expect(await file.load()).toEqual([]);
    await file.append('Get-Date');
    expect(await readFile(path, 'utf8')).toBe('Get-Date\n');
    await file.append('if ($x) {\n  1\n}');
    expect(await readFile(path, 'utf8')).toBe('Get-Date\nif ($x) {\\n  1\\n}\n');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'state', 'entra-shell'))).mode & 0o777).toBe(0o700);
    expect(await new HistoryFile(path).load()).toEqual(['Get-Date', 'if ($x) {\n  1\n}']);
  });

  it('tightens an existing file to 0600', async () => {
    const path = join(dir, 'history');
    await writeFile(path, 'a\n');
    await chmod(path, 0o644);
    await new HistoryFile(path).append('b');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('keeps the order of queued appends', async () => {
    const path = join(dir, 'history');
    const file = new HistoryFile(path);
    void file.append('one');
    void file.append('two');
    await file.append('three');
    expect(await readFile(path, 'utf8')).toBe('one\ntwo\nthree\n');
  });

  it('deduplicates on load and compacts a file full of repeats', async () => {
    const path = join(dir, 'history');
    await writeFile(path, Array.from({ length: 200 }, (_, i) => `cmd ${i % 3}\n`).join(''));
    const entries = await new HistoryFile(path).load();
    // The last occurrences (lines 197, 198, 199) decide the order.
    expect(entries).toEqual(['cmd 2', 'cmd 0', 'cmd 1']);
    expect((await readFile(path, 'utf8')).split('\n').filter(Boolean)).toEqual(entries);
  });
});
