/**
 * What the emulator received, for tests to assert on: method, path as sent, decoded query,
 * headers and JSON body. Only the Authorization header is redacted. Bounded, oldest dropped.
 */
import type { GraphRequest } from './graph-types.js';

export interface RecordedRequest {
  readonly requestId: string;
  /** Emulator clock time of arrival, ISO 8601. */
  readonly receivedAt: string;
  readonly method: string;
  /** Path as sent, percent-encoding intact. */
  readonly path: string;
  /** Query options, decoded. */
  readonly query: Readonly<Record<string, string>>;
  /** Lower-case header names; `authorization` reads `[redacted]`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, the raw text when it was not JSON, undefined when empty. */
  readonly body: unknown;
  /** For an item of a $batch: the envelope's request id and the item id. */
  readonly batch?: { readonly requestId: string; readonly itemId: string };
}

export class RequestLog {
  readonly #entries: RecordedRequest[] = [];

  constructor(private readonly limit: number) {}

  get entries(): ReadonlyArray<RecordedRequest> {
    return this.#entries;
  }

  record(request: GraphRequest, receivedAt: string, rawBody?: string): void {
    if (this.limit <= 0) return;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) headers[name] = name === 'authorization' ? '[redacted]' : value;
    this.#entries.push({
      requestId: request.requestId,
      receivedAt,
      method: request.method,
      path: request.rawPath,
      query: Object.fromEntries(request.query),
      headers,
      body: request.bodyInvalid ? rawBody : request.body,
      ...(request.batch ? { batch: request.batch } : {}),
    });
    // Drop in chunks so a long benchmark does not shift the array on every request.
    if (this.#entries.length > this.limit) this.#entries.splice(0, Math.max(1, Math.floor(this.limit / 10)));
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
