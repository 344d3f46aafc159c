#!/usr/bin/env node
// Full-size fault soak (`pnpm bench soak`; not part of the default `pnpm bench`): 10,000 users
// through `Get-EntraIDUser -Filter ... | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60`
// with the benchmark's Graph-shaped write throttling and 150 ± 50 ms write latency, and faults on
// every pass creation: 5% 503 with Retry-After, 2% connection resets, 2% responses that never come
// (the client's per-request timeout, set to 2 s here, ends them), 1% 500. Half of the ambiguous
// faults strike after the pass was created. Two guests Graph refuses are in the input too.
//
// Afterwards the run is reconciled exactly against the emulator and printed as figures: every
// input user has one record (a pass or an error naming the user and the cause), every pass
// reported is the one the user holds now, and no error hides a pass the service issued.
// The CI-size version of this soak is packages/core/src/integration/bulk-soak.test.ts.
//
// Env: BENCH_SOAK_USERS (10000), BENCH_SCALE (3).
import { reconciliationLines } from '@entra-shell/core';
import { envInt, fixed, writeResults } from './lib/common.mjs';
import { runBulkScenario, SYNTHETIC_FILTER, writeBudget } from './lib/bulk-scenario.mjs';

const users = envInt('BENCH_SOAK_USERS', 10_000);
const budget = writeBudget(envInt('BENCH_SCALE', 3));
const faults = { '503': 0.05, reset: 0.02, hang: 0.02, '500': 0.01 };
const timeoutMs = 2000;
const filter = `${SYNTHETIC_FILTER} or userType eq 'Guest'`;
const runtime = {
  throttling: { enabled: true, scale: budget.scale, limits: { writes: { limit: budget.limit, windowSeconds: budget.windowSeconds } } },
  latency: { routes: { 'tap.create': { ms: 150, jitter: 50 }, 'users.list': { ms: 100, jitter: 30 } } },
  faults: { seed: 7, routes: { 'tap.create': faults }, processedRate: 0.5, retryAfterSeconds: 1 },
};

console.log(
  `soak: ${users} users + 2 guests; write budget ${budget.perSecond}/s; write latency 150 ± 50 ms; ` +
    `faults per pass creation: 503 ${faults['503']}, reset ${faults.reset}, no response ${faults.hang} (client timeout ${timeoutMs} ms), 500 ${faults['500']}`,
);
const { report, reconciliation } = await runBulkScenario({
  users,
  seed: 7,
  runtime,
  inputFilter: filter,
  script: `Get-EntraIDUser -Filter "${filter}" | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60`,
  graphOptions: { timeoutMs },
  deadlineMs: 1_800_000,
});

const seconds = report.elapsedMs / 1000;
const retries = Object.entries(report.retries).map(([reason, count]) => `${reason} ${count}`).join(', ');
console.log(`\n${fixed(seconds)} s, ${fixed(reconciliation.passRecords / seconds)} passes/s, peak RSS ${fixed(report.peakRssMB, 0)} MB`);
console.log(`throttle signals: 429 ${report.throttles['429'] ?? 0}, 503 ${report.throttles['503'] ?? 0}; retries: ${retries || 'none'}\n`);
console.log(['Reconciliation against the emulator:', ...reconciliationLines(reconciliation)].join('\n  '));
const expectedErrors = reconciliation.errorsByCause.GuestUserNotSupported === 2 && reconciliation.errorRecords === 2;
const path = writeResults('soak', {
  settings: { users, budget, faults, timeoutMs, runtime },
  seconds,
  peakRssMB: report.peakRssMB,
  throttles: report.throttles,
  retries: report.retries,
  reconciliation: { ...reconciliation, ok: reconciliation.ok },
});
console.log(`\nresults: ${path}`);
if (!reconciliation.ok) process.exit(1);
if (!expectedErrors) console.log('note: errors other than the two guests were reported (each names its user and cause; see above)');
