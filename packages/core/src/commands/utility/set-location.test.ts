import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../session/index.js';
import { output, run, utilitySession } from './test-support/run.js';

let dir: string;
let session: Session;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'entra-set-location-')));
  mkdirSync(join(dir, 'exports', 'old'), { recursive: true });
  writeFileSync(join(dir, 'notes.txt'), 'x');
  session = utilitySession([], { location: dir });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const here = async (): Promise<unknown[]> => output('(Get-Location).Path', session);

describe('Set-Location', () => {
  it('moves relative to the current location, and .. goes up', async () => {
    await output('Set-Location exports', session);
    expect(await here()).toEqual([join(dir, 'exports')]);
    await output('cd old', session);
    expect(await here()).toEqual([join(dir, 'exports', 'old')]);
    await output('sl ../..', session);
    expect(await here()).toEqual([dir]);
  });

  it('takes absolute paths, -LiteralPath and piped paths', async () => {
    await output(`chdir '${join(dir, 'exports')}'`, session);
    expect(await here()).toEqual([join(dir, 'exports')]);
    await output(`Set-Location -LiteralPath '${dir}'`, session);
    expect(await here()).toEqual([dir]);
    await output("'exports' | Set-Location", session);
    expect(await here()).toEqual([join(dir, 'exports')]);
  });

  it('expands ~, and goes home without a path', async () => {
    await output('cd ~', session);
    expect(await here()).toEqual([homedir()]);
    await output(`cd '${dir}'; cd`, session);
    expect(await here()).toEqual([homedir()]);
  });

  it('cd - returns to the previous location, and cd + undoes that', async () => {
    await output('cd exports; cd old', session);
    await output('cd -', session);
    expect(await here()).toEqual([join(dir, 'exports')]);
    await output('cd -', session);
    expect(await here()).toEqual([dir]);
    await output('cd +', session);
    expect(await here()).toEqual([join(dir, 'exports')]);
  });

  it('reports an empty history in pwsh words', async () => {
    const result = await run('cd -', session);
    expect(result.errors.map((e) => [e.message, e.category])).toEqual([['There is no location history left to navigate backwards.', 'InvalidOperation']]);
  });

  it('a missing path is an ObjectNotFound error naming the full path, and the location stays', async () => {
    const result = await run('cd nowhere', session);
    expect(result.errors.map((e) => [e.message, e.category, e.errorId])).toEqual([
      [`Cannot find path '${join(dir, 'nowhere')}' because it does not exist.`, 'ObjectNotFound', 'PathNotFound'],
    ]);
    expect(await here()).toEqual([dir]);
  });

  it('a file cannot be the location: the same error, as in pwsh 7', async () => {
    const result = await run('cd notes.txt', session);
    expect(result.errors.map((e) => e.message)).toEqual([`Cannot find path '${join(dir, 'notes.txt')}' because it does not exist.`]);
    expect(await here()).toEqual([dir]);
  });

  it('-PassThru emits the new location, which reads as its path', async () => {
    expect(await output('"$(cd exports -PassThru)"', session)).toEqual([join(dir, 'exports')]);
  });

  it('each session keeps its own location, and the process working directory does not move', async () => {
    const before = process.cwd();
    const other = utilitySession([], { location: dir });
    await output('cd exports', session);
    expect(await output('(pwd).Path', other)).toEqual([dir]);
    expect(process.cwd()).toBe(before);
  });
});
