#!/usr/bin/env node
// Script throughput benchmark: how fast the evaluator runs the per-record script blocks of a long
// pipeline, the pattern bulk scripts are made of. Each case runs in the session of the built core
// (tools/bench imports @entra-shell/core's dist) and is reported as a ratio to a plain JavaScript
// loop doing the same work in the same process, so the figure does not depend on the machine:
//
//   foreach-sum   1..1000000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum
//   where-filter  1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object
//   foreach-loop  $s = 0; foreach ($i in 1..1000000) { $s += $i * 2 }; $s
//   expressions   1..200000 | ForEach-Object { ("$($_ + 1):" + [string]($_ -band 7) + ($_ -gt 5 ? 'a' : 'b')).Length } | Measure-Object -Sum
//
// Figures are medians over BENCH_RUNS runs (default 5). With BENCH_MAX_RATIO=<n> the benchmark
// fails when any case's ratio exceeds n (off by default: the ratios are for comparing commits).
import { createEntraShellSession, collect } from '@entra-shell/core';
import { envInt, fixed, median, table, writeResults } from './lib/common.mjs';

const runs = envInt('BENCH_RUNS', 5);
const maxRatio = process.env.BENCH_MAX_RATIO ? Number(process.env.BENCH_MAX_RATIO) : undefined;

const cases = [
  {
    name: 'foreach-sum',
    script: '1..1000000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum',
    check: (out) => out[0]?.Sum === 1000001000000,
    js: () => {
      let sum = 0;
      for (let i = 1; i <= 1_000_000; i++) sum += i * 2;
      return sum;
    },
  },
  {
    name: 'where-filter',
    script: '1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object',
    check: (out) => out[0]?.Count === 333333,
    js: () => {
      let count = 0;
      for (let i = 1; i <= 1_000_000; i++) if (i % 3 === 0) count++;
      return count;
    },
  },
  {
    name: 'foreach-loop',
    script: '$s = 0; foreach ($i in 1..1000000) { $s += $i * 2 }; $s',
    check: (out) => out[0] === 1000001000000,
    js: () => {
      let sum = 0;
      for (let i = 1; i <= 1_000_000; i++) sum += i * 2;
      return sum;
    },
  },
  {
    name: 'expressions',
    script: `1..200000 | ForEach-Object { ("$($_ + 1):" + [string]($_ -band 7) + ($_ -gt 5 ? 'a' : 'b')).Length } | Measure-Object -Sum`,
    check: (out) => out[0]?.Sum === 1688900,
    js: () => {
      let sum = 0;
      for (let i = 1; i <= 200_000; i++) sum += (`${i + 1}:` + String(i & 7) + (i > 5 ? 'a' : 'b')).length;
      return sum;
    },
  },
];

/** Wall milliseconds of one run of fn (awaited). */
async function time(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function propertyOf(value, name) {
  if (value && typeof value.get === 'function') return value.get(name);
  return value?.[name];
}

async function runScript(script) {
  const { session } = createEntraShellSession();
  const run = await collect(session.run(script));
  if (run.errors.length > 0) throw new Error(`'${script}' failed: ${run.errors[0].message}`);
  return run.output.map((v) =>
    typeof v === 'object' && v !== null ? { Sum: propertyOf(v, 'Sum'), Count: propertyOf(v, 'Count') } : v,
  );
}

console.log(
  `script-throughput: ${cases.length} cases, ${runs} run(s) each; ratio = shell time / plain JavaScript loop time`,
);
// Warm-up: load every module and let the JIT see the evaluator once.
await runScript('1..20000 | ForEach-Object { $_ * 2 } | Where-Object { $_ -gt 3 } | Measure-Object -Sum');

const rows = [['case', 'shell ms', 'js ms', 'ratio']];
const figures = {};
let missed = false;
for (const c of cases) {
  const shell = [];
  const js = [];
  for (let run = 0; run < runs; run++) {
    let output;
    shell.push(await time(async () => (output = await runScript(c.script))));
    if (!c.check(output))
      throw new Error(`'${c.script}' gave an unexpected result: ${JSON.stringify(output)}`);
    // The JS loop is too quick to time once: repeat it and take the mean.
    const repeats = 20;
    js.push(
      (await time(() => {
        for (let i = 0; i < repeats; i++) c.js();
      })) / repeats,
    );
  }
  const shellMs = median(shell);
  const jsMs = median(js);
  const ratio = shellMs / jsMs;
  figures[c.name] = { script: c.script, shellMs, jsMs, ratio };
  rows.push([c.name, fixed(shellMs, 0), fixed(jsMs, 2), fixed(ratio, 0)]);
  if (maxRatio !== undefined && ratio > maxRatio) missed = true;
}
console.log(table(rows));
console.log(`results: ${writeResults('script-throughput', { runs, cases: figures })}`);
if (missed) {
  console.error(`a ratio exceeds BENCH_MAX_RATIO=${maxRatio}`);
  process.exit(1);
}
