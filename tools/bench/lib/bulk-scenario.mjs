// One bulk issuance against a fresh emulator: the emulator runs here (in the parent), the
// pipeline in a worker process; afterwards the run is reconciled against the emulator's state.
import { reconcileBulkIssuance } from '@entra-shell/core';
import { startEmulator } from '@entra-shell/graph-emulator';
import { listUsers, reportedRecords, runWorker, serviceView } from './common.mjs';

/** Exactly the synthetic users: their employee ids start with S (the demo users' with E). */
export const SYNTHETIC_FILTER = "startswith(employeeId,'S')";
export const APP_ROLES = ['User.Read.All', 'UserAuthenticationMethod.ReadWrite.All', 'Policy.Read.All'];

/**
 * Graph's write limit for one app in one tenant is 3,000 per 150 s, 20 writes/s. The benchmark
 * keeps that rate but with a bucket of 100 (5 s of refill) so a run of a few thousand users is
 * not served from the initial bucket, and compresses time by `scale`.
 */
export function writeBudget(scale) {
  const limit = 100;
  const windowSeconds = limit / 20;
  return { limit, windowSeconds, scale, perSecond: (limit / windowSeconds) * scale };
}

/**
 * @param {{ users: number, seed: number, runtime: object, script: string, inputFilter?: string,
 *   inputLimit?: number, graphOptions?: object, deadlineMs?: number }} scenario
 */
export async function runBulkScenario(scenario) {
  const emulator = await startEmulator({ users: scenario.users, seed: scenario.seed });
  try {
    const token = emulator.mintToken({ roles: APP_ROLES, expiresInSeconds: 6 * 3600 });
    const listed = await listUsers(emulator, token, scenario.inputFilter ?? SYNTHETIC_FILTER);
    const input = scenario.inputLimit === undefined ? listed : listed.slice(0, scenario.inputLimit);
    // Settings after listing: configure() also starts fresh throttling buckets.
    emulator.configure(scenario.runtime);
    const report = await runWorker({
      url: emulator.url,
      token,
      script: scenario.script,
      reportPasses: true,
      graphOptions: scenario.graphOptions ?? {},
      deadlineMs: scenario.deadlineMs ?? 600_000,
    });
    if (report.cancelled) throw new Error(`the run did not finish within ${scenario.deadlineMs ?? 600_000} ms`);
    const reconciliation = reconcileBulkIssuance({ input, ...reportedRecords(report), service: serviceView(emulator) });
    return { report, reconciliation };
  } finally {
    await emulator.close();
  }
}
