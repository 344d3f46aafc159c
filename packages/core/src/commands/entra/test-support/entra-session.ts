/**
 * Test helper: a real session (parser, binder, pipeline, formatter) with the Entra, connection and
 * everyday cmdlets, connected to a Graph emulator on 127.0.0.1 through the same command line a
 * user would type: `Connect-EntraID -AccessToken <jwt> -AzureEnvironment Custom -MicrosoftGraphEndPoint <url>`.
 */
import { startEmulator, type Emulator, type EmulatorOptions, type MintTokenOptions } from '@entra-shell/graph-emulator';
import { collect, type CollectedRun } from '../../../session/collect.js';
import type { Session } from '../../../session/session.js';
import { createEntraShellSession } from '../../index.js';

export interface EntraSession {
  readonly emulator: Emulator;
  readonly session: Session;
  /** Runs a command line and gathers everything it produced. */
  run(script: string): Promise<CollectedRun>;
  /** Connects the session with a fresh emulator token (default: the demo admin's delegated scopes). */
  connect(token?: MintTokenOptions): Promise<CollectedRun>;
  close(): Promise<void>;
}

export async function entraSession(options: EmulatorOptions = {}): Promise<EntraSession> {
  const emulator = await startEmulator(options);
  const { session } = createEntraShellSession();
  const run = async (script: string): Promise<CollectedRun> => collect(session.run(script));
  return {
    emulator,
    session,
    run,
    connect: (token = {}) => run(`Connect-EntraID -AccessToken ${emulator.mintToken(token)} -AzureEnvironment Custom -MicrosoftGraphEndPoint ${emulator.url}`),
    close: async () => {
      await run('Disconnect-EntraID').catch(() => undefined);
      await emulator.close();
    },
  };
}
