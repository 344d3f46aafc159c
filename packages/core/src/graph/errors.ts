/**
 * Typed errors for everything that can go wrong on the way to Microsoft Graph.
 *
 * `GraphError` is what a cmdlet catches. HTTP failures carry Graph's own code, message and
 * request-id (the thing a support case needs); network failures and timeouts are subclasses with
 * codes 'NetworkError' and 'Timeout', so callers can treat every failure uniformly.
 *
 * Nothing here ever holds an Authorization header, a token or a request body: messages are built
 * from the status line, Graph's error object and the request path only.
 */

export interface GraphErrorInit {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly method: string;
  /** Path and query relative to the Graph origin, e.g. `/v1.0/users/x`. Never contains secrets. */
  readonly path: string;
  readonly requestId?: string | undefined;
  readonly clientRequestId?: string | undefined;
  readonly date?: string | undefined;
  readonly retryAfterMs?: number | undefined;
  readonly innerCode?: string | undefined;
  readonly cause?: unknown;
}

export class GraphError extends Error {
  override readonly name: string = 'GraphError';
  /** HTTP status; 0 when no response arrived (network failure or timeout). */
  readonly status: number;
  /** Graph's error code (`Request_ResourceNotFound`, `TooManyRequests`...) or 'NetworkError' / 'Timeout'. */
  readonly code: string;
  readonly method: string;
  readonly path: string;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly date: string | undefined;
  /** What the service asked us to wait before trying again, when it said so. */
  readonly retryAfterMs: number | undefined;
  readonly innerCode: string | undefined;

  constructor(init: GraphErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.method = init.method;
    this.path = init.path;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.date = init.date;
    this.retryAfterMs = init.retryAfterMs;
    this.innerCode = init.innerCode;
  }

  /** The service's message, without our decoration. */
  get graphMessage(): string {
    return this.message;
  }

  /**
   * A sentence for a person, e.g.
   * `User 'x@contoso.com' was not found (Request_ResourceNotFound, request-id 1234...).`
   * `subject` names what the request was about ("User 'x@contoso.com'"); without it Graph's
   * message stands alone.
   */
  toUserMessage(subject?: string): string {
    const ids = [this.code, this.requestId === undefined ? undefined : `request-id ${this.requestId}`]
      .filter((part): part is string => part !== undefined && part !== '')
      .join(', ');
    const suffix = ids === '' ? '' : ` (${ids})`;
    if (this.status === 404 && subject !== undefined) return `${subject} was not found${suffix}.`;
    const message = trimFinalPeriod(this.message);
    if (subject === undefined) return `${message}${suffix}.`;
    return `${subject}: ${message}${suffix}.`;
  }
}

/** No HTTP response: connection refused or reset, DNS failure, TLS failure. */
export class GraphNetworkError extends GraphError {
  override readonly name: string = 'GraphNetworkError';
  /** The low-level cause code such as ECONNRESET, when known. */
  readonly causeCode: string | undefined;

  constructor(init: { method: string; path: string; host: string; clientRequestId: string; cause: unknown }) {
    const causeCode = networkCauseCode(init.cause);
    const reason = describeNetworkCause(init.cause, causeCode);
    super({
      status: 0,
      code: 'NetworkError',
      message: `Could not reach Microsoft Graph at ${init.host}: ${reason}`,
      method: init.method,
      path: init.path,
      clientRequestId: init.clientRequestId,
      cause: init.cause,
    });
    this.causeCode = causeCode;
  }

  override toUserMessage(subject?: string): string {
    const prefix = subject === undefined ? '' : `${subject}: `;
    return `${prefix}${trimFinalPeriod(this.message)} (${this.method} ${stripQuery(this.path)}, client-request-id ${this.clientRequestId ?? '?'}).`;
  }
}

/** A response did not arrive within the per-request timeout. */
export class GraphTimeoutError extends GraphError {
  override readonly name: string = 'GraphTimeoutError';
  readonly timeoutMs: number;

  constructor(init: { method: string; path: string; timeoutMs: number; clientRequestId: string }) {
    super({
      status: 0,
      code: 'Timeout',
      message: `Microsoft Graph did not answer within ${formatSeconds(init.timeoutMs)}`,
      method: init.method,
      path: init.path,
      clientRequestId: init.clientRequestId,
    });
    this.timeoutMs = init.timeoutMs;
  }

  override toUserMessage(subject?: string): string {
    const prefix = subject === undefined ? '' : `${subject}: `;
    return `${prefix}${this.message} (${this.method} ${stripQuery(this.path)}, client-request-id ${this.clientRequestId ?? '?'}).`;
  }
}

/**
 * The credential could not produce a token (expired -AccessToken, revoked refresh token, MSAL
 * failure). Status 401 so callers treat it like Graph refusing the token: connecting again helps.
 */
export class GraphTokenError extends GraphError {
  override readonly name: string = 'GraphTokenError';

  constructor(init: { method: string; path: string; clientRequestId: string; cause: unknown }) {
    const reason = init.cause instanceof Error ? (init.cause.message.split('\n')[0] ?? '') : String(init.cause);
    super({
      status: 401,
      code: 'TokenUnavailable',
      message: `Could not get an access token for Microsoft Graph: ${reason === '' ? 'the sign-in returned none' : reason}`,
      method: init.method,
      path: init.path,
      clientRequestId: init.clientRequestId,
      cause: init.cause,
    });
  }

  override toUserMessage(subject?: string): string {
    const prefix = subject === undefined ? '' : `${subject}: `;
    return `${prefix}${this.message.replace(/\.+$/, '')} (TokenUnavailable).`;
  }
}

export function isGraphError(value: unknown): value is GraphError {
  return value instanceof GraphError;
}

interface GraphErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    innerError?: { code?: unknown; date?: unknown; 'request-id'?: unknown; 'client-request-id'?: unknown };
  };
}

/** Builds a GraphError from a non-2xx status, its headers and the (possibly empty or non-JSON) body text. */
export function graphErrorFromResponse(init: {
  status: number;
  statusText: string;
  headers: Headers;
  bodyText: string;
  method: string;
  path: string;
  clientRequestId: string;
  retryAfterMs: number | undefined;
}): GraphError {
  const parsed = parseErrorBody(init.bodyText);
  const inner = parsed?.error?.innerError;
  const code = stringOr(parsed?.error?.code, defaultCodeForStatus(init.status));
  const message = stringOr(parsed?.error?.message, defaultMessageForStatus(init.status, init.statusText));
  return new GraphError({
    status: init.status,
    code,
    message,
    method: init.method,
    path: init.path,
    requestId: stringOr(inner?.['request-id'], init.headers.get('request-id') ?? undefined),
    clientRequestId: stringOr(inner?.['client-request-id'], init.headers.get('client-request-id') ?? init.clientRequestId),
    date: stringOr(inner?.date, init.headers.get('date') ?? undefined),
    retryAfterMs: init.retryAfterMs,
    innerCode: typeof inner?.code === 'string' ? inner.code : undefined,
  });
}

function parseErrorBody(text: string): GraphErrorBody | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as GraphErrorBody) : undefined;
  } catch {
    return undefined;
  }
}

function stringOr<T extends string | undefined>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function defaultCodeForStatus(status: number): string {
  switch (status) {
    case 400: return 'BadRequest';
    case 401: return 'InvalidAuthenticationToken';
    case 403: return 'Authorization_RequestDenied';
    case 404: return 'Request_ResourceNotFound';
    case 429: return 'TooManyRequests';
    case 503: return 'ServiceUnavailable';
    case 504: return 'GatewayTimeout';
    default: return `Http${status}`;
  }
}

function defaultMessageForStatus(status: number, statusText: string): string {
  if (status === 429) return 'Microsoft Graph is throttling requests; please retry later';
  const text = statusText.trim();
  return text === '' ? `Microsoft Graph answered HTTP ${status}` : `Microsoft Graph answered HTTP ${status} ${text}`;
}

/** Error codes from Node's sockets and undici, found on the error or anywhere down its cause chain. */
function networkCauseCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const NETWORK_CAUSES: Record<string, string> = {
  ECONNRESET: 'the connection was reset',
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved (temporary DNS failure)',
  ETIMEDOUT: 'the connection timed out',
  EPIPE: 'the connection was closed while sending',
  UND_ERR_SOCKET: 'the connection was closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connecting timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers arrived in time',
  UND_ERR_BODY_TIMEOUT: 'the response body stalled',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate could not be verified',
};

function describeNetworkCause(error: unknown, code: string | undefined): string {
  if (code !== undefined) return `${NETWORK_CAUSES[code] ?? 'network failure'} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return message === '' ? 'network failure' : message;
}

function trimFinalPeriod(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

function stripQuery(path: string): string {
  const index = path.indexOf('?');
  return index === -1 ? path : path.slice(0, index);
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return Number.isInteger(seconds) ? `${seconds} s` : `${seconds.toFixed(1)} s`;
}
