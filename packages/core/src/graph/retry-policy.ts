/**
 * What the Graph client retries, and how long it waits. Pure decisions, no I/O, so every rule is
 * unit-tested without a server. The reasoning is written down in ./README.md.
 */

export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  readonly maxAttempts: number;
  /** No retry starts once this much time has passed since the first attempt (waits included). */
  readonly totalBudgetMs: number;
  /** First backoff step when the service gave no Retry-After. */
  readonly baseDelayMs: number;
  /** Cap for one backoff step (not for a Retry-After the service asked for). */
  readonly maxDelayMs: number;
  /** Statuses that mean "not now": the request may be sent again later. */
  readonly retryStatuses: readonly number[];
  /** 500 answers a request the caller may replay (`idempotentRetry`) can get before the last one stands. */
  readonly serverErrorAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  totalBudgetMs: 180_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  retryStatuses: [429, 503, 504],
  serverErrorAttempts: 3,
};

export function resolveRetryPolicy(overrides: Partial<RetryPolicy> | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  if (!(policy.maxAttempts >= 1)) throw new RangeError('retry.maxAttempts must be at least 1');
  if (!(policy.baseDelayMs >= 0) || !(policy.maxDelayMs >= 0) || !(policy.totalBudgetMs >= 0)) {
    throw new RangeError('retry delays and budget must not be negative');
  }
  return policy;
}

/** Methods whose replay leaves the resource as one call would (RFC 9110 §9.2.2, plus Graph's PATCH which sets properties). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);

export type AttemptOutcome =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterMs: number | undefined }
  /** No response: reset, refused, DNS... `connectFailed` when the request surely never left (ECONNREFUSED). */
  | { readonly kind: 'network'; readonly connectFailed: boolean }
  | { readonly kind: 'timeout' };

export interface RetryContext {
  readonly method: string;
  /** Caller vouches that replaying this request is harmless even when we cannot tell whether it ran. */
  readonly idempotentRetry: boolean;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** 500 answers so far, this one included (default: 1 when this outcome is a 500). */
  readonly serverErrors?: number;
  readonly elapsedMs: number;
  /** Uniform [0, 1); injectable for deterministic tests. */
  readonly random: () => number;
}

export type RetryDecision =
  | { readonly retry: false; readonly reason: string }
  | { readonly retry: true; readonly delayMs: number; readonly throttled: boolean };

/**
 * Decide whether the outcome of one attempt is worth another, and after how long.
 *
 * - 429, or 503 with Retry-After: the service says it did not process the request. Safe for any
 *   method, POST included.
 * - 503 without Retry-After, 504, connection reset, timeout: ambiguous, the request may have been
 *   applied. Retried only for idempotent methods or when the caller opted in (`idempotentRetry`).
 * - A connection that was refused never carried the request: safe for any method.
 * - 500 is final, except for a caller that opted in: it may have come after the change was made
 *   (for TAP creation, a pass nobody saw), and a replay fixes that. Only until the
 *   `serverErrorAttempts`-th 500, because a 500 that repeats is likely to repeat for good and would hold the request
 *   for the whole budget.
 *
 * Why TAP creation opts in (`idempotentRetry: true`): a user holds at most one Temporary Access
 * Pass and creating one replaces the existing one. After a reset or timeout, a retry therefore
 * either creates the pass for the first time or replaces the one the lost attempt created: the
 * user never ends up with two. What must not happen is reporting a pass that was replaced, so the
 * client only ever returns the response of its last attempt; earlier responses are dropped unread.
 */
export function decideRetry(outcome: AttemptOutcome, context: RetryContext, policy: RetryPolicy): RetryDecision {
  const safeToReplay = context.idempotentRetry || IDEMPOTENT_METHODS.has(context.method.toUpperCase());
  let serviceWait: number | undefined;
  let throttled = false;

  if (outcome.kind === 'status') {
    if (outcome.status === 500 && context.idempotentRetry) {
      if ((context.serverErrors ?? 1) >= policy.serverErrorAttempts) return { retry: false, reason: 'attempts exhausted' };
    } else if (!policy.retryStatuses.includes(outcome.status)) {
      return { retry: false, reason: 'status is final' };
    }
    const notProcessed = outcome.status === 429 || (outcome.status === 503 && outcome.retryAfterMs !== undefined);
    if (!notProcessed && !safeToReplay) return { retry: false, reason: 'request may have been applied' };
    serviceWait = outcome.retryAfterMs;
    throttled = notProcessed;
  } else if (outcome.kind === 'network') {
    if (!outcome.connectFailed && !safeToReplay) return { retry: false, reason: 'request may have been applied' };
  } else if (!safeToReplay) {
    return { retry: false, reason: 'request may have been applied' };
  }

  if (context.attempt >= policy.maxAttempts) return { retry: false, reason: 'attempts exhausted' };
  const delayMs = serviceWait ?? backoffDelay(context.attempt, policy, context.random);
  if (context.elapsedMs + delayMs > policy.totalBudgetMs) return { retry: false, reason: 'retry budget exhausted' };
  return { retry: true, delayMs, throttled };
}

/**
 * "Full jitter" between half and all of the capped exponential step: spreads a crowd of clients
 * that failed together, yet never collapses to an immediate retry.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}
