import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after.js';
import { backoffDelay, decideRetry, DEFAULT_RETRY_POLICY, resolveRetryPolicy, type AttemptOutcome, type RetryContext } from './retry-policy.js';

const context = (overrides: Partial<RetryContext> = {}): RetryContext => ({
  method: 'POST',
  idempotentRetry: false,
  attempt: 1,
  elapsedMs: 0,
  random: () => 0.5,
  ...overrides,
});
const status = (code: number, retryAfterMs?: number): AttemptOutcome => ({ kind: 'status', status: code, retryAfterMs });

describe('parseRetryAfter', () => {
  it('reads whole and fractional seconds', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('0.25')).toBe(250);
    expect(parseRetryAfter(' 1.5 ')).toBe(1500);
  });
  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('Sun, 06 Nov 1994 08:49:37 GMT');
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:47 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', '-1', 'soon', '1e3', 'abc 99']) expect(parseRetryAfter(value)).toBeUndefined();
  });
});

describe('decideRetry', () => {
  it('retries 429 for every method, waiting what the service asked', () => {
    expect(decideRetry(status(429, 1200), context(), DEFAULT_RETRY_POLICY)).toEqual({ retry: true, delayMs: 1200, throttled: true });
  });
  it('retries a POST on 503 only with Retry-After', () => {
    expect(decideRetry(status(503, 2000), context(), DEFAULT_RETRY_POLICY)).toMatchObject({ retry: true, delayMs: 2000 });
    expect(decideRetry(status(503), context(), DEFAULT_RETRY_POLICY)).toMatchObject({ retry: false, reason: 'request may have been applied' });
    expect(decideRetry(status(503), context({ method: 'GET' }), DEFAULT_RETRY_POLICY)).toMatchObject({ retry: true });
  });
  it('treats 504, resets and timeouts as ambiguous for POST unless the call opted in', () => {
    const ambiguous: AttemptOutcome[] = [status(504), { kind: 'network', connectFailed: false }, { kind: 'timeout' }];
    for (const outcome of ambiguous) {
      expect(decideRetry(outcome, context(), DEFAULT_RETRY_POLICY).retry).toBe(false);
      expect(decideRetry(outcome, context({ idempotentRetry: true }), DEFAULT_RETRY_POLICY).retry).toBe(true);
      for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) expect(decideRetry(outcome, context({ method }), DEFAULT_RETRY_POLICY).retry).toBe(true);
    }
  });
  it('retries a refused connection for any method: the request never left', () => {
    expect(decideRetry({ kind: 'network', connectFailed: true }, context(), DEFAULT_RETRY_POLICY).retry).toBe(true);
  });
  it('never retries final statuses', () => {
    for (const code of [400, 401, 403, 404, 409, 500]) expect(decideRetry(status(code), context({ method: 'GET' }), DEFAULT_RETRY_POLICY).retry).toBe(false);
  });
  it('retries a 500 only for a call that opted in to replay, and only a few times', () => {
    expect(decideRetry(status(500), context({ method: 'PATCH' }), DEFAULT_RETRY_POLICY)).toMatchObject({ retry: false, reason: 'status is final' });
    expect(decideRetry(status(500), context({ idempotentRetry: true }), DEFAULT_RETRY_POLICY)).toEqual({ retry: true, delayMs: 375, throttled: false });
    const last = DEFAULT_RETRY_POLICY.serverErrorAttempts;
    // Counted in 500s, not attempts: earlier timeouts or throttles do not use up the allowance.
    expect(decideRetry(status(500), context({ idempotentRetry: true, attempt: 6, serverErrors: last - 1 }), DEFAULT_RETRY_POLICY).retry).toBe(true);
    expect(decideRetry(status(500), context({ idempotentRetry: true, attempt: last, serverErrors: last }), DEFAULT_RETRY_POLICY)).toMatchObject({ retry: false, reason: 'attempts exhausted' });
  });
  it('respects the attempt cap and the total budget', () => {
    const policy = resolveRetryPolicy({ maxAttempts: 3, totalBudgetMs: 10_000 });
    expect(decideRetry(status(429, 10), context({ attempt: 3 }), policy)).toMatchObject({ retry: false, reason: 'attempts exhausted' });
    expect(decideRetry(status(429, 5000), context({ attempt: 2, elapsedMs: 6000 }), policy)).toMatchObject({ retry: false, reason: 'retry budget exhausted' });
  });
  it('backs off exponentially with jitter, capped', () => {
    const policy = resolveRetryPolicy({ baseDelayMs: 1000, maxDelayMs: 8000 });
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, policy, () => 0))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, policy, () => 0.999_999))).toEqual([1000, 2000, 4000, 8000, 8000]);
  });
  it('rejects a nonsensical policy', () => {
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).toThrow(RangeError);
  });
});
