/**
 * How a Graph cmdlet gets its connection: the current one, or a terminating error that says how
 * to connect; then the permission pre-check against the cmdlet's declared requiredPermissions,
 * before any request is sent.
 */
import type { TokenClaims } from '../../auth/claims.js';
import type { Connection } from '../../auth/connection.js';
import { checkPermissions, explainForbidden, type PermissionRequirement } from '../../auth/permissions.js';
import type { CmdletContext } from '../../cmdlet/context.js';
import type { RequiredPermissions } from '../../cmdlet/define.js';
import type { GraphClient } from '../../graph/client.js';
import { connectionSlotKey } from './connection-slot.js';

export const NOT_CONNECTED_MESSAGE =
  'You are not connected. Run Connect-EntraID (for example Connect-EntraID -Tenant contoso.onmicrosoft.com -ClientId <app id>), ' +
  'or Connect-EntraID -Demo to try the built-in demo tenant.';

/** The session's current connection, if any (undefined also when the session has no slot). */
export function findConnection(ctx: Pick<CmdletContext, 'services'>): Connection | undefined {
  return ctx.services.get(connectionSlotKey)?.current;
}

/** The current connection, or a terminating NotConnected error. */
export function requireConnection(ctx: CmdletContext): Connection {
  const connection = findConnection(ctx);
  if (connection === undefined) {
    ctx.throwTerminating({ message: NOT_CONNECTED_MESSAGE, errorId: 'NotConnected', category: 'ConnectionError', exceptionType: 'InvalidOperationException' });
  }
  return connection;
}

export interface GraphAccess {
  readonly connection: Connection;
  readonly client: GraphClient;
  /** Claims of the token the pre-check looked at (also what explains a later 403). */
  readonly claims: TokenClaims;
  readonly requirement: PermissionRequirement;
}

/**
 * The current connection with its token checked against `requirement` (default: the running
 * cmdlet's requiredPermissions). Missing permission → terminating error naming it, whether it is
 * delegated or application, and how to grant it.
 */
export async function requireGraph(ctx: CmdletContext, requirement?: RequiredPermissions): Promise<GraphAccess> {
  const connection = requireConnection(ctx);
  const declared = requirement ?? ctx.commands.find(ctx.commandName)?.requiredPermissions ?? {};
  const resolved: PermissionRequirement = { delegated: declared.delegated ?? [], application: declared.application ?? [] };
  let claims: TokenClaims;
  try {
    claims = await connection.claims(ctx.signal);
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    ctx.throwTerminating({
      message: `Could not get an access token for Microsoft Graph: ${reason} Run Connect-EntraID again.`,
      errorId: 'TokenUnavailable',
      category: 'AuthenticationError',
      cause: error,
    });
  }
  const noRequirement = resolved.delegated.length === 0 && resolved.application.length === 0;
  const missing = noRequirement ? null : checkPermissions(claims, resolved, { command: ctx.commandName, ...(connection.clientId === undefined ? {} : { appId: connection.clientId }) });
  if (missing !== null) {
    ctx.throwTerminating({ message: missing.message, errorId: 'MissingPermission', category: 'PermissionDenied', exceptionType: 'UnauthorizedAccessException' });
  }
  return { connection, client: connection.graph, claims, requirement: resolved };
}

/** The sentence to show for a 403 from Graph, given what the pre-check saw. */
export function forbiddenExplanation(access: GraphAccess, command: string): string {
  return explainForbidden(access.claims, access.requirement, { command, ...(access.connection.clientId === undefined ? {} : { appId: access.connection.clientId }) });
}
