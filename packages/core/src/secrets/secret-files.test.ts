import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entraSession, type EntraSession } from '../commands/entra/test-support/entra-session.js';
import { createEntraShellSession } from '../commands/index.js';
import { collect } from '../session/collect.js';
import { type PSObject } from '../values/model.js';
import { makeOwnerOnly } from './secret-files.js';

let entra: EntraSession;
let dir: string;
beforeAll(async () => {
  entra = await entraSession();
  await entra.connect();
  dir = mkdtempSync(join(tmpdir(), 'entra-secret-files-'));
});
afterAll(async () => {
  await entra.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string): string => join(dir, name);
const modeOf = (path: string): number => statSync(path).mode & 0o777;
/** What a file created without a secret gets: 666 minus the umask, as for any other program. */
const defaultMode = (): number => {
  const probe = file(`probe-${Math.random()}`);
  writeFileSync(probe, '');
  return modeOf(probe);
};
const SALES = `Get-EntraIDUser -Filter "department eq 'Sales'" | Select-Object -First 2 | New-EntraIDUserTemporaryAccessPass`;

async function runOk(script: string, session = entra.session) {
  const result = await collect(session.run(script));
  expect(result.errors.map((e) => e.message)).toEqual([]);
  return result;
}

function passesIn(output: readonly unknown[]): string[] {
  return output
    .map((r) => (r as PSObject).get('TemporaryAccessPass'))
    .filter((p): p is string => typeof p === 'string');
}

describe('Export-Csv makes a file that holds secrets owner-only, whatever carried them there', () => {
  it('passes after Select-Object: mode 600, and the verbose stream says so without the secret', async () => {
    const path = file('selected.csv');
    const result = await runOk(
      `$taps = ${SALES}; $taps | Select-Object UserPrincipalName, TemporaryAccessPass | Export-Csv '${path}' -Verbose; $taps`,
    );
    const passes = passesIn(result.output);
    expect(passes).toHaveLength(2);
    expect(modeOf(path)).toBe(0o600);
    for (const pass of passes) expect(readFileSync(path, 'utf8')).toContain(pass);
    expect(result.verbose.map((v) => v.message)).toContain(
      `The file '${path}' is created with mode 600 because it holds secrets.`,
    );
    for (const pass of passes) expect(JSON.stringify(result.verbose)).not.toContain(pass);
  });

  it.each([
    [
      'a calculated property under another name',
      `Select-Object @{ Name = 'Code'; Expression = { $_.TemporaryAccessPass } }`,
    ],
    [
      'a [pscustomobject] built from it',
      `ForEach-Object { [pscustomobject]@{ Who = $_.UserPrincipalName; Secret = $_.TemporaryAccessPass } }`,
    ],
    [
      'string interpolation',
      `ForEach-Object { [pscustomobject]@{ Line = "Pass for $($_.UserPrincipalName): $($_.TemporaryAccessPass)" } }`,
    ],
    ['a hashtable', `ForEach-Object { @{ Pass = $_.TemporaryAccessPass } }`],
  ])('%s', async (_label, transform) => {
    const path = file(`${transform.length}.csv`);
    await runOk(`${SALES} | ${transform} | Export-Csv '${path}'`);
    expect(modeOf(path)).toBe(0o600);
  });

  it('a CSV round trip read back in a later session, by the declared property name', async () => {
    const first = file('taps.csv');
    await runOk(`${SALES} | Export-Csv '${first}'`);
    const later = createEntraShellSession().session;
    const copy = file('copy.csv');
    await runOk(`Import-Csv '${first}' | Export-Csv '${copy}'`, later);
    expect(modeOf(copy)).toBe(0o600);
    // The values read back are known to the later session from then on.
    const pass = readFileSync(first, 'utf8').split('\n')[1]?.split('","')[2] ?? '';
    expect(later.secrets.contains(pass)).toBe(true);
  });

  it('a secret that arrives only in a later row', async () => {
    const path = file('late.csv');
    await runOk(
      `$first = [pscustomobject]@{ Who = 'nobody'; Pass = '' }; @($first) + @(${SALES} | Select-Object @{ n = 'Who'; e = { $_.UserPrincipalName } }, @{ n = 'Pass'; e = { $_.TemporaryAccessPass } }) | Export-Csv '${path}'`,
    );
    expect(modeOf(path)).toBe(0o600);
  });

  it('tightens an existing file it appends to, and a reader who opened it before never sees the secret', async () => {
    const path = file('append.csv');
    writeFileSync(path, '"UserPrincipalName","TemporaryAccessPass"\n"old@contoso.com","-"\n');
    chmodSync(path, 0o644);
    const before = openSync(path, 'r');
    try {
      const result = await runOk(
        `${SALES} | Select-Object UserPrincipalName, TemporaryAccessPass | Export-Csv '${path}' -Append -Verbose`,
      );
      expect(modeOf(path)).toBe(0o600);
      expect(result.verbose.map((v) => v.message)).toContain(
        `The file '${path}' is set to mode 600 because it holds secrets.`,
      );
      expect(readFileSync(path, 'utf8')).toContain('old@contoso.com');
      const seen = Buffer.alloc(4096);
      const read = readSync(before, seen, 0, seen.length, 0);
      expect(seen.subarray(0, read).toString('utf8')).toBe(
        '"UserPrincipalName","TemporaryAccessPass"\n"old@contoso.com","-"\n',
      );
    } finally {
      closeSync(before);
    }
  });

  it('leaves a file without secrets at the usual mode', async () => {
    const path = file('users.csv');
    await runOk(
      `Get-EntraIDUser | Select-Object -First 3 UserPrincipalName, DisplayName | Export-Csv '${path}'`,
    );
    expect(modeOf(path)).toBe(defaultMode());
  });

  it('counts a token in the data', async () => {
    const path = file('token.csv');
    await runOk(`[pscustomobject]@{ Token = '${entra.emulator.mintToken({})}' } | Export-Csv '${path}'`);
    expect(modeOf(path)).toBe(0o600);
  });
});

describe('makeOwnerOnly', () => {
  it('keeps the content, replaces the file, and leaves a symbolic link pointing where it did', async () => {
    const { symlinkSync, lstatSync } = await import('node:fs');
    const target = file('target.txt');
    writeFileSync(target, 'content');
    chmodSync(target, 0o664);
    const link = file('link.txt');
    symlinkSync(target, link);
    makeOwnerOnly(link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(modeOf(target)).toBe(0o600);
    const plain = file('plain.txt');
    writeFileSync(plain, 'kept');
    chmodSync(plain, 0o644);
    makeOwnerOnly(plain);
    expect(modeOf(plain)).toBe(0o600);
    expect(readFileSync(plain, 'utf8')).toBe('kept');
  });
});
