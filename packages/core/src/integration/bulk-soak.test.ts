/**
 * Fault soak at CI size: 1,000 users (plus two guests Graph refuses) through
 * `Get-EntraIDUser -Filter ... | New-EntraIDUserTemporaryAccessPass` with write throttling on and
 * faults injected into every pass creation: 5% 503 with Retry-After, 2% connection resets, 2%
 * responses that never come (the client's per-request timeout ends them), 1% 500. Half of the
 * ambiguous faults happen after the pass was created, so retries really do replace passes.
 *
 * Time is compressed (throttling scale, millisecond latency, short timeout and backoff) so the
 * suite stays quick; it asserts the accounting, never the speed. `pnpm bench soak` runs the
 * same shape at 10,000 users and realistic latency.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { reconcileBulkIssuance, reconciliationLines } from './bulk-reconciliation.js';
import { bulkTenant, listUsers, reportedErrors, reportedPasses, servicePasses, SYNTHETIC_FILTER, type BulkTenant } from './test-support/bulk-tenant.js';

const USERS = 1000;
const FILTER = `${SYNTHETIC_FILTER} or userType eq 'Guest'`;

let tenant: BulkTenant | undefined;
afterEach(async () => {
  await tenant?.close();
  tenant = undefined;
});

describe('bulk issuance fault soak (CI size)', () => {
  it('accounts for every user exactly once, with the current pass, under throttling and faults', async () => {
    tenant = await bulkTenant(
      { users: USERS, seed: 11 },
      // Hung responses end after 1 s (normal ones take a few ms); backoff starts at 20 ms, not 500 ms.
      { timeoutMs: 1000, retry: { baseDelayMs: 20, maxDelayMs: 200 } },
    );
    const input = await listUsers(tenant, FILTER);
    expect(input).toHaveLength(USERS + 2);

    tenant.emulator.configure({
      // 100 writes per 5 s (Graph's 20/s) compressed 20×: 400 writes/s, a bucket of 100.
      throttling: { enabled: true, scale: 20, limits: { writes: { limit: 100, windowSeconds: 5 } } },
      latency: { routes: { 'tap.create': { ms: 4, jitter: 3 } } },
      faults: { seed: 5, routes: { 'tap.create': { '503': 0.05, reset: 0.02, hang: 0.02, '500': 0.01 } }, processedRate: 0.5, retryAfterSeconds: 0.02 },
    });
    const run = await tenant.run(`Get-EntraIDUser -Filter "${FILTER}" | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60`);

    const reconciliation = reconcileBulkIssuance({ input, passes: reportedPasses(run.output), errors: reportedErrors(run), service: servicePasses(tenant.emulator) });
    console.info(['fault soak (1,000 users):', ...reconciliationLines(reconciliation)].join('\n  '));
    expect(reconciliation.lost).toEqual([]);
    expect(reconciliation.duplicated).toEqual([]);
    expect(reconciliation.unknownRecords).toEqual([]);
    expect(reconciliation.stalePasses).toEqual([]);
    expect(reconciliation.errorsWithoutCause).toEqual([]);
    expect(reconciliation.unseenPasses).toEqual([]);
    expect(reconciliation.unexpectedIssues).toEqual([]);
    expect(reconciliation.ok).toBe(true);
    // The guests are refused by Graph and reported as such; the faults were really hit and retried.
    expect(reconciliation.errorsByCause).toEqual({ GuestUserNotSupported: 2 });
    expect(reconciliation.passesSuperseded).toBeGreaterThan(0);
    // About one creation in ten meets a fault and is sent again (plus any 429s).
    const creates = tenant.emulator.requests.filter((r) => r.method === 'POST').length;
    expect(creates).toBeGreaterThan(USERS * 1.05);
  }, 60_000);
});
