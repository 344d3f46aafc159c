/**
 * Temporary Access Passes held by the tenant: at most one per user, the count of passes ever
 * issued per user (for reconciliation), and the usability Graph computes on every read.
 */
import { graphDateTime } from '../core/dates.js';

export interface TapRecord {
  readonly id: string;
  readonly userId: string;
  readonly createdMs: number;
  readonly startMs: number;
  readonly lifetimeInMinutes: number;
  readonly isUsableOnce: boolean;
  readonly pass: string;
  readonly usedMs?: number;
}

export type UsabilityReason = 'EnabledByPolicy' | 'DisabledByPolicy' | 'Expired' | 'NotYetValid' | 'OneTimeUsed';

export const TAP_TYPE = '#microsoft.graph.temporaryAccessPassAuthenticationMethod';

/** Whether a pass can be used right now, and Graph's reason. */
export function usability(tap: TapRecord, nowMs: number, allowedByPolicy: boolean): { isUsable: boolean; reason: UsabilityReason } {
  if (!allowedByPolicy) return { isUsable: false, reason: 'DisabledByPolicy' };
  if (tap.isUsableOnce && tap.usedMs !== undefined) return { isUsable: false, reason: 'OneTimeUsed' };
  if (nowMs < tap.startMs) return { isUsable: false, reason: 'NotYetValid' };
  if (nowMs >= tap.startMs + tap.lifetimeInMinutes * 60_000) return { isUsable: false, reason: 'Expired' };
  return { isUsable: true, reason: 'EnabledByPolicy' };
}

/** The Graph JSON of a pass. The secret only appears when `includePass` (the create response). */
export function serializeTap(tap: TapRecord, nowMs: number, allowedByPolicy: boolean, includePass: boolean): Record<string, unknown> {
  const { isUsable, reason } = usability(tap, nowMs, allowedByPolicy);
  return {
    '@odata.type': TAP_TYPE,
    id: tap.id,
    temporaryAccessPass: includePass ? tap.pass : null,
    createdDateTime: graphDateTime(tap.createdMs),
    startDateTime: graphDateTime(tap.startMs),
    lifetimeInMinutes: tap.lifetimeInMinutes,
    isUsableOnce: tap.isUsableOnce,
    isUsable,
    methodUsabilityReason: reason,
  };
}

export class TapStore {
  readonly #byUser = new Map<string, TapRecord>();
  readonly #issued = new Map<string, number>();

  current(userId: string): TapRecord | undefined {
    return this.#byUser.get(userId);
  }

  /** Stores a new pass; an existing one is deleted first, as Graph does. */
  issue(tap: TapRecord): void {
    this.#byUser.set(tap.userId, tap);
    this.#issued.set(tap.userId, (this.#issued.get(tap.userId) ?? 0) + 1);
  }

  delete(userId: string, tapId: string): boolean {
    const current = this.#byUser.get(userId);
    if (current?.id.toLowerCase() !== tapId.toLowerCase()) return false;
    this.#byUser.delete(userId);
    return true;
  }

  /** Records a sign-in with the pass (test route). */
  markUsed(userId: string, nowMs: number): TapRecord | undefined {
    const current = this.#byUser.get(userId);
    if (current === undefined) return undefined;
    const used = { ...current, usedMs: nowMs };
    this.#byUser.set(userId, used);
    return used;
  }

  issuedCount(userId: string): number {
    return this.#issued.get(userId) ?? 0;
  }

  /** Users that were ever issued a pass, with how many. */
  issuedCounts(): ReadonlyMap<string, number> {
    return this.#issued;
  }

  get totalIssued(): number {
    let total = 0;
    for (const count of this.#issued.values()) total += count;
    return total;
  }
}
