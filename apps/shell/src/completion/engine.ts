/**
 * Tab completion from the binder's metadata. core's analyzeCursor says what is being typed (a
 * command name, a parameter name, a variable or an argument value, and for which command and
 * parameter); this module turns that into matches:
 *   - command names and aliases (wildcards allowed: `*-EntraIDUser`)
 *   - parameter names valid for the command and not yet given
 *   - values, for a named parameter or for the one a positional argument binds to (argument-target.ts):
 *     the parameter's declared completions (enums such as -ErrorAction, -AzureEnvironment),
 *     $true/$false for switches and booleans, user principal names for user parameters (looked up
 *     in the connected tenant), command names and help topics where the parameter declares an
 *     argument completer (Get-Command, Get-Help), file paths for path parameters and for arguments
 *     no parameter takes
 *   - $variables
 */
import { analyzeCursor, matchesWildcard, type ArgumentCompleterKind, type CmdletMetadata, type CursorAnalysis } from '@entra-shell/core';
import type { CompletionItem, CompletionKind, CompletionResult } from '../backend/types.js';
import { argumentTarget } from './argument-target.js';
import { completePath, isPathParameter, type DirectoryLister } from './paths.js';
import { offeredParameters, type OfferedParameter } from './parameters.js';
import { quoteIfNeeded, unquotePrefix } from './quote.js';

export interface CompletionSources {
  /** Every command (names and aliases). */
  commands(): readonly CmdletMetadata[];
  findCommand(name: string): CmdletMetadata | undefined;
  /** Variable names defined in the session, without `$`. */
  variables(): readonly string[];
  readonly listDirectory: DirectoryLister;
  /** User principal names starting with `prefix`, from the connected tenant (absent when not connected). */
  userNames?(prefix: string, signal: AbortSignal): Promise<readonly string[]>;
  /** Conceptual help topic names (about_*), for Get-Help. */
  helpTopics?(): readonly string[];
}

const AUTOMATIC_VARIABLES = ['true', 'false', 'null', '_', 'PSItem', 'args', 'Error', 'Matches', 'PSVersionTable'];

function startsWithIgnoreCase(value: string, prefix: string): boolean {
  return value.toLowerCase().startsWith(prefix.toLowerCase());
}

function items(values: readonly string[], kind: CompletionKind, toReplacement: (v: string) => string = (v) => v): CompletionItem[] {
  return values.map((v) => ({ replacement: toReplacement(v), display: v, kind }));
}

/** A typed prefix as a wildcard pattern: as typed when it has wildcards (`*-EntraIDUser`), else prefix*. */
function prefixPattern(prefix: string): string {
  return /[*?]/.test(prefix) ? prefix : `${prefix}*`;
}

function matchingCommandNames(prefix: string, sources: CompletionSources): string[] {
  const pattern = prefixPattern(prefix);
  const names = new Set<string>();
  for (const c of sources.commands()) {
    for (const name of [c.name, ...c.aliases]) if (matchesWildcard(name, pattern)) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

function completeCommand(prefix: string, sources: CompletionSources): CompletionItem[] {
  return items(matchingCommandNames(prefix, sources), 'command');
}

/** Values a parameter's argument completer names: commands and aliases, and for help the about_ topics too. */
function completeFromSession(completer: ArgumentCompleterKind, typed: string, sources: CompletionSources): CompletionItem[] {
  const commands = items(matchingCommandNames(typed, sources), 'command', quoteIfNeeded);
  if (completer === 'command') return commands;
  const pattern = prefixPattern(typed);
  const topics = (sources.helpTopics?.() ?? []).filter((t) => matchesWildcard(t, pattern));
  return [...commands, ...items([...topics].sort((a, b) => a.localeCompare(b)), 'value', quoteIfNeeded)];
}

function completeParameterName(a: CursorAnalysis, command: CmdletMetadata): CompletionItem[] {
  const typed = a.prefix.replace(/^-/, '');
  const offered = offeredParameters(command, a.parameterNames).filter((p) => startsWithIgnoreCase(p.name, typed));
  return items(
    offered.map((p) => p.name),
    'parameter',
    (name) => `-${name}`,
  );
}

function declaredValues(p: OfferedParameter): readonly string[] {
  if (p.common) return p.info.type.completions ?? [];
  return p.metadata.valueCompletions;
}

function isSwitchOrBoolean(p: OfferedParameter): boolean {
  const type = p.common ? p.info.type : p.metadata.type;
  return type.isSwitch || type.name === 'Boolean' || type.name === 'bool';
}

function isUserParameter(p: OfferedParameter): boolean {
  return !p.common && p.metadata.type.name.endsWith('UserPipeBind');
}

/**
 * Values for `parameter`. With nothing of its own to offer, a positional argument falls back to file
 * names, as PowerShell's completion does (`Write-Output re<Tab>`); a named one only when its name says path.
 */
async function completeParameterValue(
  a: CursorAnalysis,
  parameter: OfferedParameter,
  sources: CompletionSources,
  signal: AbortSignal,
  positional = false,
): Promise<CompletionItem[]> {
  const typed = unquotePrefix(a.prefix);
  const declared = declaredValues(parameter);
  if (declared.length > 0) return items(declared.filter((v) => startsWithIgnoreCase(v, typed)), 'value', quoteIfNeeded);
  if (!parameter.common && parameter.metadata.argumentCompleter) return completeFromSession(parameter.metadata.argumentCompleter, typed, sources);
  if (isSwitchOrBoolean(parameter)) return items(['$true', '$false'].filter((v) => startsWithIgnoreCase(v, a.prefix)), 'value');
  if (isUserParameter(parameter)) {
    const names = sources.userNames ? await sources.userNames(typed, signal) : [];
    return items(names, 'user', quoteIfNeeded);
  }
  if (positional || isPathParameter(parameter.name)) return completePath(a.prefix, sources.listDirectory);
  return [];
}

async function completeValue(a: CursorAnalysis, command: CmdletMetadata | undefined, sources: CompletionSources, signal: AbortSignal): Promise<CompletionItem[]> {
  const target = command ? argumentTarget(command, a.words) : { kind: 'none' as const };
  if (target.kind === 'named') return completeParameterValue(a, target.parameter, sources, signal);
  if (target.kind === 'positional') return completeParameterValue(a, { name: target.parameter.name, common: false, metadata: target.parameter }, sources, signal, true);
  // An argument no parameter takes: file names, as PowerShell falls back to.
  return completePath(a.prefix, sources.listDirectory);
}

function completeVariable(a: CursorAnalysis, sources: CompletionSources): CompletionItem[] {
  const sigil = a.prefix.startsWith('@') ? '@' : '$';
  const typed = a.prefix.slice(1);
  const names = new Set([...sources.variables(), ...AUTOMATIC_VARIABLES]);
  const matching = [...names].filter((n) => startsWithIgnoreCase(n, typed)).sort((x, y) => x.localeCompare(y));
  return items(matching, 'variable', (n) => `${sigil}${/^[\w:?]+$/.test(n) ? n : `{${n}}`}`);
}

export async function complete(text: string, cursor: number, sources: CompletionSources, signal: AbortSignal): Promise<CompletionResult> {
  const a = analyzeCursor(text, cursor);
  const command = a.commandName !== undefined ? sources.findCommand(a.commandName) : undefined;
  let found: CompletionItem[];
  switch (a.kind) {
    case 'command':
      found = completeCommand(a.prefix, sources);
      break;
    case 'parameter':
      found = command ? completeParameterName(a, command) : [];
      break;
    case 'variable':
      found = completeVariable(a, sources);
      break;
    case 'argument':
      found = await completeValue(a, command, sources, signal);
      break;
  }
  return { start: a.span.start, end: a.span.end, items: found };
}
