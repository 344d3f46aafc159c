/** The TAP policy (temporaryAccessPassAuthenticationMethodConfiguration) as a record, and its parsed form. */
import { PSObject } from '../../../values/model.js';

export const TAP_POLICY_TYPE_NAME = 'EntraShell.TemporaryAccessPassPolicy';
export const TAP_POLICY_PATH = '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass';
export const TAP_POLICY_ODATA_TYPE = '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration';

/** The policy fields the cmdlets reason about. */
export interface TapPolicy {
  readonly state: 'enabled' | 'disabled' | string;
  readonly defaultLifetimeInMinutes: number | null;
  readonly minimumLifetimeInMinutes: number | null;
  readonly maximumLifetimeInMinutes: number | null;
  readonly defaultLength: number | null;
  readonly isUsableOnce: boolean | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export function parseTapPolicy(json: Record<string, unknown>): TapPolicy {
  return {
    state: typeof json['state'] === 'string' ? json['state'] : 'disabled',
    defaultLifetimeInMinutes: num(json['defaultLifetimeInMinutes']),
    minimumLifetimeInMinutes: num(json['minimumLifetimeInMinutes']),
    maximumLifetimeInMinutes: num(json['maximumLifetimeInMinutes']),
    defaultLength: num(json['defaultLength']),
    isUsableOnce: typeof json['isUsableOnce'] === 'boolean' ? json['isUsableOnce'] : null,
  };
}

/** `enabled` → `Enabled`: how PowerShell users write enum values. */
export function displayState(state: string): string {
  return state.length === 0 ? state : state[0]?.toUpperCase() + state.slice(1);
}

/** Targets as objects, so lists show `@{targetType=group; id=all_users; ...}` as PowerShell does. */
function targets(value: unknown): PSObject[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((t): t is Record<string, unknown> => t !== null && typeof t === 'object')
    .map((t) => new PSObject(Object.entries(t).map(([k, v]) => [k, v ?? null] as [string, unknown])));
}

export function tapPolicyRecordFromGraph(json: Record<string, unknown>): PSObject {
  const policy = parseTapPolicy(json);
  return new PSObject(
    [
      ['Id', typeof json['id'] === 'string' ? json['id'] : 'TemporaryAccessPass'],
      ['State', displayState(policy.state)],
      ['DefaultLifetimeInMinutes', policy.defaultLifetimeInMinutes],
      ['MinimumLifetimeInMinutes', policy.minimumLifetimeInMinutes],
      ['MaximumLifetimeInMinutes', policy.maximumLifetimeInMinutes],
      ['DefaultLength', policy.defaultLength],
      ['IsUsableOnce', policy.isUsableOnce],
      ['IncludeTargets', targets(json['includeTargets'])],
      ['ExcludeTargets', targets(json['excludeTargets'])],
    ],
    [TAP_POLICY_TYPE_NAME, 'System.Management.Automation.PSCustomObject'],
  );
}
