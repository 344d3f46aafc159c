/**
 * Which module a command comes from, for Get-Command's Source and Version columns. The cmdlet
 * model has no module field, so command groups register theirs here.
 */
import type { CmdletDefinition } from '../../cmdlet/index.js';

export interface CommandSource {
  readonly source: string;
  readonly version: string;
}

const sources = new Map<string, CommandSource>();
const defaultSource: CommandSource = { source: 'EntraShell', version: '' };

export function registerCommandSource(commands: readonly CmdletDefinition[], source: CommandSource): void {
  for (const c of commands) sources.set(c.name.toLowerCase(), source);
}

export function commandSource(name: string): CommandSource {
  return sources.get(name.toLowerCase()) ?? defaultSource;
}
