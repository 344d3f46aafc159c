/**
 * The core session the shell runs commands in: every built-in cmdlet, the connection slot that
 * Connect-EntraID fills (watched for the prompt), and the host that answers prompts.
 */
import { createEntraShellSession, type ConnectionSlot, type EntraShellSession, type Host } from '@entra-shell/core';

/** `location` is the initial current location (default: the process working directory). */
export function createShellSession(host: Host, variables: Readonly<Record<string, unknown>> = {}, location?: string): EntraShellSession {
  return createEntraShellSession({ host, variables, ...(location === undefined ? {} : { location }) });
}

/** The prompt's location: `demo:<domain>` for the demo tenant, the tenant otherwise, undefined when unconnected. */
export function locationOf(connections: ConnectionSlot): string | undefined {
  const c = connections.current;
  if (!c) return undefined;
  const tenant = c.tenant ?? c.tenantId ?? 'unknown-tenant';
  return c.isDemo ? `demo:${tenant}` : tenant;
}
