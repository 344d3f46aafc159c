/**
 * Bulk issuance through real command lines: many piped users under write throttling (scaled so
 * the test is quick), with injected faults, and the "done when" line with Export-Csv.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import type { PSObject } from '../../../values/model.js';
import { entraSession, type EntraSession } from '../test-support/entra-session.js';

/** An app-only token: no signed-in admin, so no directory-role rules and no "own pass" refusal. */
const APP_TOKEN = { roles: ['User.Read.All', 'UserAuthenticationMethod.ReadWrite.All', 'Policy.Read.All'] };

let shell: EntraSession | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

const upnOf = (record: unknown): string => String((record as PSObject).get('UserPrincipalName'));
const posts = (s: EntraSession) => s.emulator.requests.filter((r) => r.method === 'POST');

describe('bulk issuance', () => {
  it('issues a pass to each of 1,000 piped users under write throttling, in input order', async () => {
    // A write bucket of 5, refilled every 15 ms (150 s compressed 10,000×): bursts of concurrent
    // requests overflow it and get 429s while the average rate stays quick enough for a test.
    shell = await entraSession({ users: 1000, throttling: { enabled: true, scale: 10_000, limits: { writes: { limit: 5, windowSeconds: 150 } } } });
    expect((await shell.connect(APP_TOKEN)).errors).toEqual([]);
    const listed = await shell.run(`$users = Get-EntraIDUser -Filter "userType eq 'Member'" -EndIndex 1000; $users.Count`);
    expect(listed.output).toEqual([1000]);
    const expected = (shell.session.variables.get('users') as PSObject[]).map(upnOf);

    const run = await shell.run('$users | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60');
    expect(run.errors.map((e) => e.message)).toEqual([]);
    expect(run.output.map(upnOf)).toEqual(expected);
    const throttled = shell.emulator.requests.filter((r) => r.method === 'POST').length - 1000;
    expect(throttled).toBeGreaterThan(0);
    for (const record of run.output as PSObject[]) {
      // The pass shown is the one Graph holds now.
      expect(record.get('TemporaryAccessPass')).toBe(shell.emulator.state.currentTap(upnOf(record))?.temporaryAccessPass);
    }
    expect(new Set(expected.map((upn) => shell?.emulator.state.issuedCount(upn))).size).toBe(1);
    // Progress reached the host: counts, a rate, and a final record that removes the bar.
    const progress = run.progress;
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ completed: true, current: 1000 });
    expect(progress.some((p) => (p.rate ?? 0) > 0)).toBe(true);
    // One process runs shell and emulator, so this is CPU-bound: allow for slow CI machines.
  }, 90_000);

  it('ends every user with exactly one pass or one error under throttling and injected faults', async () => {
    shell = await entraSession({
      users: 100,
      throttling: { enabled: true, scale: 1000, limits: { writes: { limit: 30, windowSeconds: 150 } } },
      faults: { seed: 7, routes: { 'tap.create': { '500': 0.05, '503': 0.08, '504': 0.08, reset: 0.08 } }, processedRate: 0.5, retryAfterSeconds: 0.01 },
    });
    expect((await shell.connect(APP_TOKEN)).errors).toEqual([]);
    await shell.run(`$users = Get-EntraIDUser -Filter "userType eq 'Member'" -EndIndex 100`);
    const expected = (shell.session.variables.get('users') as PSObject[]).map(upnOf);
    expect(expected).toHaveLength(100);

    const run = await shell.run('$users | New-EntraIDUserTemporaryAccessPass');
    const passed = run.output.map(upnOf);
    const failed = run.errors.map((e) => String(e.targetObject));
    expect(passed.length + failed.length).toBe(100);
    expect(new Set([...passed, ...failed])).toEqual(new Set(expected));
    // Order holds across passes and errors together.
    const sequence = run.events.flatMap((e) => (e.type === 'output' ? [upnOf(e.value)] : e.type === 'error' ? [String(e.record.targetObject)] : []));
    expect(sequence).toEqual(expected);
    // Faults were hit and retried; a retried creation reports the pass of the last response.
    expect(posts(shell).length).toBeGreaterThan(100);
    for (const record of run.output as PSObject[]) {
      expect(record.get('TemporaryAccessPass')).toBe(shell.emulator.state.currentTap(upnOf(record))?.temporaryAccessPass);
    }
    for (const error of run.errors) expect(error.message).toMatch(/^User '.+@contoso\.onmicrosoft\.com'/);
  }, 60_000);

  it("Get-EntraIDUser -Filter \"department eq 'Sales'\" | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60 | Export-Csv taps.csv", async () => {
    shell = await entraSession();
    expect((await shell.connect()).errors).toEqual([]);
    const sales = await shell.run(`Get-EntraIDUser -Filter "department eq 'Sales'"`);
    const salesUpns = sales.output.map(upnOf);
    expect(salesUpns.length).toBeGreaterThan(3);

    const dir = mkdtempSync(join(tmpdir(), 'entra-taps-'));
    expect((await shell.run(`Set-Location '${dir}'`)).errors).toEqual([]);
    const run = await shell.run(`Get-EntraIDUser -Filter "department eq 'Sales'" | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60 | Export-Csv taps.csv`);
    expect(run.errors).toEqual([]);
    const rows = parse(readFileSync(join(dir, 'taps.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row['UserPrincipalName'])).toEqual(salesUpns);
    for (const row of rows) {
      const upn = row['UserPrincipalName'] ?? '';
      expect(shell.emulator.state.issuedCount(upn)).toBe(1);
      expect(row['TemporaryAccessPass']).toBe(shell.emulator.state.currentTap(upn)?.temporaryAccessPass);
      expect(row['LifetimeInMinutes']).toBe('60');
      expect(row['UserId']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(posts(shell)).toHaveLength(salesUpns.length);
    expect(posts(shell).every((p) => JSON.stringify(p.body) === '{"lifetimeInMinutes":60}')).toBe(true);
    // The passes are secrets: the file is the owner's alone, whatever the umask. Users alone are not.
    expect(statSync(join(dir, 'taps.csv')).mode & 0o777).toBe(0o600);
    expect((await shell.run(`Get-EntraIDUser -Filter "department eq 'Sales'" | Export-Csv users.csv`)).errors).toEqual([]);
    writeFileSync(join(dir, 'plain.txt'), '');
    expect(statSync(join(dir, 'users.csv')).mode & 0o777).toBe(statSync(join(dir, 'plain.txt')).mode & 0o777);
  });
});
