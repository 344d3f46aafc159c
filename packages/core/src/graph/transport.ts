/**
 * One HTTP attempt through ky: headers in, status + headers + body text out, under a per-request
 * timeout that also covers reading the body. ky's own retry and timeout are switched off; the
 * client's retry loop owns those decisions (ky cannot know a POST's semantics or refresh a token).
 */
import ky from 'ky';

export interface AttemptRequest {
  readonly url: URL;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly fetch: typeof globalThis.fetch | undefined;
}

export interface AttemptResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly bodyText: string;
}

export type AttemptResult =
  | { readonly kind: 'response'; readonly response: AttemptResponse }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'network'; readonly cause: unknown }
  | { readonly kind: 'aborted'; readonly reason: unknown };

/** Never throws: every way an attempt can end is a value the retry loop can reason about. */
export async function sendAttempt(request: AttemptRequest): Promise<AttemptResult> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), request.timeoutMs);
  const signal = request.signal === undefined ? timeout.signal : AbortSignal.any([request.signal, timeout.signal]);
  try {
    const response = await ky(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
      timeout: false,
      retry: 0,
      throwHttpErrors: false,
      ...(request.fetch === undefined ? {} : { fetch: request.fetch }),
    });
    const bodyText = await response.text();
    return {
      kind: 'response',
      response: { status: response.status, statusText: response.statusText, headers: response.headers, bodyText },
    };
  } catch (error) {
    if (request.signal?.aborted) return { kind: 'aborted', reason: request.signal.reason };
    if (timeout.signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', cause: error };
  } finally {
    clearTimeout(timer);
  }
}

/** True when the cause chain says the connection was never established, so the request never left. */
export function isConnectFailure(cause: unknown): boolean {
  let current: unknown = cause;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'UND_ERR_CONNECT_TIMEOUT') {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
