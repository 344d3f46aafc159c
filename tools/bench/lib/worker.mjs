#!/usr/bin/env node
// One measured command line in a process of its own, so the peak RSS it reports belongs to the
// pipeline alone (the emulator runs in the parent). It connects a real session to the emulator
// with the line a user types, runs the script, and prints ONE JSON line:
//   { elapsedMs, cpuMs, peakRssMB, outputs, passes?, errors, throttles, retries, cancelled, csvRows? }
// Passes are reported as fingerprints (sha256 prefix): the secrets never leave this process.
//
// Job (JSON in argv[2]): { url, token, script, deadlineMs, cwd?, graphOptions?: { timeoutMs?, retry? },
//   reportPasses?: boolean, countCsvRows?: string }
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fingerprint } from './common.mjs';
import { createEntraShellSession } from '@entra-shell/core';

const job = JSON.parse(process.argv[2] ?? '{}');
if (job.cwd) process.chdir(job.cwd);

const throttles = {};
const retries = {};
const graphOptions = {
  ...job.graphOptions,
  onThrottle: (event) => void (throttles[event.status] = (throttles[event.status] ?? 0) + 1),
  onRetry: (event) => void (retries[event.reason] = (retries[event.reason] ?? 0) + 1),
};
const { session } = createEntraShellSession({ signIn: { graphOptions } });

async function drain(script, signal) {
  const result = { outputs: 0, passes: [], errors: [], cancelled: false };
  for await (const event of session.run(script, { signal })) {
    if (event.type === 'output') {
      result.outputs++;
      const record = event.value;
      if (job.reportPasses && typeof record?.get === 'function') {
        result.passes.push([record.get('UserPrincipalName'), record.get('UserId'), fingerprint(record.get('TemporaryAccessPass'))]);
      }
    } else if (event.type === 'error') {
      result.errors.push([String(event.record.targetObject), event.record.errorId, event.record.message]);
    } else if (event.type === 'result') {
      result.cancelled = event.cancelled;
    }
  }
  return result;
}

async function countLines(path) {
  let lines = 0;
  const reader = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of reader) if (line !== '') lines++;
  return lines;
}

const deadline = AbortSignal.timeout(job.deadlineMs ?? 600_000);
const connected = await drain(`Connect-EntraID -AccessToken ${job.token} -AzureEnvironment Custom -MicrosoftGraphEndPoint ${job.url}`, deadline);
if (connected.errors.length > 0) {
  console.error(`Connect-EntraID failed: ${connected.errors.map((e) => e[2]).join('; ')}`);
  process.exit(1);
}

const cpu = process.cpuUsage();
const started = performance.now();
const run = await drain(job.script, deadline);
const elapsedMs = performance.now() - started;
const used = process.cpuUsage(cpu);
// maxRSS is the process's peak resident set (KiB), read before anything else is allocated.
const peakRssMB = process.resourceUsage().maxRSS / 1024;

const report = {
  elapsedMs,
  cpuMs: (used.user + used.system) / 1000,
  peakRssMB,
  outputs: run.outputs,
  errors: run.errors,
  throttles,
  retries,
  cancelled: run.cancelled || deadline.aborted,
  ...(job.reportPasses ? { passes: run.passes } : {}),
  ...(job.countCsvRows ? { csvRows: (await countLines(job.countCsvRows)) - 1 } : {}),
};
// Exit only once the report is flushed: a pipe takes a large report in several writes.
process.stdout.write(`${JSON.stringify(report)}\n`, () => process.exit(0));
