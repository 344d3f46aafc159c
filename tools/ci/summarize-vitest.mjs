#!/usr/bin/env node
// Sums the Vitest JSON report of every project (<project>/test-results/vitest.json) into the
// single line CI reads: "N passed, N failed" (", N skipped" when any were skipped). Exits 1 when
// a report is missing, a test failed, or a test file failed to load, so a broken run never looks green.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const projects = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const project of projects) {
  const file = join(project, 'test-results', 'vitest.json');
  if (!existsSync(file)) {
    console.log(`missing Vitest report: ${file}`);
    missing += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // Named just above the summary line, because a CI log is often read from its tail.
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      // The message up to its stack trace, indented: enough to see what the test saw (a screen, a diff).
      const message = String(test.failureMessages?.[0] ?? '').split('\n');
      const end = message.findIndex((line, i) => i > 0 && /^\s+at /.test(line));
      const why = message.slice(0, end === -1 ? 25 : Math.min(end, 25)).map((line) => line.slice(0, 300));
      console.log(`FAILED ${suite.name} > ${test.fullName}: ${why[0] ?? ''}`);
      for (const line of why.slice(1)) console.log(`    ${line}`);
    }
  }
  const unloadable = (report.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0);
  for (const suite of unloadable) console.log(`test file failed to load: ${suite.name}`);
  failed += unloadable.length;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || missing > 0 ? 1 : 0);
