/**
 * The command registry: case-insensitive lookup of cmdlet names and aliases, Get-Command-style
 * queries, and the "not recognized" error with suggestions.
 */
import { TerminatingError } from '../pipeline/records.js';
import type { ErrorPosition } from '../pipeline/records.js';
import type { CommandLookup } from './context.js';
import type { CmdletDefinition } from './define.js';
import { closestNames } from './suggestions.js';
import { matchesWildcard } from './wildcard.js';

export interface CommandQuery {
  /** Names or wildcard patterns (`*-Object`, `Get-PnP*`); aliases match too. */
  readonly name?: readonly string[];
  readonly verb?: readonly string[];
  readonly noun?: readonly string[];
}

export class CommandRegistry implements CommandLookup {
  readonly #byName = new Map<string, CmdletDefinition>();
  readonly #byAlias = new Map<string, CmdletDefinition>();

  constructor(commands: Iterable<CmdletDefinition> = []) {
    for (const c of commands) this.register(c);
  }

  /** Adds a cmdlet; a name or alias already taken is a programming error. */
  register(command: CmdletDefinition): void {
    const key = command.name.toLowerCase();
    if (this.#byName.has(key) || this.#byAlias.has(key)) throw new Error(`The command '${command.name}' is already registered.`);
    for (const alias of command.aliases) {
      const a = alias.toLowerCase();
      if (this.#byName.has(a) || this.#byAlias.has(a)) throw new Error(`The alias '${alias}' of '${command.name}' is already registered.`);
    }
    this.#byName.set(key, command);
    for (const alias of command.aliases) this.#byAlias.set(alias.toLowerCase(), command);
  }

  find(nameOrAlias: string): CmdletDefinition | undefined {
    const key = nameOrAlias.toLowerCase();
    return this.#byName.get(key) ?? this.#byAlias.get(key);
  }

  /** Every cmdlet, sorted by name (Get-Command's order). */
  list(): readonly CmdletDefinition[] {
    return [...this.#byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Alias → cmdlet name pairs, sorted by alias. */
  aliases(): { readonly alias: string; readonly name: string }[] {
    const pairs = [...this.#byName.values()].flatMap((c) => c.aliases.map((alias) => ({ alias, name: c.name })));
    return pairs.sort((a, b) => a.alias.localeCompare(b.alias));
  }

  /** Get-Command -Name/-Verb/-Noun: every given filter must match (each filter is any-of its patterns). */
  query(query: CommandQuery): CmdletDefinition[] {
    const anyOf = (value: string, patterns: readonly string[] | undefined): boolean =>
      !patterns || patterns.length === 0 || patterns.some((p) => matchesWildcard(value, p));
    return this.list().filter(
      (c) =>
        (anyOf(c.name, query.name) || (query.name !== undefined && c.aliases.some((a) => anyOf(a, query.name)))) &&
        anyOf(c.verb, query.verb) &&
        anyOf(c.noun, query.noun),
    );
  }

  /** Close names and aliases for a mistyped command. */
  suggest(name: string, limit = 3): string[] {
    const candidates = [...this.#byName.values()].flatMap((c) => [c.name, ...c.aliases]);
    return closestNames(name, candidates, limit).map((n) => this.find(n)?.name ?? n).filter((n, i, all) => all.indexOf(n) === i);
  }

  /** The cmdlet, or PowerShell's statement-terminating "not recognized" error. */
  resolve(name: string, position?: ErrorPosition): CmdletDefinition {
    const found = this.find(name);
    if (found) return found;
    throw new TerminatingError(commandNotFound(name, this.suggest(name), position));
  }
}

export function commandNotFound(name: string, suggestions: readonly string[], position?: ErrorPosition) {
  const base =
    `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\n` +
    'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.';
  const hint = suggestions.length > 0 ? `\n\nSuggestion [4,General]: The most similar commands are: ${suggestions.join(', ')}.` : '';
  return {
    message: base + hint,
    errorId: 'CommandNotFoundException',
    category: 'ObjectNotFound' as const,
    exceptionType: 'CommandNotFoundException',
    targetObject: name,
    commandName: name,
    position,
  };
}
