/**
 * Tab completion from the binder's metadata. core's analyzeCursor says what is being typed (a
 * command name, a parameter name, a variable or an argument value, and for which command and
 * parameter); this module turns that into matches:
 *   - command names and aliases (wildcards allowed: `*-EntraIDUser`)
 *   - parameter names valid for the command and not yet given
 *   - values: the parameter's declared completions (enums such as -ErrorAction, -AzureEnvironment),
 *     $true/$false for switches and booleans, user principal names for user parameters (looked up
 *     in the connected tenant), file paths for path parameters and positional arguments
 *   - $variables
 */
import { analyzeCursor, matchesWildcard, type CmdletMetadata, type CursorAnalysis } from '@entra-shell/core';
import type { CompletionItem, CompletionKind, CompletionResult } from '../backend/types.js';
import { completePath, isPathParameter, type DirectoryLister } from './paths.js';
import { offeredParameters, resolveParameter, type OfferedParameter } from './parameters.js';
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
}

const AUTOMATIC_VARIABLES = ['true', 'false', 'null', '_', 'PSItem', 'args', 'Error', 'Matches', 'PSVersionTable'];

function startsWithIgnoreCase(value: string, prefix: string): boolean {
  return value.toLowerCase().startsWith(prefix.toLowerCase());
}

function items(values: readonly string[], kind: CompletionKind, toReplacement: (v: string) => string = (v) => v): CompletionItem[] {
  return values.map((v) => ({ replacement: toReplacement(v), display: v, kind }));
}

function completeCommand(prefix: string, sources: CompletionSources): CompletionItem[] {
  const pattern = /[*?]/.test(prefix) ? prefix : `${prefix}*`;
  const names = new Set<string>();
  for (const c of sources.commands()) {
    for (const name of [c.name, ...c.aliases]) if (matchesWildcard(name, pattern)) names.add(name);
  }
  return items([...names].sort((a, b) => a.localeCompare(b)), 'command');
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

async function completeValue(a: CursorAnalysis, command: CmdletMetadata | undefined, sources: CompletionSources, signal: AbortSignal): Promise<CompletionItem[]> {
  const typed = unquotePrefix(a.prefix);
  const parameter = command && a.parameterName !== undefined ? resolveParameter(command, a.parameterName) : undefined;
  if (parameter) {
    const declared = declaredValues(parameter);
    if (declared.length > 0) return items(declared.filter((v) => startsWithIgnoreCase(v, typed)), 'value', quoteIfNeeded);
    if (isSwitchOrBoolean(parameter)) return items(['$true', '$false'].filter((v) => startsWithIgnoreCase(v, a.prefix)), 'value');
    if (isUserParameter(parameter)) {
      const names = sources.userNames ? await sources.userNames(typed, signal) : [];
      return items(names, 'user', quoteIfNeeded);
    }
    if (!isPathParameter(parameter.name)) return [];
  }
  // Positional arguments and path parameters: file names, as PowerShell falls back to.
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
