/**
 * Nothing lost on interruption: the README's bulk line (`Import-Csv users.csv | New-... |
 * Export-Csv taps.csv`) is cancelled midway, as Ctrl+C does; every row already produced is on
 * disk, in input order, with the user's current pass. Then the README's resume one-liner, taken
 * verbatim from the README, finishes the job: every user has exactly one row, holding the pass the
 * service has now.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { collect } from '../session/collect.js';
import { bulkTenant, SYNTHETIC_FILTER, type BulkTenant } from './test-support/bulk-tenant.js';

const USERS = 300;
/** Cancel once this many results have been reported. */
const ABORT_AFTER = 100;
const README = join(import.meta.dirname, '../../../../README.md');

/** The PowerShell lines of the README's "Bulk issuance" section. */
function readmeBulkLines(): { bulk: string; resume: string } {
  const text = readFileSync(README, 'utf8');
  const section = text.slice(text.indexOf('## Bulk issuance'));
  const lines = [...section.matchAll(/```powershell\n([\s\S]*?)```/g)].flatMap((block) => (block[1] ?? '').split('\n'));
  const bulk = lines.find((line) => line.startsWith('Import-Csv users.csv |') && line.endsWith('| Export-Csv taps.csv'));
  const resume = lines.find((line) => line.includes('Import-Csv taps.csv') && line.endsWith('Export-Csv taps.csv -Append'));
  if (bulk === undefined || resume === undefined) throw new Error('The README has no bulk line or resume one-liner in its "Bulk issuance" section.');
  return { bulk, resume };
}

type Row = Record<string, string>;
const readCsv = (path: string): Row[] => parse(readFileSync(path, 'utf8'), { columns: true }) as Row[];

let tenant: BulkTenant | undefined;
let dir: string | undefined;
afterEach(async () => {
  await tenant?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  tenant = undefined;
  dir = undefined;
});

describe('an interrupted bulk run', () => {
  it('keeps every finished row on disk, and the README one-liner completes it with one row per user', async () => {
    const { bulk, resume } = readmeBulkLines();
    tenant = await bulkTenant({ users: USERS, seed: 4 });
    const folder = mkdtempSync(join(tmpdir(), 'entra-resume-'));
    dir = folder;
    // The README's lines use relative file names: they land in the session's current location.
    expect((await tenant.run(`Set-Location '${folder}'`)).errors).toEqual([]);
    const inDir = (name: string): string => join(folder, name);
    const exported = await tenant.run(`Get-EntraIDUser -Filter "${SYNTHETIC_FILTER}" | Export-Csv users.csv`);
    expect(exported.errors).toEqual([]);
    const users = readCsv(inDir('users.csv')).map((row) => row['UserPrincipalName'] ?? '');
    expect(users).toHaveLength(USERS);

    // 100 writes/s with a bucket of 20: the run takes about three seconds, long enough to stop midway.
    tenant.emulator.configure({ throttling: { enabled: true, scale: 5, limits: { writes: { limit: 20, windowSeconds: 1 } } } });
    const ctrlC = new AbortController();
    let reportedAtAbort = 0;
    const interrupted = await collect(
      (async function* () {
        for await (const event of tenant.session.run(bulk, { signal: ctrlC.signal })) {
          if (event.type === 'progress' && (event.record.current ?? 0) >= ABORT_AFTER && !ctrlC.signal.aborted) {
            reportedAtAbort = event.record.current ?? 0;
            ctrlC.abort();
          }
          yield event;
        }
      })(),
    );
    expect(interrupted.result.cancelled).toBe(true);

    const partial = readCsv(inDir('taps.csv'));
    // Every result reported before Ctrl+C is on disk (the last one may have been on its way to Export-Csv).
    expect(partial.length).toBeGreaterThanOrEqual(reportedAtAbort - 1);
    expect(partial.length).toBeLessThan(USERS);
    expect(partial.map((row) => row['UserPrincipalName'])).toEqual(users.slice(0, partial.length));
    for (const row of partial) expect(row['TemporaryAccessPass']).toBe(tenant.emulator.state.currentTap(row['UserPrincipalName'] ?? '')?.temporaryAccessPass);

    const resumed = await tenant.run(resume);
    console.info(`interrupted at ${reportedAtAbort} results: ${partial.length} rows on disk; the one-liner added ${USERS - partial.length}`);
    expect(resumed.errors.map((e) => e.message)).toEqual([]);
    const rows = readCsv(inDir('taps.csv'));
    expect(rows.map((row) => row['UserPrincipalName']).sort()).toEqual([...users].sort());
    for (const row of rows) {
      expect(row['TemporaryAccessPass']).toBe(tenant.emulator.state.currentTap(row['UserPrincipalName'] ?? '')?.temporaryAccessPass);
      expect(row['LifetimeInMinutes']).toBe('60');
    }
    // The rows written before the interruption are untouched: those users were not issued again.
    for (const row of partial) expect(tenant.emulator.state.issuedCount(row['UserPrincipalName'] ?? '')).toBe(1);
    // Running the one-liner once more finds nothing left to do.
    const again = await tenant.run(resume);
    expect(again.errors).toEqual([]);
    expect(readCsv(inDir('taps.csv'))).toHaveLength(USERS);
  }, 60_000);
});
