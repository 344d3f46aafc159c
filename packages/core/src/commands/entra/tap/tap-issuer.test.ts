import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOHN_DOE_ID } from '@entra-shell/graph-emulator';
import { createAdaptiveLimiter } from '../../../graph/adaptive-limiter.js';
import { PSDateTime } from '../../../values/model.js';
import { resolveUserIdentity, type UserIdentity } from '../identity/user-pipe-bind.js';
import { emulatorGraph, requestsTo, type EmulatorGraph } from '../test-support/emulator-graph.js';
import { issueTap, type IssueOutcome, type TapIssuerContext } from './tap-issuer.js';
import { TapPolicyReader } from './tap-policy-reader.js';
import type { TapRequestOptions } from './tap-body.js';

const DOMAIN = 'contoso.onmicrosoft.com';

function identity(input: string): UserIdentity {
  const resolved = resolveUserIdentity(input);
  if (resolved === undefined) throw new Error('bad identity');
  return resolved;
}

describe('issueTap against the emulator', () => {
  let graph: EmulatorGraph;
  let context: TapIssuerContext;
  const issue = (user: string, options: TapRequestOptions = {}): Promise<IssueOutcome> => createAdaptiveLimiter({ max: 1 }).run((slot) => issueTap(context, identity(user), options, slot));
  const failure = (outcome: IssueOutcome): string => (outcome.ok ? 'succeeded' : outcome.error.message);

  beforeEach(async () => {
    graph = await emulatorGraph();
    context = { client: graph.client, claims: graph.claims, policy: new TapPolicyReader(graph.client, graph.claims, new AbortController().signal), command: 'New-EntraIDUserTemporaryAccessPass' };
  });
  afterEach(() => graph.close());

  it('issues a pass with an empty body when nothing is specified, and labels it with the UPN', async () => {
    const outcome = await issue(`johndoe@${DOMAIN}`);
    expect(outcome.ok).toBe(true);
    const [post] = requestsTo(graph.emulator, 'POST', /temporaryAccessPassMethods$/);
    expect(post?.path).toBe(`/v1.0/users/johndoe@${DOMAIN}/authentication/temporaryAccessPassMethods`);
    expect(post?.body).toEqual({});
    if (!outcome.ok) return;
    expect(outcome.record.get('UserPrincipalName')).toBe(`johndoe@${DOMAIN}`);
    expect(outcome.record.get('UserId')).toBeNull();
    expect(outcome.record.get('TemporaryAccessPass')).toBe(graph.emulator.state.currentTap(JOHN_DOE_ID)?.temporaryAccessPass);
  });

  it('sends exactly the specified fields, the start in UTC', async () => {
    const start = new PSDateTime(Date.now() + 2 * 3_600_000, 'Local');
    const outcome = await issue(JOHN_DOE_ID, { startDateTime: start, lifetimeInMinutes: 10, isUsableOnce: true });
    expect(failure(outcome)).toBe('succeeded');
    const [post] = requestsTo(graph.emulator, 'POST', /temporaryAccessPassMethods$/);
    expect(post?.path).toBe(`/v1.0/users/${JOHN_DOE_ID}/authentication/temporaryAccessPassMethods`);
    expect(post?.body).toEqual({ startDateTime: start.toISOString(), lifetimeInMinutes: 10, isUsableOnce: true });
    if (outcome.ok) expect(outcome.record.get('MethodUsabilityReason')).toBe('NotYetValid');
  });

  it("encodes an apostrophe and a leading $ so Graph finds the user", async () => {
    expect(failure(await issue(`o'brien@${DOMAIN}`))).toBe('succeeded');
    expect(failure(await issue(`$adm.ops@${DOMAIN}`))).toBe('succeeded');
    const paths = requestsTo(graph.emulator, 'POST', /temporaryAccessPassMethods$/).map((r) => r.path);
    expect(paths).toEqual([
      `/v1.0/users/o'brien@${DOMAIN}/authentication/temporaryAccessPassMethods`,
      `/v1.0/users('$adm.ops@${DOMAIN}')/authentication/temporaryAccessPassMethods`,
    ]);
  });

  it('reaches a guest through %23 and explains why guests get no pass', async () => {
    const outcome = await issue(`jane_fabrikam.com#EXT#@${DOMAIN}`);
    expect(requestsTo(graph.emulator, 'POST', /temporaryAccessPassMethods$/)[0]?.path).toBe(
      `/v1.0/users/jane_fabrikam.com%23EXT%23@${DOMAIN}/authentication/temporaryAccessPassMethods`,
    );
    expect(failure(outcome)).toContain("User 'jane_fabrikam.com#EXT#@contoso.onmicrosoft.com': a Temporary Access Pass was refused because it is an external guest account");
  });

  it('names an unknown user with the code and request-id', async () => {
    const outcome = await issue(`nobody@${DOMAIN}`);
    expect(failure(outcome)).toMatch(/^User 'nobody@contoso\.onmicrosoft\.com' was not found \(Request_ResourceNotFound, request-id [0-9a-f-]{36}\)\.$/);
    expect(outcome.ok || outcome.terminating).toBe(false);
  });

  it("says what lifetimes the tenant's policy allows, reading the policy once", async () => {
    graph.emulator.state.setPolicy({ minimumLifetimeInMinutes: 60 });
    const first = await issue(`johndoe@${DOMAIN}`, { lifetimeInMinutes: 10 });
    const second = await issue(`adelevance@${DOMAIN}`, { lifetimeInMinutes: 10 });
    expect(failure(first)).toContain('allows lifetimes from 60 to 480 minutes, default 60, and 10 minutes was requested');
    expect(failure(second)).toContain('-LifeTimeInMinutes between 60 and 480');
    expect(requestsTo(graph.emulator, 'GET', /authenticationMethodConfigurations\/TemporaryAccessPass$/)).toHaveLength(1);
  });

  it('explains a disabled policy', async () => {
    graph.emulator.state.setPolicy({ state: 'disabled' });
    expect(failure(await issue(`johndoe@${DOMAIN}`))).toContain('Temporary Access Pass is disabled');
  });

  it('explains a policy that only allows one-time passes', async () => {
    graph.emulator.state.setPolicy({ isUsableOnce: true });
    const outcome = await issue(`johndoe@${DOMAIN}`, { isUsableOnce: false });
    expect(failure(outcome)).toContain('only allows one-time passes');
  });
});
