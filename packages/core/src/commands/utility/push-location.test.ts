import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../session/index.js';
import { output, run, utilitySession } from './test-support/run.js';

let dir: string;
let session: Session;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'entra-push-location-')));
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  session = utilitySession([], { location: dir });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const here = async (): Promise<unknown[]> => output('(Get-Location).Path', session);

describe('Push-Location and Pop-Location', () => {
  it('pushd saves the location and moves; popd comes back, last pushed first', async () => {
    await output('pushd a; Push-Location b', session);
    expect(await here()).toEqual([join(dir, 'a', 'b')]);
    expect(await output('(Get-Location -Stack).Path', session)).toEqual([join(dir, 'a'), dir]);
    await output('popd', session);
    expect(await here()).toEqual([join(dir, 'a')]);
    await output('Pop-Location', session);
    expect(await here()).toEqual([dir]);
  });

  it('Pop-Location with an empty stack does nothing', async () => {
    const result = await run('Pop-Location; (pwd).Path', session);
    expect(result.errors).toEqual([]);
    expect(result.output).toEqual([dir]);
  });

  it('Push-Location to a missing path saves nothing and reports it', async () => {
    const result = await run('pushd missing', session);
    expect(result.errors.map((e) => e.message)).toEqual([`Cannot find path '${join(dir, 'missing')}' because it does not exist.`]);
    expect(await output('@(Get-Location -Stack).Count', session)).toEqual([0]);
    expect(await here()).toEqual([dir]);
  });

  it('Pop-Location to a removed directory is an error, and the location stays', async () => {
    await output('pushd a/b; pushd ..', session);
    rmSync(join(dir, 'a', 'b'), { recursive: true });
    const result = await run('popd', session);
    expect(result.errors.map((e) => [e.message, e.category])).toEqual([[`Cannot find path '${join(dir, 'a', 'b')}' because it does not exist.`, 'ObjectNotFound']]);
    expect(await here()).toEqual([join(dir, 'a')]);
  });

  it('-PassThru emits the new location', async () => {
    expect(await output('(pushd a -PassThru).Path; (popd -PassThru).Path', session)).toEqual([join(dir, 'a'), dir]);
  });
});
