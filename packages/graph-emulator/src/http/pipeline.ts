/**
 * One Graph call from arrival to outcome: route, injected fault and latency, authentication,
 * throttling, permission, handler. `$batch` items come back through `dispatch`, so they meet
 * exactly the same checks as direct calls.
 */
import { hasRoutePermission } from '../auth/principal.js';
import type { TokenAuthority } from '../auth/token-authority.js';
import type { Clock } from '../core/clock.js';
import type { TenantState } from '../core/tenant-state.js';
import type { Fault, FaultInjector } from '../faults/faults.js';
import type { LatencyModel } from '../faults/latency.js';
import { OPERATIONS, requestCost } from '../resources/registry.js';
import type { Throttler } from '../throttle/throttler.js';
import { executeBatch } from './batch.js';
import { GraphHttpError, type GraphRequest, type GraphResponse, type Outcome } from './graph-types.js';
import { errorResponse } from './odata.js';
import { matchRoute, type RouteMatch } from './router.js';

export interface PipelineServices {
  readonly state: TenantState;
  readonly tokens: TokenAuthority;
  readonly clock: Clock;
  readonly baseUrl: () => string;
  readonly throttler: () => Throttler;
  readonly faults: () => FaultInjector;
  readonly latency: () => LatencyModel;
  /** Called for every batch item, as the server records every direct call. */
  readonly recordBatchItem: (request: GraphRequest) => void;
}

const WWW_AUTHENTICATE = 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

export class GraphPipeline {
  constructor(private readonly services: PipelineServices) {}

  #error(request: GraphRequest, status: number, code: string, message: string, headers: Record<string, string> = {}): GraphResponse {
    return errorResponse(request, this.services.clock.now(), status, code, message, headers);
  }

  #fromError(request: GraphRequest, error: unknown): GraphResponse {
    if (error instanceof GraphHttpError) return this.#error(request, error.status, error.code, error.message, error.headers);
    const detail = error instanceof Error ? error.message : String(error);
    return this.#error(request, 500, 'InternalServerError', `The emulator failed to process the request: ${detail}`);
  }

  dispatch(request: GraphRequest): Outcome {
    let match: RouteMatch;
    try {
      match = matchRoute(request.method, request.rawPath);
    } catch (error) {
      return { kind: 'respond', response: this.#fromError(request, error), delayMs: 0 };
    }
    const fault = this.services.faults().draw(match.id);
    const delayMs = this.services.latency().delayFor(match.id);
    if (fault !== undefined && !fault.processed) return this.#failure(request, fault, delayMs);
    const outcome: Outcome =
      match.id === 'batch'
        ? executeBatch(request, delayMs, { authenticate: (r) => this.#authenticateOnly(r), dispatch: (r) => this.dispatch(r), record: this.services.recordBatchItem, error: (r, s, c, m) => this.#error(r, s, c, m) })
        : { kind: 'respond', response: this.#process(request, match), delayMs };
    return fault === undefined ? outcome : this.#failure(request, fault, delayMs);
  }

  #failure(request: GraphRequest, fault: Fault, delayMs: number): Outcome {
    switch (fault.kind) {
      case '503':
        return { kind: 'respond', response: this.#error(request, 503, 'ServiceUnavailable', 'Service is unavailable. Please retry later.', { 'Retry-After': String(this.services.faults().retryAfterSeconds) }), delayMs };
      case '500':
        return { kind: 'respond', response: this.#error(request, 500, 'InternalServerError', 'An internal server error occurred.'), delayMs };
      case '504':
        return { kind: 'respond', response: this.#error(request, 504, 'GatewayTimeout', 'The gateway did not receive a response from the service in time.'), delayMs };
      case 'reset':
        return { kind: 'reset', delayMs };
      case 'hang':
        return { kind: 'hang' };
    }
  }

  /** The envelope of a $batch is authenticated but not throttled or permission-checked. */
  #authenticateOnly(request: GraphRequest): GraphResponse | undefined {
    const auth = this.services.tokens.authenticate(request.headers['authorization']);
    return auth.ok ? undefined : this.#error(request, 401, 'InvalidAuthenticationToken', auth.message, { 'WWW-Authenticate': WWW_AUTHENTICATE });
  }

  #process(request: GraphRequest, match: RouteMatch): GraphResponse {
    try {
      const auth = this.services.tokens.authenticate(request.headers['authorization']);
      if (!auth.ok) return this.#error(request, 401, 'InvalidAuthenticationToken', auth.message, { 'WWW-Authenticate': WWW_AUTHENTICATE });
      const principal = auth.principal;
      if (match.id === 'batch') throw new Error('batch is handled by executeBatch');
      const operation = OPERATIONS[match.id];
      const nowMs = this.services.clock.now();
      const decision = this.services.throttler().check(principal.appId, principal.tenantId, requestCost(operation, request.query), nowMs);
      if (!decision.ok) return this.#error(request, 429, 'TooManyRequests', 'Please retry again later.', decision.headers);
      try {
        if (!hasRoutePermission(principal, operation.permissions)) throw operation.denied();
        const response = operation.handle(request, match, { principal, nowMs, baseUrl: this.services.baseUrl(), state: this.services.state });
        return { ...response, headers: { ...response.headers, ...decision.headers } };
      } catch (error) {
        const response = this.#fromError(request, error);
        return { ...response, headers: { ...response.headers, ...decision.headers } };
      }
    } catch (error) {
      return this.#fromError(request, error);
    }
  }
}
