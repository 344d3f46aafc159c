/**
 * Every cmdlet core ships, and the one way hosts, tests and benchmarks get a ready session:
 * all built-in cmdlets, a connection slot for Connect-EntraID, and optional sign-in settings.
 * Keeping this in one place means the shell, the runner and the benchmarks run the same commands.
 */
import type { CmdletDefinition } from '../cmdlet/define.js';
import { provide, type ServiceEntry } from '../cmdlet/services.js';
import { createSession, type Session, type SessionOptions } from '../session/session.js';
import { ConnectionSlot, connectionCmdlets, connectionServices, signInSettingsKey, type SignInSettings } from './connection/index.js';
import { entraCmdlets } from './entra/index.js';
import { registerCommandSource } from './utility/command-source.js';
import { utilityCmdlets } from './utility/index.js';
import { VERSION } from '../version.js';

export const builtinCmdlets: readonly CmdletDefinition[] = [...utilityCmdlets, ...connectionCmdlets, ...entraCmdlets];

registerCommandSource(connectionCmdlets, { source: 'EntraShell.Connection', version: VERSION });
registerCommandSource(entraCmdlets, { source: 'EntraShell.EntraID', version: VERSION });

export interface EntraShellSessionOptions extends Omit<SessionOptions, 'commands'> {
  /** Where the connection lives; pass one to watch it (e.g. for the prompt). Default: a new slot. */
  readonly connections?: ConnectionSlot;
  /** Graph client settings, identity HTTP client and environment for connections made in this session. */
  readonly signIn?: SignInSettings;
  /** Extra cmdlets beside the built-in ones. */
  readonly extraCommands?: readonly CmdletDefinition[];
}

export interface EntraShellSession {
  readonly session: Session;
  readonly connections: ConnectionSlot;
}

export function createEntraShellSession(options: EntraShellSessionOptions = {}): EntraShellSession {
  const { connections = new ConnectionSlot(), signIn, extraCommands = [], services = [], ...rest } = options;
  const all: ServiceEntry[] = [...connectionServices(connections), ...services];
  if (signIn !== undefined) all.push(provide(signInSettingsKey, signIn));
  const session = createSession({ ...rest, commands: [...builtinCmdlets, ...extraCommands], services: all });
  return { session, connections };
}
