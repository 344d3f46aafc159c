/**
 * Creates the core session the shell runs commands in: every cmdlet core ships, the connection
 * slot Connect-EntraID fills, and the host that answers prompts.
 */
import { ConnectionSlot, connectionCmdlets, connectionServices, createSession, type Host, type Session } from '@entra-shell/core';

export interface ShellSession {
  readonly session: Session;
  readonly connections: ConnectionSlot;
}

export function createShellSession(host: Host, variables: Readonly<Record<string, unknown>> = {}): ShellSession {
  const connections = new ConnectionSlot();
  const session = createSession({ host, commands: [...connectionCmdlets], services: connectionServices(connections), variables });
  return { session, connections };
}

/** The prompt's location: `demo:<domain>` for the demo tenant, the tenant otherwise, undefined when unconnected. */
export function locationOf(connections: ConnectionSlot): string | undefined {
  const c = connections.current;
  if (!c) return undefined;
  const tenant = c.tenant ?? c.tenantId ?? 'unknown-tenant';
  return c.isDemo ? `demo:${tenant}` : tenant;
}
