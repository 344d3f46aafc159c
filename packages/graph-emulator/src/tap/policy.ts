/**
 * The tenant's Temporary Access Pass policy (temporaryAccessPassAuthenticationMethodConfiguration):
 * its defaults, who it targets, and the validation a PATCH goes through.
 */
import type { UserRecord } from '../directory/user.js';

export interface PolicyTarget {
  readonly targetType: 'group' | 'user';
  readonly id: string;
  readonly isRegistrationRequired?: boolean;
}

export interface TapPolicy {
  readonly state: 'enabled' | 'disabled';
  readonly defaultLifetimeInMinutes: number;
  readonly defaultLength: number;
  readonly minimumLifetimeInMinutes: number;
  readonly maximumLifetimeInMinutes: number;
  readonly isUsableOnce: boolean;
  readonly includeTargets: readonly PolicyTarget[];
  readonly excludeTargets: readonly PolicyTarget[];
}

export const TAP_POLICY_TYPE = '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration';
export const ALL_USERS = 'all_users';

const ALL_USERS_TARGET: PolicyTarget = { targetType: 'group', id: ALL_USERS, isRegistrationRequired: false };

/** What Graph documents for a tenant that never touched the policy. */
export const GRAPH_DEFAULT_POLICY: TapPolicy = {
  state: 'disabled',
  defaultLifetimeInMinutes: 60,
  defaultLength: 8,
  minimumLifetimeInMinutes: 60,
  maximumLifetimeInMinutes: 480,
  isUsableOnce: false,
  includeTargets: [ALL_USERS_TARGET],
  excludeTargets: [],
};

/** The demo tenant: enabled for everyone, minimum 10 minutes so every seed example succeeds. */
export const DEMO_POLICY: TapPolicy = {
  ...GRAPH_DEFAULT_POLICY,
  state: 'enabled',
  minimumLifetimeInMinutes: 10,
};

export const LIFETIME_BOUNDS = { min: 10, max: 43_200 } as const;
export const LENGTH_BOUNDS = { min: 8, max: 48 } as const;

/**
 * Whether the policy lets this user have a TAP at all (state and targets); `inGroup` says whether
 * the user is in a group (nested membership counts).
 */
export function policyCovers(policy: TapPolicy, user: UserRecord, inGroup: (groupId: string) => boolean): boolean {
  if (policy.state !== 'enabled') return false;
  const matches = (target: PolicyTarget): boolean =>
    target.targetType === 'user' ? target.id.toLowerCase() === user.id.toLowerCase() : target.id === ALL_USERS || inGroup(target.id);
  return policy.includeTargets.some(matches) && !policy.excludeTargets.some(matches);
}

/** A policy problem: the message Graph-style callers see. */
export class PolicyValidationError extends Error {}

const NUMBER_FIELDS = ['defaultLifetimeInMinutes', 'defaultLength', 'minimumLifetimeInMinutes', 'maximumLifetimeInMinutes'] as const;
const KNOWN_FIELDS = new Set<string>(['@odata.type', '@odata.context', 'id', 'state', 'isUsableOnce', 'includeTargets', 'excludeTargets', 'includeTargets@odata.context', ...NUMBER_FIELDS]);

function integerIn(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new PolicyValidationError(`Invalid value for property '${name}': an integer is required.`);
  if (value < min || value > max) throw new PolicyValidationError(`Invalid value for property '${name}': ${value} is outside the allowed range ${min} to ${max}.`);
  return value;
}

function parseTargets(name: string, value: unknown): PolicyTarget[] {
  if (!Array.isArray(value)) throw new PolicyValidationError(`Invalid value for property '${name}': an array of targets is required.`);
  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) throw new PolicyValidationError(`Invalid value for property '${name}': each target must be an object.`);
    const target = item as Record<string, unknown>;
    const targetType = target['targetType'] ?? 'group';
    if (targetType !== 'group' && targetType !== 'user') throw new PolicyValidationError(`Invalid targetType '${String(targetType)}' in '${name}': use 'group' or 'user'.`);
    if (typeof target['id'] !== 'string' || target['id'] === '') throw new PolicyValidationError(`Every target in '${name}' needs an id.`);
    const required = target['isRegistrationRequired'];
    if (required !== undefined && typeof required !== 'boolean') throw new PolicyValidationError(`isRegistrationRequired in '${name}' must be a boolean.`);
    return { targetType, id: target['id'], ...(required === undefined ? {} : { isRegistrationRequired: required }) };
  });
}

/**
 * Applies a PATCH body to a policy. Throws PolicyValidationError with a message for the caller;
 * the combined result must keep minimum <= default <= maximum.
 */
export function applyPolicyPatch(current: TapPolicy, body: unknown, options: { requireODataType: boolean }): TapPolicy {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new PolicyValidationError('The request body must be a JSON object.');
  const patch = body as Record<string, unknown>;
  if (options.requireODataType && patch['@odata.type'] !== TAP_POLICY_TYPE) {
    throw new PolicyValidationError(`The request body must include "@odata.type": "${TAP_POLICY_TYPE}".`);
  }
  for (const key of Object.keys(patch)) {
    if (!KNOWN_FIELDS.has(key)) {
      throw new PolicyValidationError(`The property '${key}' does not exist on type 'microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
  }
  if (patch['id'] !== undefined && String(patch['id']).toLowerCase() !== 'temporaryaccesspass') throw new PolicyValidationError("The id of this configuration is 'TemporaryAccessPass' and cannot be changed.");
  const next: { -readonly [K in keyof TapPolicy]: TapPolicy[K] } = { ...current };
  if (patch['state'] !== undefined) {
    const state = String(patch['state']).toLowerCase();
    if (typeof patch['state'] !== 'string' || (state !== 'enabled' && state !== 'disabled')) throw new PolicyValidationError("Invalid value for property 'state': use 'enabled' or 'disabled'.");
    next.state = state;
  }
  if (patch['isUsableOnce'] !== undefined) {
    if (typeof patch['isUsableOnce'] !== 'boolean') throw new PolicyValidationError("Invalid value for property 'isUsableOnce': a boolean is required.");
    next.isUsableOnce = patch['isUsableOnce'];
  }
  if (patch['defaultLength'] !== undefined) next.defaultLength = integerIn('defaultLength', patch['defaultLength'], LENGTH_BOUNDS.min, LENGTH_BOUNDS.max);
  for (const name of ['minimumLifetimeInMinutes', 'maximumLifetimeInMinutes', 'defaultLifetimeInMinutes'] as const) {
    if (patch[name] !== undefined) next[name] = integerIn(name, patch[name], LIFETIME_BOUNDS.min, LIFETIME_BOUNDS.max);
  }
  if (patch['includeTargets'] !== undefined) next.includeTargets = parseTargets('includeTargets', patch['includeTargets']);
  if (patch['excludeTargets'] !== undefined) next.excludeTargets = parseTargets('excludeTargets', patch['excludeTargets']);
  if (next.minimumLifetimeInMinutes > next.maximumLifetimeInMinutes) {
    throw new PolicyValidationError(`minimumLifetimeInMinutes (${next.minimumLifetimeInMinutes}) cannot be greater than maximumLifetimeInMinutes (${next.maximumLifetimeInMinutes}).`);
  }
  if (next.defaultLifetimeInMinutes < next.minimumLifetimeInMinutes || next.defaultLifetimeInMinutes > next.maximumLifetimeInMinutes) {
    throw new PolicyValidationError(`defaultLifetimeInMinutes (${next.defaultLifetimeInMinutes}) must be between minimumLifetimeInMinutes (${next.minimumLifetimeInMinutes}) and maximumLifetimeInMinutes (${next.maximumLifetimeInMinutes}).`);
  }
  return next;
}
