/**
 * Test helper for the integration suites: a Graph emulator on 127.0.0.1 with synthetic users, and
 * a real session (parser, binder, pipeline, every built-in cmdlet) connected
 * to it with the line a user types, with Graph client settings (per-request timeout, retry
 * backoff) passed the way a host passes them: the sign-in settings service.
 */
import { startEmulator, type Emulator, type EmulatorOptions } from '@entra-shell/graph-emulator';
import type { SignInSettings } from '../../commands/connection/connection-slot.js';
import { createEntraShellSession } from '../../commands/index.js';
import { collect, type CollectedRun } from '../../session/collect.js';
import type { Session } from '../../session/session.js';
import type { PSObject } from '../../values/model.js';
import type { BulkInputUser, ReportedError, ReportedPass, ServicePass } from '../bulk-reconciliation.js';

/** An app-only token: no signed-in admin, so no directory-role rules apply to the targets. */
export const BULK_APP_ROLES = ['User.Read.All', 'UserAuthenticationMethod.ReadWrite.All', 'Policy.Read.All'];

/** Exactly the synthetic users (their employee ids start with S; the demo users' with E). */
export const SYNTHETIC_FILTER = "startswith(employeeId,'S')";

export interface BulkTenant {
  readonly emulator: Emulator;
  readonly session: Session;
  run(script: string, signal?: AbortSignal): Promise<CollectedRun>;
  close(): Promise<void>;
}

export async function bulkTenant(options: EmulatorOptions, graphOptions: SignInSettings['graphOptions'] = {}): Promise<BulkTenant> {
  const emulator = await startEmulator(options);
  const { session } = createEntraShellSession({ signIn: { graphOptions } });
  const run = (script: string, signal?: AbortSignal): Promise<CollectedRun> => collect(session.run(script, signal === undefined ? {} : { signal }));
  const connected = await run(`Connect-EntraID -AccessToken ${emulator.mintToken({ roles: BULK_APP_ROLES })} -AzureEnvironment Custom -MicrosoftGraphEndPoint ${emulator.url}`);
  if (connected.errors.length > 0) throw new Error(`Connect-EntraID failed: ${connected.errors.map((e) => e.message).join('; ')}`);
  return {
    emulator,
    session,
    run,
    close: async () => {
      await run('Disconnect-EntraID').catch(() => undefined);
      await emulator.close();
    },
  };
}

/** The users a Get-EntraIDUser filter returns, as the reconciliation's input list. */
export async function listUsers(tenant: BulkTenant, filter: string): Promise<BulkInputUser[]> {
  const listed = await tenant.run(`Get-EntraIDUser -Filter "${filter}"`);
  if (listed.errors.length > 0) throw new Error(listed.errors.map((e) => e.message).join('; '));
  return (listed.output as PSObject[]).map((user) => ({ id: String(user.get('Id')), userPrincipalName: String(user.get('UserPrincipalName')) }));
}

export function reportedPasses(records: readonly unknown[]): ReportedPass[] {
  return (records as PSObject[]).map((record) => ({
    userPrincipalName: record.get('UserPrincipalName') as string | null,
    userId: record.get('UserId') as string | null,
    pass: record.get('TemporaryAccessPass') as string | null,
  }));
}

export function reportedErrors(run: CollectedRun): ReportedError[] {
  return run.errors.map((error) => ({ target: String(error.targetObject), errorId: error.errorId, message: error.message }));
}

/** What the emulator holds for every user it ever issued a pass to. */
export function servicePasses(emulator: Emulator): ServicePass[] {
  return [...emulator.state.issuedCounts()].map(([userId, issued]) => ({ userId, issued, currentPass: emulator.state.currentTap(userId)?.temporaryAccessPass }));
}
