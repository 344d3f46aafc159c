/** The shapes one Graph call takes inside the emulator, whether it came over HTTP or in a $batch. */

export interface GraphRequest {
  readonly method: string;
  /** The path as received, percent-encoding intact, e.g. `/v1.0/users/jane_fabrikam.com%23EXT%23@...`. */
  readonly rawPath: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body; undefined when there was none. */
  readonly body: unknown;
  /** The body was present but not valid JSON. */
  readonly bodyInvalid: boolean;
  readonly requestId: string;
  readonly clientRequestId: string;
  /** Set for an item of a $batch: the envelope's request id and the item's id. */
  readonly batch?: { readonly requestId: string; readonly itemId: string };
}

export interface GraphResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** JSON body. */
  readonly json?: unknown;
  /** Plain-text body (e.g. /users/$count). */
  readonly text?: string;
}

/**
 * What the transport must do: answer (after a delay), drop the connection, or never answer.
 * Faults turn a response into the latter two.
 */
export type Outcome =
  | { readonly kind: 'respond'; readonly response: GraphResponse; readonly delayMs: number }
  | { readonly kind: 'reset'; readonly delayMs: number }
  | { readonly kind: 'hang' };

/** A Graph error raised anywhere in handling; the pipeline turns it into Graph's error JSON. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
