#!/usr/bin/env node
// Bulk issuance benchmark:
//   Get-EntraIDUser -Filter "startswith(employeeId,'S')" | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60
// over N synthetic users against the Graph emulator with Graph-shaped write throttling (20
// writes/s per app and tenant, time compressed so a run takes under a minute) and 150 ± 50 ms of
// write latency; and, on the same settings, the sequential baseline (one request at a time, as
// PnP does: -ThrottleLimit 1) over fewer users, its rate extrapolated to N.
//
// Figures (medians over the runs): passes/s and their share of the write budget, 429s received,
// total time, peak RSS of the process running the pipeline, CPU per pass; every run is reconciled
// against the emulator (nothing lost, duplicated or stale). Targets: >= 0.9 of the write budget
// (not counting the initial bucket), >= 5x the sequential rate, zero lost or duplicated users.
//
// Env: BENCH_USERS (2000), BENCH_BASELINE_USERS (150), BENCH_RUNS (3), BENCH_SCALE (3),
//      BENCH_NO_TARGETS=1 to report without failing.
import { check, envInt, fixed, medians, table, writeResults } from './lib/common.mjs';
import { runBulkScenario, SYNTHETIC_FILTER, writeBudget } from './lib/bulk-scenario.mjs';

const users = envInt('BENCH_USERS', 2000);
const baselineUsers = Math.min(users, envInt('BENCH_BASELINE_USERS', 150));
const runs = envInt('BENCH_RUNS', 3);
const budget = writeBudget(envInt('BENCH_SCALE', 3));
const latency = { ms: 150, jitter: 50 };
const runtime = {
  throttling: { enabled: true, scale: budget.scale, limits: { writes: { limit: budget.limit, windowSeconds: budget.windowSeconds } } },
  latency: { routes: { 'tap.create': latency, 'users.list': { ms: 100, jitter: 30 } } },
};
const issue = `Get-EntraIDUser -Filter "${SYNTHETIC_FILTER}"`;
const tap = 'New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60';

function figures({ report, reconciliation }, bucket) {
  const seconds = report.elapsedMs / 1000;
  const passes = reconciliation.passRecords;
  return {
    seconds,
    passesPerSecond: passes / seconds,
    shareOfBudget: passes / seconds / budget.perSecond,
    // What the client earned beyond the bucket it found full at the start.
    sustainedShare: Math.max(0, passes - bucket) / seconds / budget.perSecond,
    throttled429: report.throttles['429'] ?? 0,
    peakRssMB: report.peakRssMB,
    cpuMsPerPass: report.cpuMs / Math.max(1, passes),
    lost: reconciliation.lost.length,
    duplicated: reconciliation.duplicated.length,
    stale: reconciliation.stalePasses.length,
    errors: reconciliation.errorRecords,
    reconciled: reconciliation.ok ? 1 : 0,
  };
}

console.log(
  `bulk-issue: ${users} users; write budget ${budget.perSecond}/s (Graph's 20/s x scale ${budget.scale}, bucket ${budget.limit}); ` +
    `write latency ${latency.ms} ± ${latency.jitter} ms; sequential baseline over ${baselineUsers} users; ${runs} run(s)`,
);
const bulkRuns = [];
const sequentialRuns = [];
for (let run = 1; run <= runs; run++) {
  const bulk = await runBulkScenario({ users, seed: run, runtime, script: `${issue} | ${tap}`, deadlineMs: 300_000 });
  bulkRuns.push(figures(bulk, budget.limit));
  const sequential = await runBulkScenario({
    users,
    seed: run,
    runtime,
    script: `${issue} -EndIndex ${baselineUsers} | ${tap} -ThrottleLimit 1`,
    inputLimit: baselineUsers,
    deadlineMs: 300_000,
  });
  // The baseline never drains the bucket (it is far below the budget), so nothing is subtracted.
  sequentialRuns.push(figures(sequential, 0));
  const b = bulkRuns.at(-1);
  const s = sequentialRuns.at(-1);
  console.log(
    `  run ${run}: bulk ${fixed(b.seconds)} s, ${fixed(b.passesPerSecond)}/s (${fixed(b.sustainedShare, 2)} of budget), ${b.throttled429} x 429; ` +
      `sequential ${fixed(s.passesPerSecond)}/s; reconciled ${b.reconciled && s.reconciled ? 'yes' : 'NO'}`,
  );
}

const b = medians(bulkRuns);
const s = medians(sequentialRuns);
const speedup = b.passesPerSecond / s.passesPerSecond;
const extrapolatedSeconds = users / s.passesPerSecond;
console.log(`\nMedians of ${runs} run(s):\n`);
console.log(
  table([
    ['', 'entra-shell (default -ThrottleLimit)', 'sequential (-ThrottleLimit 1)'],
    ['users', users, `${baselineUsers} measured, rate extrapolated to ${users}`],
    ['total time', `${fixed(b.seconds)} s`, `${fixed(s.seconds)} s (${fixed(extrapolatedSeconds, 0)} s for ${users})`],
    ['passes/s', fixed(b.passesPerSecond), fixed(s.passesPerSecond)],
    ['share of write budget', `${fixed(b.sustainedShare, 2)} (${fixed(b.shareOfBudget, 2)} with the initial bucket)`, fixed(s.shareOfBudget, 2)],
    ['429s received', fixed(b.throttled429, 0), fixed(s.throttled429, 0)],
    ['peak RSS', `${fixed(b.peakRssMB, 0)} MB`, `${fixed(s.peakRssMB, 0)} MB`],
    ['CPU per pass', `${fixed(b.cpuMsPerPass, 2)} ms`, `${fixed(s.cpuMsPerPass, 2)} ms`],
    ['lost / duplicated / stale', `${b.lost} / ${b.duplicated} / ${b.stale}`, `${s.lost} / ${s.duplicated} / ${s.stale}`],
    ['speed-up', `${fixed(speedup)}x`, '1x'],
  ]),
);

const reconciledEverywhere = [...bulkRuns, ...sequentialRuns].every((r) => r.reconciled === 1 && r.errors === 0);
const targets = {
  shareOfBudget: { target: 0.9, measured: b.sustainedShare, met: b.sustainedShare >= 0.9 },
  speedup: { target: 5, measured: speedup, met: speedup >= 5 },
  nothingLostOrDuplicated: { met: reconciledEverywhere },
};
console.log(`\n${check(`>= 0.9 of the write budget (${fixed(b.sustainedShare, 2)})`, targets.shareOfBudget.met)}`);
console.log(check(`>= 5x the sequential rate (${fixed(speedup)}x)`, targets.speedup.met));
console.log(check('every user exactly one current pass, in every run', targets.nothingLostOrDuplicated.met));
const path = writeResults('bulk-issue', {
  settings: { users, baselineUsers, runs, budget, latency, runtime },
  runs: { bulk: bulkRuns, sequential: sequentialRuns },
  medians: { bulk: b, sequential: s, speedup, sequentialSecondsExtrapolated: extrapolatedSeconds },
  targets,
});
console.log(`\nresults: ${path}`);
if (process.env.BENCH_NO_TARGETS !== '1' && !Object.values(targets).every((t) => t.met)) process.exit(1);
