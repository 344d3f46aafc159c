/**
 * JSON batching (`POST /$batch`): up to 20 requests per envelope. Graph answers each item
 * separately and in any order; a throttled item comes back as 429 with its own retry-after. Those
 * items go out again in a new batch after the longest wait any of them asked for, until they
 * succeed or the attempts run out. Results keep the caller's order, one per request.
 */
import { GraphError, graphErrorFromResponse, isGraphError } from './errors.js';
import { parseRetryAfter } from './retry-after.js';
import { backoffDelay, DEFAULT_RETRY_POLICY } from './retry-policy.js';
import { sleep as defaultSleep, throwIfAborted, type SleepFn } from './sleep.js';
import type { GraphRequester, ThrottleEvent } from './types.js';

export const MAX_BATCH_SIZE = 20;

export interface BatchRequestItem {
  readonly method: string;
  /** Relative to the API version: `/users/{id}/authentication/temporaryAccessPassMethods`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export type BatchItemResult<T = unknown> =
  | { readonly ok: true; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: T }
  | { readonly ok: false; readonly status: number; readonly error: GraphError };

export interface BatchOptions {
  readonly signal?: AbortSignal;
  /** Items per envelope, at most 20. */
  readonly maxPerBatch?: number;
  /** Rounds for throttled items, the first included. Default 8. */
  readonly maxRounds?: number;
  /**
   * Replay an envelope whose fate is unknown (reset, timeout). Default: only when every item is a
   * GET; a batch of writes may have been applied in part.
   */
  readonly idempotentRetry?: boolean;
  readonly onThrottle?: (event: ThrottleEvent) => void;
  readonly sleep?: SleepFn;
}

interface BatchResponseItem {
  id?: unknown;
  status?: unknown;
  headers?: unknown;
  body?: unknown;
}

export async function executeBatch(
  client: GraphRequester,
  requests: readonly BatchRequestItem[],
  options: BatchOptions = {},
): Promise<BatchItemResult[]> {
  const size = Math.min(MAX_BATCH_SIZE, Math.max(1, options.maxPerBatch ?? MAX_BATCH_SIZE));
  const maxRounds = Math.max(1, options.maxRounds ?? DEFAULT_RETRY_POLICY.maxAttempts);
  const sleep = options.sleep ?? defaultSleep;
  const results = new Array<BatchItemResult | undefined>(requests.length);
  let pending = requests.map((_, index) => index);

  for (let round = 1; pending.length > 0; round++) {
    throwIfAborted(options.signal);
    const throttled: { index: number; retryAfterMs: number | undefined; result: BatchItemResult }[] = [];
    for (let start = 0; start < pending.length; start += size) {
      const chunk = pending.slice(start, start + size);
      for (const outcome of await sendEnvelope(client, requests, chunk, options)) {
        if (outcome.throttled && round < maxRounds) throttled.push(outcome);
        else results[outcome.index] = outcome.result;
      }
    }
    if (throttled.length === 0) break;
    const waits = throttled.map((item) => item.retryAfterMs);
    const delayMs = waits.every((wait) => wait === undefined)
      ? backoffDelay(round, DEFAULT_RETRY_POLICY, Math.random)
      : Math.max(...waits.map((wait) => wait ?? 0));
    options.onThrottle?.({
      method: 'POST',
      path: '/$batch',
      status: 429,
      retryAfterMs: delayMs,
      delayMs,
      attempt: round,
      clientRequestId: '',
    });
    await sleep(delayMs, options.signal);
    pending = throttled.map((item) => item.index);
  }
  return results.map((result, index) => result ?? missingResult(requests[index]));
}

async function sendEnvelope(
  client: GraphRequester,
  requests: readonly BatchRequestItem[],
  chunk: readonly number[],
  options: BatchOptions,
): Promise<{ index: number; throttled: boolean; retryAfterMs: number | undefined; result: BatchItemResult }[]> {
  const items = chunk.map((index) => ({ index, request: requests[index] as BatchRequestItem }));
  const body = {
    requests: items.map(({ index, request }) => {
      const headers = request.body === undefined ? request.headers : { 'content-type': 'application/json', ...request.headers };
      return {
        id: String(index),
        method: request.method.toUpperCase(),
        url: request.url.startsWith('/') ? request.url : `/${request.url}`,
        ...(headers === undefined ? {} : { headers }),
        ...(request.body === undefined ? {} : { body: request.body }),
      };
    }),
  };
  const idempotentRetry = options.idempotentRetry ?? items.every(({ request }) => request.method.toUpperCase() === 'GET');
  let responses: BatchResponseItem[];
  try {
    const response = await client.request<{ responses?: unknown }>('POST', '/$batch', {
      body,
      idempotentRetry,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    responses = Array.isArray(response.body?.responses) ? (response.body.responses as BatchResponseItem[]) : [];
  } catch (error) {
    // The envelope failed as a whole: every item in it shares that error (aborts propagate).
    if (!isGraphError(error)) throw error;
    return items.map(({ index }) => ({ index, throttled: false, retryAfterMs: undefined, result: { ok: false, status: error.status, error } }));
  }
  const byId = new Map(responses.map((item) => [String(item.id), item]));
  return items.map(({ index, request }) => {
    const item = byId.get(String(index));
    if (item === undefined) return { index, throttled: false, retryAfterMs: undefined, result: missingResult(request) };
    return itemOutcome(index, request, item);
  });
}

function itemOutcome(index: number, request: BatchRequestItem, item: BatchResponseItem) {
  const status = typeof item.status === 'number' ? item.status : 0;
  const headers = headerRecord(item.headers);
  if (status >= 200 && status < 300) {
    return { index, throttled: false, retryAfterMs: undefined, result: { ok: true as const, status, headers, body: item.body } };
  }
  const headerBag = new Headers(headers);
  const retryAfterMs = parseRetryAfter(headerBag.get('retry-after'));
  const error = graphErrorFromResponse({
    status,
    statusText: '',
    headers: headerBag,
    bodyText: item.body === undefined ? '' : JSON.stringify(item.body),
    method: request.method.toUpperCase(),
    path: request.url,
    clientRequestId: '',
    retryAfterMs,
  });
  // Only 429 means "not processed, send again": other failures are the item's final answer.
  return { index, throttled: status === 429, retryAfterMs, result: { ok: false as const, status, error } };
}

function headerRecord(value: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return record;
  for (const [name, headerValue] of Object.entries(value)) {
    if (typeof headerValue === 'string') record[name.toLowerCase()] = headerValue;
  }
  return record;
}

function missingResult(request: BatchRequestItem | undefined): BatchItemResult {
  const error = new GraphError({
    status: 0,
    code: 'BatchItemMissing',
    message: 'Microsoft Graph returned no answer for this request in the batch',
    method: request?.method.toUpperCase() ?? 'GET',
    path: request?.url ?? '',
  });
  return { ok: false, status: 0, error };
}
