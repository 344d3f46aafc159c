/**
 * Issuing one Temporary Access Pass: the POST, and the translation of its outcome into either a
 * TemporaryAccessPass record or an error that names the user and the cause. Used concurrently by
 * New-EntraIDUserTemporaryAccessPass; never throws for a per-user failure.
 */
import type { TokenClaims } from '../../../auth/claims.js';
import { explainForbidden } from '../../../auth/permissions.js';
import type { GraphClient } from '../../../graph/client.js';
import { isGraphError } from '../../../graph/errors.js';
import type { LimiterSlot } from '../../../graph/adaptive-limiter.js';
import type { ErrorInfo } from '../../../pipeline/records.js';
import type { PSObject } from '../../../values/model.js';
import type { UserIdentity } from '../identity/user-pipe-bind.js';
import { tapMethodsPath } from '../identity/user-path.js';
import { graphFailureInfo, isAuthenticationFailure } from '../graph/graph-failure.js';
import { TAP_WRITE } from '../graph/permissions.js';
import { buildTapCreateBody, type TapRequestOptions } from './tap-body.js';
import { checkPassIsCurrent } from './tap-confirmation.js';
import { describeTapFailure, failureBenefitsFromPolicy, classifyTapFailure } from './tap-failure.js';
import type { TapPolicyReader } from './tap-policy-reader.js';
import { tapRecordFromGraph } from './tap-record.js';

export type IssueOutcome =
  | { readonly ok: true; readonly record: PSObject }
  | { readonly ok: false; readonly error: ErrorInfo; readonly terminating: boolean };

export interface TapIssuerContext {
  readonly client: GraphClient;
  readonly claims: TokenClaims;
  readonly policy: TapPolicyReader;
  readonly command: string;
}

/** Issues per user when a delayed earlier attempt keeps replacing the pass we received. */
const MAX_ISSUE_ROUNDS = 3;

export function userSubject(identity: UserIdentity): string {
  return `User '${identity.display}'`;
}

function notConfirmed(identity: UserIdentity, rounds: number): ErrorInfo {
  return {
    message: `${userSubject(identity)}: each of ${rounds} passes Microsoft Graph returned was replaced at once by an earlier request that completed late (after a timeout or a dropped connection), so none of them can be handed out.`,
    errorId: 'TemporaryAccessPassNotConfirmed',
    category: 'OperationTimeout',
    targetObject: identity.display,
    recommendedAction: 'Run the command again for this user; the new pass replaces the one nobody saw.',
  };
}

export async function issueTap(
  context: TapIssuerContext,
  identity: UserIdentity,
  options: TapRequestOptions,
  slot: LimiterSlot,
): Promise<IssueOutcome> {
  // Once any attempt's fate was unknown, every later pass is confirmed before it is reported.
  let ambiguous = false;
  try {
    for (let round = 1; ; round++) {
      const response = await context.client.post<Record<string, unknown>>(tapMethodsPath(identity.key), buildTapCreateBody(options), {
        ...(slot.signal === undefined ? {} : { signal: slot.signal }),
        // A new pass replaces the old one, so replaying after an ambiguous failure is safe as long
        // as we report the pass of the last response, which is the only one the client returns.
        idempotentRetry: true,
        // Throttled retries wait for their turn in the limiter, so they count against -ThrottleLimit.
        limiterSlot: slot,
      });
      const record = tapRecordFromGraph(response.body, { userPrincipalName: identity.userPrincipalName ?? null, userId: identity.id ?? null });
      // An attempt we gave up on may still complete after this one and replace our pass: confirm.
      ambiguous ||= response.afterAmbiguousAttempt === true;
      if (!ambiguous) return { ok: true, record };
      const check = await checkPassIsCurrent(context.client, identity.key, response.body['id'], slot);
      if (check !== 'replaced') return { ok: true, record };
      if (round >= MAX_ISSUE_ROUNDS) return { ok: false, terminating: false, error: notConfirmed(identity, round) };
    }
  } catch (error) {
    if (slot.signal?.aborted === true || !isGraphError(error)) throw error;
    const subject = userSubject(identity);
    if (isAuthenticationFailure(error)) {
      return { ok: false, terminating: true, error: graphFailureInfo(error, { subject, requirement: TAP_WRITE, claims: context.claims, command: context.command, targetObject: identity.display }) };
    }
    const kind = classifyTapFailure(error, options);
    const policy = failureBenefitsFromPolicy(kind, options, error.status) ? await context.policy.read() : undefined;
    const description = describeTapFailure(error, subject, options, policy, explainForbidden(context.claims, TAP_WRITE, { command: context.command }));
    return {
      ok: false,
      terminating: false,
      error: {
        message: description.message,
        errorId: description.errorId,
        category: description.category,
        targetObject: identity.display,
        cause: error,
        ...(description.recommendedAction === undefined ? {} : { recommendedAction: description.recommendedAction }),
      },
    };
  }
}
