/**
 * Turning a refused TAP creation into a message that says what the tenant allows and what to
 * change. PnP showed `Exception while invoking endpoint <url>.` and hid Graph's reason.
 *
 * Graph's refusals are terse ("Invalid LifetimeInMinutes specified. The valid range between 60
 * and 480."; "Converged UserCredentialPolicy does not allow creating or updating this
 * authentication method..."), so the caller reads the TAP policy when the token permits it and
 * passes it in; without it we fall back to what Graph's message itself says.
 */
import type { GraphError } from '../../../graph/errors.js';
import type { ErrorCategory } from '../../../pipeline/records.js';
import { categoryForStatus } from '../graph/graph-failure.js';
import type { TapRequestOptions } from './tap-body.js';
import type { TapPolicy } from './tap-policy-record.js';

export type TapFailureKind = 'notFound' | 'lifetime' | 'oneTimeRequired' | 'policyRefused' | 'guest' | 'forbidden' | 'other';

/** Only the parts of a GraphError this module reads, so unit tests can build one cheaply. */
export type TapGraphFailure = Pick<GraphError, 'status' | 'code' | 'message' | 'requestId' | 'toUserMessage'>;

export function classifyTapFailure(error: TapGraphFailure, request: TapRequestOptions): TapFailureKind {
  if (error.status === 404) return 'notFound';
  if (error.status === 403) return /UserCredentialPolicy/i.test(error.message) ? 'policyRefused' : 'forbidden';
  if (/LifetimeInMinutes/i.test(error.message)) return 'lifetime';
  if (/UserCredentialPolicy/i.test(error.message)) return 'policyRefused';
  if (/guest/i.test(error.message)) return 'guest';
  if (request.isUsableOnce === false && /usable\s*once|one-?time/i.test(error.message)) return 'oneTimeRequired';
  return 'other';
}

/** Whether reading the policy could make the message better. */
export function failureBenefitsFromPolicy(kind: TapFailureKind, request: TapRequestOptions, status: number): boolean {
  if (kind === 'lifetime' || kind === 'policyRefused' || kind === 'oneTimeRequired') return true;
  // A bare 400 for a multi-use request may be the policy demanding one-time use.
  return kind === 'other' && status === 400 && request.isUsableOnce === false;
}

export interface TapFailureDescription {
  readonly message: string;
  readonly errorId: string;
  readonly category: ErrorCategory;
  readonly recommendedAction?: string;
}

function ids(error: TapGraphFailure): string {
  const parts = [error.code, error.requestId === undefined ? undefined : `request-id ${error.requestId}`];
  return parts.filter((p): p is string => p !== undefined && p !== '').join(', ');
}

/** `Invalid LifetimeInMinutes specified. The valid range between 60 and 480.` → [60, 480]. */
export function lifetimeRangeFromMessage(message: string): [number, number] | undefined {
  const match = /between\s+(\d+)\s+and\s+(\d+)/i.exec(message);
  if (!match?.[1] || !match[2]) return undefined;
  return [Number(match[1]), Number(match[2])];
}

const SET_POLICY = 'Set-EntraIDTemporaryAccessPassPolicy';

function lifetimeExplanation(error: TapGraphFailure, request: TapRequestOptions, policy: TapPolicy | undefined): [string, string] {
  const min = policy?.minimumLifetimeInMinutes ?? lifetimeRangeFromMessage(error.message)?.[0];
  const max = policy?.maximumLifetimeInMinutes ?? lifetimeRangeFromMessage(error.message)?.[1];
  const asked = request.lifetimeInMinutes === undefined ? "the policy's default lifetime" : `${request.lifetimeInMinutes} minutes`;
  if (min === undefined || max === undefined) {
    return [`the lifetime was refused (${asked}): ${error.message.trim().replace(/\.+$/, '')}`, `Choose another -LifeTimeInMinutes, or review the range with Get-EntraIDTemporaryAccessPassPolicy.`];
  }
  const defaultText = policy?.defaultLifetimeInMinutes == null ? '' : `, default ${policy.defaultLifetimeInMinutes}`;
  return [
    `the tenant's Temporary Access Pass policy allows lifetimes from ${min} to ${max} minutes${defaultText}, and ${asked} was requested`,
    `Use -LifeTimeInMinutes between ${min} and ${max}, or change the allowed range with ${SET_POLICY} -MinimumLifetimeInMinutes <n> -MaximumLifetimeInMinutes <n>.`,
  ];
}

function policyRefusalExplanation(policy: TapPolicy | undefined): [string, string] {
  if (policy?.state.toLowerCase() === 'disabled') {
    return [
      "Temporary Access Pass is disabled in the tenant's authentication methods policy",
      `Enable it with ${SET_POLICY} -State Enabled (needs Policy.ReadWrite.AuthenticationMethod), then try again.`,
    ];
  }
  if (policy !== undefined) {
    return [
      "the tenant's Temporary Access Pass policy is enabled but does not cover this user (not in its include targets, or excluded)",
      'Add the user (or a group they belong to) to the policy\'s include targets, or remove them from its exclude targets, in the Entra admin center under Authentication methods > Temporary Access Pass.',
    ];
  }
  return [
    "the tenant's authentication methods policy does not allow a Temporary Access Pass for this user: the method is disabled, or the user is not among its targets",
    `Check the policy with Get-EntraIDTemporaryAccessPassPolicy (needs Policy.Read.All) and enable it with ${SET_POLICY} -State Enabled.`,
  ];
}

/**
 * The message for one failed user. `subject` names the user as the caller knows them, e.g.
 * `User 'x@contoso.com'`. The pass value is never part of any of this.
 */
export function describeTapFailure(
  error: TapGraphFailure,
  subject: string,
  request: TapRequestOptions,
  policy: TapPolicy | undefined,
  /** Why a 403 happened, from the token's claims (auth's explainForbidden); a generic hint otherwise. */
  forbiddenAdvice?: string,
): TapFailureDescription {
  const kind = classifyTapFailure(error, request);
  const suffix = ids(error) === '' ? '' : ` (${ids(error)})`;
  const refused = (reason: string, action: string, errorId: string, category: ErrorCategory): TapFailureDescription => ({
    message: `${subject}: a Temporary Access Pass was refused because ${reason}${suffix}. ${action}`,
    errorId,
    category,
    recommendedAction: action,
  });
  switch (kind) {
    case 'notFound':
      return { message: error.toUserMessage(subject), errorId: 'UserNotFound', category: 'ObjectNotFound' };
    case 'lifetime': {
      const [reason, action] = lifetimeExplanation(error, request, policy);
      return refused(reason, action, 'LifetimeOutOfPolicy', 'InvalidArgument');
    }
    case 'policyRefused': {
      const [reason, action] = policyRefusalExplanation(policy);
      return refused(reason, action, 'TemporaryAccessPassNotAllowed', 'PermissionDenied');
    }
    case 'guest':
      return refused(
        'it is an external guest account, and Graph does not issue Temporary Access Passes to guests',
        'Guests sign in with their home organisation; there is nothing to change here.',
        'GuestUserNotSupported',
        'InvalidOperation',
      );
    case 'forbidden': {
      const action =
        forbiddenAdvice ??
        'This needs the Microsoft Graph permission UserAuthenticationMethod.ReadWrite.All (application, or delegated together with the Authentication Administrator or Privileged Authentication Administrator role). Grant it to the app registration and grant admin consent, then connect again.';
      return { message: `${error.toUserMessage(subject)} ${action}`, errorId: 'AccessDenied', category: 'PermissionDenied', recommendedAction: action };
    }
    case 'oneTimeRequired':
      return oneTimeRefusal(refused);
    case 'other':
      if (error.status === 400 && request.isUsableOnce === false && policy?.isUsableOnce === true) return oneTimeRefusal(refused);
      return { message: error.toUserMessage(subject), errorId: 'TemporaryAccessPassFailed', category: categoryForStatus(error.status) };
  }
}

function oneTimeRefusal(
  refused: (reason: string, action: string, errorId: string, category: ErrorCategory) => TapFailureDescription,
): TapFailureDescription {
  return refused(
    "the tenant's Temporary Access Pass policy only allows one-time passes, and -IsUsableOnce:$false asked for a reusable one",
    `Leave out -IsUsableOnce (or pass -IsUsableOnce), or allow reusable passes with ${SET_POLICY} -IsUsableOnce:$false.`,
    'OneTimePassRequired',
    'InvalidArgument',
  );
}
