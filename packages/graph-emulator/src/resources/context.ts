/** What a resource handler gets, and the checks every handler shares (user lookup, roles). */
import type { Principal } from '../auth/principal.js';
import type { TenantState } from '../core/tenant-state.js';
import type { FoundUser } from '../directory/directory.js';
import type { GraphRequest, GraphResponse } from '../http/graph-types.js';
import { GraphHttpError } from '../http/graph-types.js';
import type { RouteMatch } from '../http/router.js';

export interface HandlerContext {
  readonly principal: Principal;
  readonly nowMs: number;
  /** The base of `@odata.context`, next and delta links and `Location`: Graph's public URL unless the emulator was asked for its own. */
  readonly baseUrl: string;
  readonly state: TenantState;
}

export type Handler = (request: GraphRequest, match: RouteMatch, context: HandlerContext) => GraphResponse;

export const INSUFFICIENT_PRIVILEGES = 'Insufficient privileges to complete the operation.';

/** The directory's refusal (users, groups): `Authorization_RequestDenied`. */
export function forbidden(): GraphHttpError {
  return new GraphHttpError(403, 'Authorization_RequestDenied', INSUFFICIENT_PRIVILEGES);
}

/**
 * The authentication methods service refuses in its own words
 * (https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods).
 */
export function authMethodsDenied(): GraphHttpError {
  return new GraphHttpError(403, 'accessDenied', 'Request Authorization failed');
}

export function userNotFound(key: string): GraphHttpError {
  return new GraphHttpError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
}

/** The user a route addresses; `/me` needs a signed-in user. */
export function resolveUser(match: RouteMatch, context: HandlerContext): FoundUser {
  const ref = match.user;
  if (ref === undefined) throw new Error(`route ${match.id} has no user`);
  if (ref.kind === 'me') {
    if (context.principal.kind !== 'delegated' || context.principal.userId === undefined) {
      throw new GraphHttpError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
    }
    const self = context.state.directory.find(context.principal.userId);
    if (self === undefined) throw userNotFound(context.principal.userId);
    return self;
  }
  const found = context.state.directory.find(ref.key);
  if (found === undefined) throw userNotFound(ref.key);
  return found;
}
