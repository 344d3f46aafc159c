#!/usr/bin/env node
// `pnpm bench` dispatcher. `node tools/bench/run.mjs` runs the default set (startup, bulk-issue,
// read-stream); `node tools/bench/run.mjs soak` or any list of names runs those. Each benchmark runs
// in its own Node process so one benchmark's heap and loaded modules never skew the next; each
// prints its figures and writes them to tools/bench/results/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Run only when asked for by name: the full-size soak takes several minutes. */
const onRequest = new Set(['soak']);
const available = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .map((f) => f.slice(0, -'.mjs'.length))
  .sort();

const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = requested.filter((r) => !available.includes(r));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of requested.length > 0 ? requested : available.filter((n) => !onRequest.has(n))) {
  console.log(`\n=== bench: ${name} ===`);
  const result = spawnSync(process.execPath, [join(here, `${name}.mjs`)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`bench ${name} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
