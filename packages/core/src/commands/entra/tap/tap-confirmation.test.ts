/**
 * The race a bulk run must not lose: an attempt whose fate the client could not know (its
 * connection dropped after the request went out, as with a reset or a timeout) reaches Graph after
 * the retry succeeded and replaces the pass the retry returned. Played deterministically against
 * the emulator with the client's fetch seam: the late POST fails at once with a connection reset,
 * is held back, and is delivered right after the retry's response. No timer decides the outcome,
 * so a loaded machine plays it the same way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { JOHN_DOE_ID } from '@entra-shell/graph-emulator';
import { createAdaptiveLimiter } from '../../../graph/adaptive-limiter.js';
import { resolveUserIdentity, type UserIdentity } from '../identity/user-pipe-bind.js';
import { emulatorGraph, type EmulatorGraph } from '../test-support/emulator-graph.js';
import { issueTap, type IssueOutcome } from './tap-issuer.js';
import { TapPolicyReader } from './tap-policy-reader.js';

/** A fetch whose late POSTs (by number, from 1) fail with a reset and reach the server only after the next POST's answer. */
function lateAttempts(isLate: (post: number) => boolean): typeof globalThis.fetch {
  const held: Request[] = [];
  let posts = 0;
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method !== 'POST') return globalThis.fetch(request);
    if (isLate(++posts)) {
      held.push(new Request(request.url, { method: 'POST', headers: request.headers, body: await request.text() }));
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
    }
    const response = await globalThis.fetch(request);
    // The earlier attempts land now, after the retry was answered.
    for (const late of held.splice(0)) await (await globalThis.fetch(late)).text();
    return response;
  };
}

function identity(input: string): UserIdentity {
  const resolved = resolveUserIdentity(input);
  if (resolved === undefined) throw new Error('bad identity');
  return resolved;
}

let graph: EmulatorGraph | undefined;
afterEach(() => graph?.close());

async function issueWithLateAttempts(isLate: (post: number) => boolean): Promise<{ graph: EmulatorGraph; outcome: IssueOutcome }> {
  graph = await emulatorGraph({}, {}, { fetch: lateAttempts(isLate), timeoutMs: 30_000, retry: { baseDelayMs: 2, maxDelayMs: 4 } });
  const context = { client: graph.client, claims: graph.claims, policy: new TapPolicyReader(graph.client, graph.claims, new AbortController().signal), command: 'New-EntraIDUserTemporaryAccessPass' };
  const outcome = await createAdaptiveLimiter({ max: 1 }).run((slot) => issueTap(context, identity(JOHN_DOE_ID), {}, slot));
  return { graph, outcome };
}

const calls = (g: EmulatorGraph): string[] => g.emulator.requests.map((r) => r.method);

describe('a pass replaced by a late earlier attempt', () => {
  it('is detected and issued again, so the pass reported is the one the user holds', async () => {
    const { graph: g, outcome } = await issueWithLateAttempts((post) => post === 1);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // reset POST (delivered late, after the retry's answer), retry, check: replaced; new POST, check: current.
    expect(calls(g)).toEqual(['POST', 'POST', 'GET', 'POST', 'GET']);
    expect(g.emulator.state.issuedCount(JOHN_DOE_ID)).toBe(3);
    expect(outcome.record.get('TemporaryAccessPass')).toBe(g.emulator.state.currentTap(JOHN_DOE_ID)?.temporaryAccessPass);
    expect(outcome.record.get('Id')).toBe(g.emulator.state.currentTap(JOHN_DOE_ID)?.id);
  });

  it('gives up with an error naming the user when every pass is overtaken', async () => {
    const { graph: g, outcome } = await issueWithLateAttempts((post) => post % 2 === 1);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.errorId).toBe('TemporaryAccessPassNotConfirmed');
    expect(outcome.error.message).toMatch(new RegExp(`^User '${JOHN_DOE_ID}': each of 3 passes Microsoft Graph returned was replaced`));
    expect(calls(g)).toEqual(['POST', 'POST', 'GET', 'POST', 'POST', 'GET', 'POST', 'POST', 'GET']);
    expect(g.emulator.state.issuedCount(JOHN_DOE_ID)).toBe(6);
  });

  it('costs nothing extra when no attempt was ambiguous', async () => {
    const { graph: g, outcome } = await issueWithLateAttempts(() => false);
    expect(outcome.ok).toBe(true);
    expect(calls(g)).toEqual(['POST']);
  });
});
