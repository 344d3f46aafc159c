/** Test helper: runs command lines through a real session with the utility cmdlets. */
import type { CmdletDefinition } from '../../../cmdlet/index.js';
import { renderDescriptions, formatRecords } from '../../../format/index.js';
import { collect, createSession, type CollectedRun, type Session, type SessionOptions } from '../../../session/index.js';
import { utilityCmdlets } from '../index.js';

export function utilitySession(extra: readonly CmdletDefinition[] = [], options: SessionOptions = {}): Session {
  return createSession({ ...options, commands: [...utilityCmdlets, ...extra] });
}

/** Runs one script in a fresh session (or the given one) and gathers everything it produced. */
export async function run(script: string, session: Session = utilitySession()): Promise<CollectedRun> {
  return collect(session.run(script));
}

/** The output records of a script; fails the test when the script reported errors. */
export async function output(script: string, session?: Session): Promise<unknown[]> {
  const result = await run(script, session);
  if (result.errors.length > 0) throw new Error(`Unexpected errors: ${result.errors.map((e) => e.message).join(' | ')}`);
  return result.output;
}

/** The output as the runner would print it (no colour, 120 columns). */
export async function displayed(script: string, session?: Session): Promise<string> {
  return renderDescriptions(formatRecords(await output(script, session)), { width: 120, color: false });
}
