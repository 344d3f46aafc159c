// Shared by the benchmarks: the measuring child process, medians, tables, result files, and the
// emulator-side views used to reconcile a bulk run. Everything talks to 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
const workerPath = join(benchDir, 'lib', 'worker.mjs');

/** A positive integer from the environment, else the default. */
export function envInt(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got '${text}'`);
  return value;
}

/** The same fingerprint the worker reports instead of a pass. */
export function fingerprint(secret) {
  return secret == null ? null : createHash('sha256').update(String(secret)).digest('hex').slice(0, 24);
}

/**
 * Runs one command line in lib/worker.mjs and resolves with its JSON report. The child is killed
 * (by its pid) if it outlives `deadlineMs` plus a grace period, so a benchmark always ends.
 */
export function runWorker(job) {
  const deadlineMs = job.deadlineMs ?? 600_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [workerPath, JSON.stringify({ ...job, deadlineMs })], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill('SIGKILL'), deadlineMs + 15_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || line === '') {
        reject(new Error(`worker exited ${code ?? signal}: ${stderr.trim().slice(-2000)}`));
        return;
      }
      resolve(JSON.parse(line));
    });
  });
}

/** The input a filter selects, read straight from the emulator over Graph (bounded by the page count). */
export async function listUsers(emulator, token, filter) {
  const users = [];
  let url = `${emulator.url}/v1.0/users?$filter=${encodeURIComponent(filter)}&$select=id,userPrincipalName&$top=999`;
  for (let page = 0; url !== undefined && page < 10_000; page++) {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`listing users failed: ${response.status} ${await response.text()}`);
    const body = await response.json();
    for (const user of body.value) users.push({ id: user.id, userPrincipalName: user.userPrincipalName });
    // Links name Graph's public host, as Graph's do; the pages themselves stay on the emulator.
    const next = body['@odata.nextLink'];
    url = next === undefined ? undefined : `${emulator.url}${new URL(next).pathname}${new URL(next).search}`;
  }
  return users;
}

/** What the emulator holds now, with passes fingerprinted like the worker's. */
export function serviceView(emulator) {
  return [...emulator.state.issuedCounts()].map(([userId, issued]) => ({ userId, issued, currentPass: fingerprint(emulator.state.currentTap(userId)?.temporaryAccessPass) ?? undefined }));
}

/** The worker's records in the shape reconcileBulkIssuance takes. */
export function reportedRecords(report) {
  return {
    passes: (report.passes ?? []).map(([userPrincipalName, userId, pass]) => ({ userPrincipalName, userId, pass })),
    errors: report.errors.map(([target, errorId, message]) => ({ target, errorId, message })),
  };
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Per-key medians of a list of flat objects of numbers. */
export function medians(rows) {
  const keys = Object.keys(rows[0] ?? {});
  return Object.fromEntries(keys.map((key) => [key, median(rows.map((row) => row[key]))]));
}

export function fixed(value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/** A plain text table: the first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Writes the figures to tools/bench/results/<name>-<time>.json (git-ignored) and returns the path. */
export function writeResults(name, data) {
  const dir = join(benchDir, 'results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, `${JSON.stringify({ benchmark: name, date: new Date().toISOString(), node: process.version, ...data }, null, 2)}\n`);
  return path;
}

export function check(label, ok) {
  return `${ok ? 'met' : 'MISSED'}  ${label}`;
}
