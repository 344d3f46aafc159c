/**
 * Graph's identity and access throttling: token buckets of resource units per 10 s and writes
 * per 150 s for each app+tenant pair, and writes per 5 min for the tenant across apps. `scale`
 * compresses time: every window is divided by it, so the same budgets refill that much faster.
 */
import { TokenBucket } from './token-bucket.js';

export interface ThrottleLimit {
  readonly limit: number;
  readonly windowSeconds: number;
}

export interface ThrottleLimits {
  /** Per app+tenant; default by tenant size: 3,500 (< 50 users), 5,000 (50-500), 8,000 (> 500) per 10 s. */
  readonly resourceUnits?: ThrottleLimit;
  /** Per app+tenant; default 3,000 per 150 s. */
  readonly writes?: ThrottleLimit;
  /** Per tenant across apps; default 18,000 per 300 s. */
  readonly tenantWrites?: ThrottleLimit;
}

export interface ThrottlingOptions {
  /** Default false: nothing is refused, but costs are still reported in x-ms-resource-unit. */
  readonly enabled?: boolean;
  /** Time compression factor (> 0); default 1. */
  readonly scale?: number;
  readonly limits?: ThrottleLimits;
}

export interface RequestCost {
  readonly resourceUnits: number;
  readonly writes: number;
}

export type ThrottleDecision =
  | { readonly ok: true; readonly headers: Record<string, string> }
  | { readonly ok: false; readonly retryAfterSeconds: number; readonly headers: Record<string, string> };

export const DEFAULT_WRITES: ThrottleLimit = { limit: 3000, windowSeconds: 150 };
export const DEFAULT_TENANT_WRITES: ThrottleLimit = { limit: 18_000, windowSeconds: 300 };

export function resourceUnitsForTenantSize(users: number): ThrottleLimit {
  return { limit: users < 50 ? 3500 : users <= 500 ? 5000 : 8000, windowSeconds: 10 };
}

/** Retry-After in seconds, fractional, rounded up to the millisecond. */
export function formatRetryAfter(ms: number): string {
  // The epsilon keeps float noise (1.0000000000000009 ms) from adding a whole millisecond.
  return String(Math.max(1, Math.ceil(ms - 1e-6)) / 1000);
}

interface Candidate {
  readonly bucket: TokenBucket;
  readonly cost: number;
  readonly scope: string;
  readonly information: string;
}

export class Throttler {
  readonly #buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly options: ThrottlingOptions,
    private readonly tenantSize: () => number,
  ) {
    const scale = options.scale ?? 1;
    if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError('throttling.scale must be a positive number');
  }

  get enabled(): boolean {
    return this.options.enabled === true;
  }

  #bucket(key: string, limit: ThrottleLimit, nowMs: number): TokenBucket {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      bucket = new TokenBucket(limit.limit, (limit.windowSeconds * 1000) / (this.options.scale ?? 1), nowMs);
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  check(appId: string, tenantId: string, cost: RequestCost, nowMs: number): ThrottleDecision {
    const headers: Record<string, string> = { 'x-ms-resource-unit': String(cost.resourceUnits) };
    if (!this.enabled) return { ok: true, headers };
    const limits = this.options.limits ?? {};
    const candidates: Candidate[] = [
      {
        bucket: this.#bucket(`ru/${appId}/${tenantId}`, limits.resourceUnits ?? resourceUnitsForTenantSize(this.tenantSize()), nowMs),
        cost: cost.resourceUnits,
        scope: `Tenant_Application/ReadWrite/${appId}/${tenantId}`,
        information: 'ResourceUnitLimitExceeded',
      },
    ];
    if (cost.writes > 0) {
      candidates.push(
        { bucket: this.#bucket(`w/${appId}/${tenantId}`, limits.writes ?? DEFAULT_WRITES, nowMs), cost: cost.writes, scope: `Tenant_Application/Write/${appId}/${tenantId}`, information: 'WriteLimitExceeded' },
        { bucket: this.#bucket(`tw/${tenantId}`, limits.tenantWrites ?? DEFAULT_TENANT_WRITES, nowMs), cost: cost.writes, scope: `Tenant/Write/${appId}/${tenantId}`, information: 'WriteLimitExceeded' },
      );
    }
    let worst: { wait: number; candidate: Candidate } | undefined;
    for (const candidate of candidates) {
      const wait = candidate.bucket.waitFor(candidate.cost, nowMs);
      if (wait > 0 && (worst === undefined || wait > worst.wait)) worst = { wait, candidate };
    }
    if (worst !== undefined) {
      const retryAfter = formatRetryAfter(worst.wait);
      return {
        ok: false,
        retryAfterSeconds: Number(retryAfter),
        headers: { ...headers, 'Retry-After': retryAfter, 'x-ms-throttle-scope': worst.candidate.scope, 'x-ms-throttle-information': worst.candidate.information },
      };
    }
    for (const candidate of candidates) candidate.bucket.take(candidate.cost, nowMs);
    // Graph reports the share of the app's limit in use once it passes 0.8.
    const usage = Math.max(...candidates.slice(0, 2).map((c) => c.bucket.usage(nowMs)));
    if (usage > 0.8) headers['x-ms-throttle-limit-percentage'] = usage.toFixed(2);
    return { ok: true, headers };
  }
}
