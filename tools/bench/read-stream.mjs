#!/usr/bin/env node
// Read streaming benchmark: `Get-EntraIDUser | Export-Csv users.csv` over 10,000 and 100,000
// synthetic users, each size in a process of its own so its peak RSS is measured cleanly.
//
// Get-EntraIDUser asks for pages of 999 users, one page ahead of the pipeline, so the paging
// limit is 999 users per page round trip (the emulator answers a page
// after 250 ± 50 ms, with Graph's resource-unit throttling on). Figures (medians over the runs):
// users/s and their share of that limit, peak RSS at both sizes, and the growth between them.
// Targets: peak RSS < 200 MB at both sizes, growth < 30 MB from 10k to 100k (it streams).
//
// Env: BENCH_RUNS (3), BENCH_NO_TARGETS=1 to report without failing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '@entra-shell/graph-emulator';
import { check, envInt, fixed, medians, runWorker, table, writeResults } from './lib/common.mjs';

const runs = envInt('BENCH_RUNS', 3);
const sizes = [10_000, 100_000];
const pageSize = 999;
const pageLatency = { ms: 250, jitter: 50 };
const pagingLimit = pageSize / (pageLatency.ms / 1000);
const runtime = { throttling: { enabled: true }, latency: { routes: { 'users.list': pageLatency } } };

async function measure(size, seed) {
  const emulator = await startEmulator({ users: size, seed });
  const dir = mkdtempSync(join(tmpdir(), 'entra-bench-read-'));
  try {
    emulator.configure(runtime);
    const expected = emulator.state.userCount();
    const report = await runWorker({
      url: emulator.url,
      token: emulator.mintToken({ roles: ['User.Read.All'], expiresInSeconds: 3600 }),
      script: 'Get-EntraIDUser | Export-Csv users.csv',
      cwd: dir,
      countCsvRows: join(dir, 'users.csv'),
      deadlineMs: 600_000,
    });
    if (report.cancelled || report.errors.length > 0) throw new Error(`the run failed: ${report.errors.map((e) => e[2]).join('; ') || 'deadline reached'}`);
    if (report.csvRows !== expected) throw new Error(`users.csv has ${report.csvRows} rows, the tenant ${expected} users`);
    const seconds = report.elapsedMs / 1000;
    return { users: expected, seconds, usersPerSecond: expected / seconds, shareOfPagingLimit: expected / seconds / pagingLimit, peakRssMB: report.peakRssMB, cpuMsPer1000: (report.cpuMs / expected) * 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await emulator.close();
  }
}

console.log(`read-stream: Get-EntraIDUser | Export-Csv users.csv; pages of ${pageSize}, page latency ${pageLatency.ms} ± ${pageLatency.jitter} ms (paging limit ${fixed(pagingLimit, 0)} users/s); ${runs} run(s)`);
const bySize = new Map(sizes.map((size) => [size, []]));
for (let run = 1; run <= runs; run++) {
  for (const size of sizes) {
    const figures = await measure(size, run);
    bySize.get(size).push(figures);
    console.log(`  run ${run}, ${size} users: ${fixed(figures.seconds)} s, ${fixed(figures.usersPerSecond, 0)} users/s, peak RSS ${fixed(figures.peakRssMB, 0)} MB`);
  }
}

const [small, large] = sizes.map((size) => medians(bySize.get(size)));
const growth = large.peakRssMB - small.peakRssMB;
console.log(`\nMedians of ${runs} run(s):\n`);
console.log(
  table([
    ['users', 'total time', 'users/s', 'share of paging limit', 'peak RSS', 'CPU per 1,000 users'],
    ...[small, large].map((m) => [m.users, `${fixed(m.seconds)} s`, fixed(m.usersPerSecond, 0), fixed(m.shareOfPagingLimit, 2), `${fixed(m.peakRssMB, 0)} MB`, `${fixed(m.cpuMsPer1000, 0)} ms`]),
  ]),
);
console.log(`\nRSS growth from ${small.users} to ${large.users} users: ${fixed(growth)} MB`);
const targets = {
  peakRss: { target: 200, measured: Math.max(small.peakRssMB, large.peakRssMB), met: Math.max(small.peakRssMB, large.peakRssMB) < 200 },
  growth: { target: 30, measured: growth, met: growth < 30 },
};
console.log(`\n${check(`peak RSS < 200 MB at both sizes (${fixed(targets.peakRss.measured, 0)} MB)`, targets.peakRss.met)}`);
console.log(check(`RSS growth < 30 MB from 10k to 100k (${fixed(growth)} MB)`, targets.growth.met));
const path = writeResults('read-stream', { settings: { runs, sizes, pageSize, pageLatency, pagingLimit, runtime }, runs: Object.fromEntries(bySize), medians: { small, large, growth }, targets });
console.log(`\nresults: ${path}`);
if (process.env.BENCH_NO_TARGETS !== '1' && !Object.values(targets).every((t) => t.met)) process.exit(1);
