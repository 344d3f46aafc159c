/** Stopping a bulk run: Ctrl+C and Select-Object -First end the work in flight and leave the session usable. */
import { afterEach, expect, it } from 'vitest';
import { collect } from '../../../session/collect.js';
import { entraSession, type EntraSession } from '../test-support/entra-session.js';

const APP_TOKEN = { roles: ['User.Read.All', 'UserAuthenticationMethod.ReadWrite.All'] };
let shell: EntraSession | undefined;
const posts = (s: EntraSession): number => s.emulator.requests.filter((r) => r.method === 'POST').length;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Requests already on the wire when the run stopped may still arrive; after that, nothing: the
 * count settles far below the number of users.
 */
async function expectNoMoreRequests(s: EntraSession): Promise<void> {
  await pause(300);
  const settled = posts(s);
  expect(settled).toBeLessThan(100);
  await pause(500);
  expect(posts(s)).toBe(settled);
}

async function slowTenant(): Promise<EntraSession> {
  const s = await entraSession({ users: 300, latency: { routes: { 'tap.create': 20 } } });
  expect((await s.connect(APP_TOKEN)).errors).toEqual([]);
  await s.run(`$users = Get-EntraIDUser -Filter "userType eq 'Member'" -EndIndex 300`);
  return s;
}

it('Ctrl+C stops issuing promptly and the session runs the next command', async () => {
  shell = await slowTenant();
  const controller = new AbortController();
  let seen = 0;
  const events = shell.session.run('$users | New-EntraIDUserTemporaryAccessPass', { signal: controller.signal });
  const run = await collect(
    (async function* () {
      for await (const event of events) {
        if (event.type === 'output' && ++seen === 5) controller.abort();
        yield event;
      }
    })(),
  );
  expect(run.result.cancelled).toBe(true);
  await expectNoMoreRequests(shell);
  const next = await shell.run('Get-EntraIDUser -EndIndex 1');
  expect(next.output).toHaveLength(1);
});

it('Select-Object -First 3 takes three passes and stops the rest', async () => {
  shell = await slowTenant();
  const run = await shell.run('$users | New-EntraIDUserTemporaryAccessPass | Select-Object -First 3');
  expect(run.errors).toEqual([]);
  expect(run.output).toHaveLength(3);
  await expectNoMoreRequests(shell);
});
