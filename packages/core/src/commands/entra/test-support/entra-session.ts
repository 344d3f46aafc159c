/**
 * Test helper: a real session (parser, binder, pipeline, formatter) with the Entra, connection and
 * everyday cmdlets, connected to a Graph emulator on 127.0.0.1 through the same command line a
 * user would type: `Connect-EntraID -AccessToken <jwt> -AzureEnvironment Custom -MicrosoftGraphEndPoint <url>`.
 */
import { startEmulator, type Emulator, type EmulatorOptions, type MintTokenOptions } from '@entra-shell/graph-emulator';
import type { CmdletDefinition } from '../../../cmdlet/define.js';
import { collect, type CollectedRun } from '../../../session/collect.js';
import { createSession, type Session } from '../../../session/session.js';
import { connectionCmdlets, connectionServices } from '../../connection/index.js';
import { exportCsv } from '../../utility/export-csv.js';
import { importCsv } from '../../utility/import-csv.js';
import { getDate } from '../../utility/get-date.js';
import { selectObject } from '../../utility/select-object.js';
import { whereObject } from '../../utility/where-object.js';
import { foreachObject } from '../../utility/foreach-object.js';
import { entraCmdlets } from '../index.js';

const EVERYDAY: readonly CmdletDefinition[] = [exportCsv, importCsv, getDate, selectObject, whereObject, foreachObject];

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
  const session = createSession({ commands: [...entraCmdlets, ...connectionCmdlets, ...EVERYDAY], services: connectionServices() });
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
