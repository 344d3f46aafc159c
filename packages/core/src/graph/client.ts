/**
 * The Microsoft Graph client: one per connection. Adds the bearer token and a client-request-id,
 * applies the per-request timeout and the caller's AbortSignal, and retries what is safe to retry
 * (rules in retry-policy.ts, reasoning in README.md). Paging and $batch build on `request`.
 */
import { randomUUID } from 'node:crypto';
import { executeBatch, type BatchItemResult, type BatchOptions, type BatchRequestItem } from './batch.js';
import { GraphNetworkError, GraphTimeoutError, GraphTokenError, graphErrorFromResponse, type GraphError } from './errors.js';
import { iterateItems, iteratePages, type GraphPage, type PageOptions } from './paging.js';
import { parseRetryAfter } from './retry-after.js';
import { decideRetry, resolveRetryPolicy, type AttemptOutcome, type RetryPolicy } from './retry-policy.js';
import { abortReason, sleep as defaultSleep, throwIfAborted } from './sleep.js';
import { TokenCache } from './token-cache.js';
import { isConnectFailure, sendAttempt, type AttemptResponse } from './transport.js';
import type { BodyRequestOptions, GraphClientOptions, GraphRequester, GraphResponse, RequestOptions, RetryEvent, ThrottleEvent } from './types.js';
import { buildRequestUrl, displayPath, parseGraphEndpoint, type GraphEndpoint, type Query } from './url.js';

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_USER_AGENT = 'entra-shell/0.1';

export interface GraphClient extends GraphRequester {
  /** `<origin>[/base]` of this client, without the API version. */
  readonly baseUrl: string;
  readonly retryPolicy: RetryPolicy;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<GraphResponse<T>>;
  post<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<GraphResponse<T>>;
  patch<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<GraphResponse<T>>;
  put<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<GraphResponse<T>>;
  delete<T = unknown>(path: string, options?: RequestOptions): Promise<GraphResponse<T>>;
  /** Pages of a collection, following @odata.nextLink; headers (ConsistencyLevel...) re-sent on every page. */
  pages<T = unknown>(path: string, query?: Query, options?: PageOptions): AsyncGenerator<GraphPage<T>, void, undefined>;
  /** The items of every page, one at a time, fetched page by page. */
  iterate<T = unknown>(path: string, query?: Query, options?: PageOptions): AsyncGenerator<T, void, undefined>;
  /** JSON batching: results in input order, one per request. */
  batch(requests: readonly BatchRequestItem[], options?: BatchOptions): Promise<BatchItemResult[]>;
  /** Drop the cached token (after a sign-out). */
  clearToken(): void;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const endpoint = parseGraphEndpoint(options.baseUrl);
  const scopes = options.scopes === undefined ? [`${endpoint.origin}/.default`] : [...options.scopes];
  const tokens = new TokenCache(options.credential, scopes, options.now);
  const policy = resolveRetryPolicy(options.retry);
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  const request = <T>(method: string, path: string, callOptions: BodyRequestOptions = {}): Promise<GraphResponse<T>> =>
    runRequest<T>({ options, endpoint, tokens, policy, sleep, random, now }, method.toUpperCase(), path, callOptions);

  const client: GraphClient = {
    baseUrl: endpoint.root,
    retryPolicy: policy,
    request,
    get: (path, callOptions) => request('GET', path, callOptions),
    post: (path, body, callOptions) => request('POST', path, { ...callOptions, body }),
    patch: (path, body, callOptions) => request('PATCH', path, { ...callOptions, body }),
    put: (path, body, callOptions) => request('PUT', path, { ...callOptions, body }),
    delete: (path, callOptions) => request('DELETE', path, callOptions),
    pages: (path, query, pageOptions) => iteratePages(client, path, query, pageOptions),
    iterate: (path, query, pageOptions) => iterateItems(client, path, query, pageOptions),
    batch: (requests, batchOptions) => executeBatch(client, requests, { sleep, ...batchOptions }),
    clearToken: () => tokens.clear(),
  };
  return client;
}

interface ClientState {
  readonly options: GraphClientOptions;
  readonly endpoint: GraphEndpoint;
  readonly tokens: TokenCache;
  readonly policy: RetryPolicy;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random: () => number;
  readonly now: () => number;
}

async function runRequest<T>(state: ClientState, method: string, path: string, call: BodyRequestOptions): Promise<GraphResponse<T>> {
  const { options, tokens, policy } = state;
  const url = buildRequestUrl(state.endpoint, call.apiVersion ?? options.apiVersion ?? 'v1.0', path, call.query);
  const where = displayPath(url);
  const clientRequestId = randomUUID();
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = state.now();
  let claims: string | undefined;
  let refreshedAfter401 = false;
  let ambiguousEarlier = false;
  let serverErrors = 0;

  for (let attempt = 1; ; attempt++) {
    throwIfAborted(call.signal);
    let token: string;
    try {
      token = await tokens.get(call.signal, claims);
    } catch (error) {
      if (call.signal?.aborted) throw abortReason(call.signal);
      throw new GraphTokenError({ method, path: where, clientRequestId, cause: error });
    }
    claims = undefined;
    const result = await sendAttempt({
      url,
      method,
      headers: buildHeaders(token, clientRequestId, body !== undefined, options.userAgent, call.headers),
      body,
      timeoutMs,
      signal: call.signal,
      fetch: options.fetch,
    });
    if (result.kind === 'aborted') throw abortReason(call.signal);

    let outcome: AttemptOutcome;
    let error: GraphError;
    if (result.kind === 'response') {
      const response = result.response;
      if (response.status >= 200 && response.status < 300) {
        const done = success<T>(response, clientRequestId, attempt, method, where);
        return ambiguousEarlier ? { ...done, afterAmbiguousAttempt: true } : done;
      }
      if (response.status === 404 && method === 'DELETE' && ambiguousEarlier) {
        return { ...success<T>({ ...response, bodyText: '' }, clientRequestId, attempt, method, where), alreadyApplied: true };
      }
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), state.now());
      error = graphErrorFromResponse({ ...response, method, path: where, clientRequestId, retryAfterMs });
      if (response.status === 401 && !refreshedAfter401) {
        // One fresh token, then the 401 stands: a token the service keeps refusing will not improve.
        refreshedAfter401 = true;
        tokens.invalidate(token);
        claims = challengeClaims(response.headers.get('www-authenticate'));
        notifyRetry(state, call, { method, path: where, reason: 'unauthorized', status: 401, delayMs: 0, attempt, clientRequestId });
        continue;
      }
      outcome = { kind: 'status', status: response.status, retryAfterMs };
      if (response.status === 500) serverErrors++;
    } else if (result.kind === 'timeout') {
      outcome = { kind: 'timeout' };
      error = new GraphTimeoutError({ method, path: where, timeoutMs, clientRequestId });
    } else {
      outcome = { kind: 'network', connectFailed: isConnectFailure(result.cause) };
      error = new GraphNetworkError({ method, path: where, host: url.host, clientRequestId, cause: result.cause });
    }

    const decision = decideRetry(
      outcome,
      { method, idempotentRetry: call.idempotentRetry === true, attempt, serverErrors, elapsedMs: state.now() - started, random: state.random },
      policy,
    );
    if (isThrottle(outcome) && outcome.kind === 'status') {
      notifyThrottle(state, call, {
        method,
        path: where,
        status: outcome.status,
        retryAfterMs: outcome.retryAfterMs,
        delayMs: decision.retry ? decision.delayMs : undefined,
        attempt,
        clientRequestId,
      });
    }
    // Only a 429 speaks about our rate; a 503 or a failed attempt is the service's state.
    const congestion = outcome.kind === 'status' && outcome.status === 429;
    if (!decision.retry) {
      if (congestion) call.limiterSlot?.throttled(error.retryAfterMs);
      throw error;
    }
    if (isAmbiguous(outcome)) ambiguousEarlier = true;
    notifyRetry(state, call, { method, path: where, reason: retryReason(outcome), status: error.status, delayMs: decision.delayMs, attempt, clientRequestId });
    // Bulk work waits in the limiter, giving its slot back meanwhile; a lone request just sleeps.
    if (call.limiterSlot !== undefined) await call.limiterSlot.waitToRetry(decision.delayMs, { congestion });
    else await state.sleep(decision.delayMs, call.signal);
  }
}

function success<T>(response: AttemptResponse, clientRequestId: string, attempts: number, method: string, where: string): GraphResponse<T> {
  return {
    status: response.status,
    headers: response.headers,
    body: parseBody(response, method, where) as T,
    requestId: response.headers.get('request-id') ?? undefined,
    clientRequestId,
    attempts,
  };
}

function parseBody(response: AttemptResponse, method: string, where: string): unknown {
  if (response.bodyText === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!/json/i.test(type)) return response.bodyText;
  try {
    return JSON.parse(response.bodyText);
  } catch {
    throw new Error(`Microsoft Graph returned malformed JSON for ${method} ${where}.`);
  }
}

function buildHeaders(
  token: string,
  clientRequestId: string,
  hasBody: boolean,
  userAgent: string | undefined,
  extra: Readonly<Record<string, string>> | undefined,
): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(extra ?? {})) {
    if (name.toLowerCase() !== 'authorization') headers.set(name, value);
  }
  headers.set('authorization', `Bearer ${token}`);
  headers.set('client-request-id', clientRequestId);
  headers.set('return-client-request-id', 'true');
  headers.set('accept', 'application/json');
  headers.set('user-agent', userAgent ?? DEFAULT_USER_AGENT);
  if (hasBody) headers.set('content-type', 'application/json');
  return headers;
}

/** Claims requested by a Continuous Access Evaluation challenge (`claims="<base64 JSON>"`). */
function challengeClaims(header: string | null): string | undefined {
  const match = header === null ? null : /claims="([^"]+)"/i.exec(header);
  if (match?.[1] === undefined) return undefined;
  try {
    return Buffer.from(match[1], 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

/** 429, or 503 with Retry-After: the service is pacing us. */
function isThrottle(outcome: AttemptOutcome): boolean {
  return outcome.kind === 'status' && (outcome.status === 429 || (outcome.status === 503 && outcome.retryAfterMs !== undefined));
}

function isAmbiguous(outcome: AttemptOutcome): boolean {
  if (outcome.kind === 'timeout') return true;
  if (outcome.kind === 'network') return !outcome.connectFailed;
  return outcome.status === 500 || outcome.status === 504 || (outcome.status === 503 && outcome.retryAfterMs === undefined);
}

function retryReason(outcome: AttemptOutcome): RetryEvent['reason'] {
  if (outcome.kind !== 'status') return outcome.kind;
  return outcome.status === 429 ? 'throttled' : 'unavailable';
}

function notifyThrottle(state: ClientState, call: RequestOptions, event: ThrottleEvent): void {
  state.options.onThrottle?.(event);
  call.onThrottle?.(event);
}

function notifyRetry(state: ClientState, call: RequestOptions, event: RetryEvent): void {
  state.options.onRetry?.(event);
  call.onRetry?.(event);
}
