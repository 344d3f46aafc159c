import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/errors.js';
import { classifyTapFailure, describeTapFailure, failureBenefitsFromPolicy, lifetimeRangeFromMessage } from './tap-failure.js';
import type { TapPolicy } from './tap-policy-record.js';

function graphError(status: number, code: string, message: string): GraphError {
  return new GraphError({ status, code, message, method: 'POST', path: '/v1.0/users/x/authentication/temporaryAccessPassMethods', requestId: 'req-1' });
}

const policy: TapPolicy = {
  state: 'enabled',
  defaultLifetimeInMinutes: 60,
  minimumLifetimeInMinutes: 60,
  maximumLifetimeInMinutes: 480,
  defaultLength: 8,
  isUsableOnce: false,
};
const subject = "User 'x@contoso.com'";

describe('describeTapFailure', () => {
  it('names the user for a 404', () => {
    const d = describeTapFailure(graphError(404, 'Request_ResourceNotFound', "Resource 'x' does not exist."), subject, {}, undefined);
    expect(d.message).toBe("User 'x@contoso.com' was not found (Request_ResourceNotFound, request-id req-1).");
    expect(d.category).toBe('ObjectNotFound');
  });

  it("says what lifetimes the tenant allows and how to change them, from the policy", () => {
    const e = graphError(400, 'badRequest', 'Invalid LifetimeInMinutes specified. The valid range between 60 and 480.');
    const d = describeTapFailure(e, subject, { lifetimeInMinutes: 10 }, policy);
    expect(d.message).toContain('allows lifetimes from 60 to 480 minutes, default 60, and 10 minutes was requested');
    expect(d.message).toContain('(badRequest, request-id req-1)');
    expect(d.message).toContain('-LifeTimeInMinutes between 60 and 480');
    expect(d.message).toContain('Set-EntraIDTemporaryAccessPassPolicy -MinimumLifetimeInMinutes');
    expect(d.errorId).toBe('LifetimeOutOfPolicy');
  });

  it("falls back to the range in Graph's message when the policy cannot be read", () => {
    const e = graphError(400, 'badRequest', 'Invalid LifetimeInMinutes specified. The valid range between 30 and 90.');
    expect(describeTapFailure(e, subject, { lifetimeInMinutes: 10 }, undefined).message).toContain('from 30 to 90 minutes, and 10 minutes');
    expect(lifetimeRangeFromMessage('nothing here')).toBeUndefined();
  });

  it('explains a disabled policy, and a user outside the targets', () => {
    const e = graphError(400, 'badRequest', 'Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].');
    const disabled = describeTapFailure(e, subject, {}, { ...policy, state: 'disabled' });
    expect(disabled.message).toContain('Temporary Access Pass is disabled');
    expect(disabled.message).toContain('Set-EntraIDTemporaryAccessPassPolicy -State Enabled');
    expect(describeTapFailure(e, subject, {}, policy).message).toContain('does not cover this user');
    expect(describeTapFailure(e, subject, {}, undefined).message).toContain('the method is disabled, or the user is not among its targets');
  });

  it('explains a one-time-only policy refusing a reusable pass', () => {
    const e = graphError(400, 'badRequest', 'The policy requires that the pass is usable once.');
    expect(classifyTapFailure(e, { isUsableOnce: false })).toBe('oneTimeRequired');
    const vague = graphError(400, 'badRequest', 'Bad request.');
    expect(failureBenefitsFromPolicy(classifyTapFailure(vague, { isUsableOnce: false }), { isUsableOnce: false }, 400)).toBe(true);
    const d = describeTapFailure(vague, subject, { isUsableOnce: false }, { ...policy, isUsableOnce: true });
    expect(d.message).toContain('only allows one-time passes');
    expect(d.errorId).toBe('OneTimePassRequired');
  });

  it('names the missing permission on a 403', () => {
    const e = graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    const d = describeTapFailure(e, subject, {}, undefined);
    expect(d.message).toContain('Insufficient privileges to complete the operation (Authorization_RequestDenied, request-id req-1).');
    expect(d.message).toContain('UserAuthenticationMethod.ReadWrite.All');
    expect(d.category).toBe('PermissionDenied');
  });

  it('explains guests', () => {
    const e = graphError(400, 'badRequest', 'Temporary Access Pass cannot be added to an external guest user.');
    expect(describeTapFailure(e, subject, {}, undefined).message).toContain('external guest account');
  });
});
