#!/usr/bin/env node
// Start-up benchmark: wall time of `node -e 0`, of the runner (`entra-shell -Command "Get-Date"`)
// and of the interactive shell until its first prompt frame, over several runs. Prints medians and
// the ratios to `node -e 0`, checks them against the targets (runner ≤ 3×, interactive ≤ 4×), and
// writes the figures to tools/bench/results/startup-<time>.json.
//
// The interactive shell needs a terminal: it runs under `script -qfc` (util-linux), which gives it
// a pseudo-terminal; the clock stops when the prompt text appears in what the terminal received.
// `script` itself costs a few milliseconds, so the same wrapper is also timed around `node -e 0`
// and reported as the "pty baseline".
//
// Env: BENCH_RUNS (default 9), BENCH_STARTUP_NO_TARGETS=1 to report without failing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shell = join(root, 'apps/shell/dist/main.js');
const runs = Number(process.env.BENCH_RUNS ?? 9);
const targets = { runner: 3, interactive: 4 };
const PROMPT = /PS [^\s>]*>/;

if (!existsSync(shell)) {
  console.error(`${shell} is missing: build it first (pnpm --filter @entra-shell/shell build, or pnpm bench).`);
  process.exit(1);
}

const stateHome = mkdtempSync(join(tmpdir(), 'entra-shell-bench-'));
const env = { ...process.env, XDG_STATE_HOME: stateHome, NO_COLOR: '1', TERM: 'xterm-256color' };

function timeSync(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Starts `command` in a pseudo-terminal and resolves with the ms until `until` matches its output. */
function timeInPty(command, until) {
  return new Promise((resolveTime, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...env, COLUMNS: '120', LINES: '40' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let seen = '';
    let done = false;
    const timer = setTimeout(() => finish(new Error(`no prompt within 20 s; the terminal showed: ${JSON.stringify(seen.slice(-300))}`)), 20_000);
    function finish(error, ms) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.stdin.end('\x04');
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
      if (error) reject(error);
      else resolveTime(ms);
    }
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString('utf8').replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
      if (until === 'exit' || done) return;
      if (until.test(seen)) finish(undefined, Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.on('exit', () => {
      if (until === 'exit') finish(undefined, Number(process.hrtime.bigint() - start) / 1e6);
      else finish(new Error(`the shell exited before its prompt appeared; it showed: ${JSON.stringify(seen.slice(-300))}`));
    });
    child.on('error', (e) => finish(e));
  });
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const samples = { node: [], runner: [], ptyBaseline: [], interactive: [] };
// One warm-up of each so the file-system cache is equally warm for all of them.
timeSync(process.execPath, ['-e', '0']);
timeSync(process.execPath, [shell, '-Command', 'Get-Date']);
await timeInPty(`${process.execPath} ${shell}`, PROMPT);

// Interleave the measurements so machine noise hits every series alike.
for (let i = 0; i < runs; i++) {
  samples.node.push(timeSync(process.execPath, ['-e', '0']));
  samples.runner.push(timeSync(process.execPath, [shell, '-Command', 'Get-Date']));
  samples.ptyBaseline.push(await timeInPty(`${process.execPath} -e 0`, 'exit'));
  samples.interactive.push(await timeInPty(`${process.execPath} ${shell}`, PROMPT));
}
rmSync(stateHome, { recursive: true, force: true });

const medians = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
const ratios = {
  runner: medians.runner / medians.node,
  interactive: medians.interactive / medians.node,
  interactiveMinusPty: (medians.interactive - (medians.ptyBaseline - medians.node)) / medians.node,
};
const pass = { runner: ratios.runner <= targets.runner, interactive: ratios.interactive <= targets.interactive };

const row = (label, ms, ratio, target) =>
  `${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms${ratio === undefined ? '' : `   ${ratio.toFixed(2)}×`}${target === undefined ? '' : `   (target ≤ ${target}×: ${ratio <= target ? 'ok' : 'MISSED'})`}`;
console.log(`start-up, median of ${runs} runs (node ${process.version}, ${process.platform}/${process.arch})`);
console.log(row('node -e 0', medians.node, 1));
console.log(row('entra-shell -Command "Get-Date"', medians.runner, ratios.runner, targets.runner));
console.log(row('entra-shell interactive, first prompt', medians.interactive, ratios.interactive, targets.interactive));
console.log(row('  pty baseline (script -qfc "node -e 0")', medians.ptyBaseline, medians.ptyBaseline / medians.node));
console.log(row('  interactive without the pty overhead', medians.interactive - (medians.ptyBaseline - medians.node), ratios.interactiveMinusPty));

const resultsDir = join(root, 'tools/bench/results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `startup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify({ benchmark: 'startup', date: new Date().toISOString(), node: process.version, runs, unit: 'ms', samples, medians, ratios, targets, pass }, null, 2) + '\n',
);
console.log(`results: ${file}`);

if (process.env.BENCH_STARTUP_NO_TARGETS !== '1' && !(pass.runner && pass.interactive)) process.exit(1);
