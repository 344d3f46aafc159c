/** Test-facing views of emulator state: plain objects, including what Graph never shows (the pass). */
import { graphDateTime } from './core/dates.js';
import type { UserRecord } from './directory/user.js';
import { policyCovers, type TapPolicy } from './tap/policy.js';
import { usability, type TapRecord, type UsabilityReason } from './tap/tap-store.js';

export interface TapSnapshot {
  readonly id: string;
  readonly userId: string;
  readonly userPrincipalName: string;
  /** The secret, for reconciliation in tests. Graph returns it only from the create call. */
  readonly temporaryAccessPass: string;
  readonly createdDateTime: string;
  readonly startDateTime: string;
  readonly lifetimeInMinutes: number;
  readonly isUsableOnce: boolean;
  readonly isUsable: boolean;
  readonly methodUsabilityReason: UsabilityReason;
  readonly used: boolean;
}

export function tapSnapshot(tap: TapRecord, user: UserRecord, policy: TapPolicy, inGroup: (groupId: string) => boolean, nowMs: number): TapSnapshot {
  const { isUsable, reason } = usability(tap, nowMs, policyCovers(policy, user, inGroup));
  return {
    id: tap.id,
    userId: user.id,
    userPrincipalName: user.userPrincipalName,
    temporaryAccessPass: tap.pass,
    createdDateTime: graphDateTime(tap.createdMs),
    startDateTime: graphDateTime(tap.startMs),
    lifetimeInMinutes: tap.lifetimeInMinutes,
    isUsableOnce: tap.isUsableOnce,
    isUsable,
    methodUsabilityReason: reason,
    used: tap.usedMs !== undefined,
  };
}
