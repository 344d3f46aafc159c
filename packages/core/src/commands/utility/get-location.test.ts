import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PSObject } from '../../values/model.js';
import { displayed, output, utilitySession } from './test-support/run.js';

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'entra-get-location-')));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Get-Location', () => {
  it('starts at the session option location, else the process working directory', async () => {
    expect(await output('(Get-Location).Path', utilitySession([], { location: dir }))).toEqual([dir]);
    expect(await output('(pwd).Path')).toEqual([process.cwd()]);
  });

  it('outputs a PathInfo record shown as a Path table, and reads as its path in strings', async () => {
    const session = utilitySession([], { location: dir });
    const [record] = await output('gl', session);
    expect(record).toBeInstanceOf(PSObject);
    expect((record as PSObject).typeNames).toEqual(['System.Management.Automation.PathInfo']);
    expect((record as PSObject).get('ProviderPath')).toBe(dir);
    expect(await displayed('Get-Location', session)).toBe(`\nPath\n----\n${dir}\n\n`);
    expect(await output('"at $(pwd)"; (Get-Location).ToString()', session)).toEqual([`at ${dir}`, dir]);
  });

  it('is $PWD too, which follows Set-Location; $HOME is the home directory', async () => {
    const session = utilitySession([], { location: dir });
    expect(await output('$PWD.Path; "$PWD"', session)).toEqual([dir, dir]);
    expect(await output("Set-Location '..'; $PWD.Path", session)).toEqual([dirname(dir)]);
    expect(await output('$HOME', session)).toEqual([homedir()]);
  });
});
