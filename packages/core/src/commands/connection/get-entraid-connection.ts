/**
 * Get-EntraIDConnection (alias Get-PnPConnection): what the session is connected to and with
 * which rights: tenant, cloud, sign-in mode, account or app, the permissions the token grants
 * (from its scp or roles claim) and when it expires. Never the token itself.
 */
import type { TokenClaims } from '../../auth/claims.js';
import type { Connection } from '../../auth/connection.js';
import { defineCmdlet } from '../../cmdlet/index.js';
import { PSDateTime, PSObject } from '../../values/model.js';
import { requireConnection } from './current-connection.js';

export const CONNECTION_TYPE_NAME = 'EntraShell.EntraIDConnection';

export const getEntraIDConnection = defineCmdlet({
  name: 'Get-EntraIDConnection',
  aliases: ['Get-PnPConnection'],
  synopsis: 'Shows the current Microsoft Graph connection: tenant, cloud, sign-in, permissions and expiry.',
  description:
    'Get-EntraIDConnection describes the connection made by Connect-EntraID: the tenant and cloud, how you signed in, ' +
    'the account (delegated sign-in) or the app (app-only sign-in), the Microsoft Graph permissions the current access ' +
    'token grants, whether they are delegated or application permissions, and when the token expires. The token ' +
    'itself is never shown.',
  examples: [
    { code: 'Get-EntraIDConnection', remarks: 'Shows the current connection.' },
    { code: '(Get-EntraIDConnection).Permissions', remarks: 'Lists the permissions the token grants.' },
  ],
  outputType: CONNECTION_TYPE_NAME,
  defaultDisplayProperties: ['Tenant', 'Cloud', 'AuthMode', 'Account', 'App', 'PermissionType', 'Permissions', 'ExpiresOn'],
  parameters: {},
  async process(_args, ctx) {
    const connection = requireConnection(ctx);
    let claims: TokenClaims;
    try {
      claims = await connection.claims(ctx.signal);
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      // Still describe the connection, from the last token we saw.
      await ctx.writeWarning(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
      claims = connection.lastClaims;
    }
    await ctx.write(connectionRecord(connection, claims));
  },
});

export function connectionRecord(connection: Connection, claims: TokenClaims): PSObject {
  const delegated = claims.kind === 'delegated';
  return new PSObject(
    {
      Tenant: connection.tenant ?? null,
      TenantId: claims.tenantId ?? connection.tenantId ?? null,
      Cloud: connection.cloud,
      GraphEndpoint: connection.graphEndpoint,
      AuthMode: connection.authMode,
      Account: delegated ? (claims.userPrincipalName ?? null) : null,
      App: claims.appDisplayName ?? claims.appId ?? connection.app ?? null,
      ClientId: connection.clientId ?? null,
      PermissionType: delegated ? 'Delegated' : 'Application',
      Permissions: [...(delegated ? claims.delegatedPermissions : claims.applicationPermissions)],
      ExpiresOn: claims.expiresOn === undefined ? null : new PSDateTime(claims.expiresOn.getTime(), 'Local'),
      IsDemo: connection.isDemo,
    },
    [CONNECTION_TYPE_NAME, 'System.Management.Automation.PSCustomObject'],
  );
}
