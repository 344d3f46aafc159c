/** Public shapes of the Graph client, kept apart so paging and batching depend on types only. */
import type { LimiterSlot } from './adaptive-limiter.js';
import type { RetryPolicy } from './retry-policy.js';
import type { SleepFn } from './sleep.js';
import type { TokenCredentialLike } from './token-cache.js';
import type { Query } from './url.js';

export interface ThrottleEvent {
  readonly method: string;
  /** Path relative to the Graph origin. */
  readonly path: string;
  readonly status: number;
  /** What the service asked for, when it did. */
  readonly retryAfterMs: number | undefined;
  /** How long the client will wait before retrying; undefined when it gives up. */
  readonly delayMs: number | undefined;
  readonly attempt: number;
  readonly clientRequestId: string;
}

export interface RetryEvent {
  readonly method: string;
  readonly path: string;
  readonly reason: 'throttled' | 'unavailable' | 'network' | 'timeout' | 'unauthorized';
  /** Status of the failed attempt, 0 without a response. */
  readonly status: number;
  readonly delayMs: number;
  /** The attempt that failed (1 = first). */
  readonly attempt: number;
  readonly clientRequestId: string;
}

export interface GraphClientOptions {
  /** `https://graph.microsoft.com`, a national cloud, or a Graph-compatible endpoint such as `http://127.0.0.1:5001`. */
  readonly baseUrl: string;
  readonly credential: TokenCredentialLike;
  /** Default `[<baseUrl origin>/.default]`. */
  readonly scopes?: readonly string[];
  /** Default 'v1.0'. */
  readonly apiVersion?: string;
  /** Per attempt, body included. Default 60 s. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Every 429 (and 503 with Retry-After) seen, retried or not: feed an adaptive limiter or a progress line. */
  readonly onThrottle?: (event: ThrottleEvent) => void;
  /** Every retry about to happen, for verbose output. */
  readonly onRetry?: (event: RetryEvent) => void;
  readonly userAgent?: string;
  /** Test seams. */
  readonly sleep?: SleepFn;
  readonly random?: () => number;
  readonly now?: () => number;
  readonly fetch?: typeof globalThis.fetch;
}

export interface RequestOptions {
  readonly query?: Query;
  /** Extra headers (ConsistencyLevel, Prefer...). An Authorization header here is ignored. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly apiVersion?: string;
  /**
   * The caller vouches that replaying this request is harmless even when an attempt's fate is
   * unknown (reset, timeout, 504). See README.md: TAP creation opts in.
   */
  readonly idempotentRetry?: boolean;
  /**
   * The adaptive-limiter slot this request runs in (bulk work): throttles are reported to it, and a
   * throttled retry waits for the limiter's turn (`slot.waitToRetry`) instead of sleeping on its
   * own, so retries count against the concurrency window.
   */
  readonly limiterSlot?: LimiterSlot;
  /** Per-call hooks, called after the client-wide ones. */
  readonly onThrottle?: (event: ThrottleEvent) => void;
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface BodyRequestOptions extends RequestOptions {
  /** Serialized as JSON. */
  readonly body?: unknown;
}

export interface GraphResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON; undefined for an empty body (204). */
  readonly body: T;
  readonly requestId: string | undefined;
  readonly clientRequestId: string;
  /** Attempts it took (1 = no retry). */
  readonly attempts: number;
  /**
   * A DELETE answered 404 after an earlier attempt's fate was unknown: the earlier attempt most
   * likely deleted it. Reported as success with this flag rather than as "not found".
   */
  readonly alreadyApplied?: true;
  /**
   * An earlier attempt failed without a clear outcome (reset, timeout, 500/504, 503 without
   * Retry-After). It may have been applied, and a service can even apply it after this response
   * (it may finish a request the client gave up on), so a caller whose request replaces state
   * (TAP creation) confirms that what it got is still current.
   */
  readonly afterAmbiguousAttempt?: true;
}

/** The request surface paging and batching build on. */
export interface GraphRequester {
  request<T = unknown>(method: string, path: string, options?: BodyRequestOptions): Promise<GraphResponse<T>>;
}
