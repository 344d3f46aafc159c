/** Get-Command (gcm): lists the cmdlets and aliases of the session, by name pattern, verb or noun. */
import { arrayOf, defineCmdlet, enumeration, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletDefinition, CommandLookup } from '../../cmdlet/index.js';
import { syntaxLines } from '../../cmdlet/help.js';
import { commandNotFound } from '../../cmdlet/registry.js';
import { hasWildcard, matchesWildcard } from '../../cmdlet/wildcard.js';
import { PSObject } from '../../values/model.js';
import { commandSource } from './command-source.js';

export const cmdletInfoTypeName = 'System.Management.Automation.CmdletInfo';
export const aliasInfoTypeName = 'System.Management.Automation.AliasInfo';
export const functionInfoTypeName = 'System.Management.Automation.FunctionInfo';

type CommandEntry = { kind: 'Alias'; alias: string; target: CmdletDefinition } | { kind: 'Cmdlet' | 'Function'; target: CmdletDefinition };

function entryName(e: CommandEntry): string {
  return e.kind === 'Alias' ? e.alias : e.target.name;
}

function allEntries(commands: CommandLookup): CommandEntry[] {
  return commands
    .list()
    .flatMap((c): CommandEntry[] => [
      { kind: c.commandType === 'Function' ? 'Function' : 'Cmdlet', target: c },
      ...c.aliases.map((alias) => ({ kind: 'Alias' as const, alias, target: c })),
    ]);
}

const kindOrder = { Alias: 0, Function: 1, Cmdlet: 2 } as const;

/** PowerShell's order: aliases, then functions, then cmdlets, each by name. */
function byTypeThenName(a: CommandEntry, b: CommandEntry): number {
  if (a.kind !== b.kind) return kindOrder[a.kind] - kindOrder[b.kind];
  return entryName(a).localeCompare(entryName(b), 'en', { sensitivity: 'base' });
}

export function commandRecord(e: CommandEntry): PSObject {
  const { source, version } = commandSource(e.target.name);
  if (e.kind === 'Alias') {
    return new PSObject(
      {
        CommandType: 'Alias',
        Name: e.alias,
        DisplayName: `${e.alias} -> ${e.target.name}`,
        Definition: e.target.name,
        ResolvedCommandName: e.target.name,
        Version: version,
        Source: source,
      },
      [aliasInfoTypeName],
    );
  }
  // Functions defined in the session belong to no module: PowerShell shows Source and Version empty.
  const isFunction = e.kind === 'Function';
  return new PSObject(
    {
      CommandType: e.kind,
      Name: e.target.name,
      Verb: e.target.verb,
      Noun: e.target.noun,
      Definition: syntaxLines(e.target).map((l) => l.text).join('\n'),
      DefaultParameterSet: e.target.defaultParameterSet,
      OutputType: isFunction ? null : (e.target.outputType ?? null),
      Version: isFunction ? '' : version,
      Source: isFunction ? '' : source,
    },
    [isFunction ? functionInfoTypeName : cmdletInfoTypeName],
  );
}

const commandTypes = enumeration('CommandTypes', ['Alias', 'Function', 'Cmdlet', 'All'] as const);

export const getCommand = defineCmdlet({
  name: 'Get-Command',
  aliases: ['gcm'],
  synopsis: 'Lists the commands of the session.',
  description:
    'Get-Command lists cmdlets, functions and aliases. -Name accepts names and wildcard patterns (Get-Command *-Object) and ' +
    'finds aliases too; a name without wildcards that matches nothing is an error. -Verb and -Noun filter cmdlets by ' +
    'the parts of their Verb-Noun names. -CommandType limits the kinds listed and -Syntax shows the syntax lines ' +
    'instead of the command records.',
  parameterSets: ['AllCommandSet', 'CmdletSet'],
  defaultParameterSet: 'AllCommandSet',
  outputType: cmdletInfoTypeName,
  examples: [
    { code: 'Get-Command *-Object', remarks: 'Lists the cmdlets whose names end in -Object.' },
    { code: 'Get-Command -Verb Get -Noun EntraID*', remarks: 'Lists the Get cmdlets for Entra ID.' },
    { code: 'Get-Command gcm', remarks: 'Shows that gcm is an alias of Get-Command.' },
    { code: 'Get-Command Select-Object -Syntax', remarks: 'Shows the syntax of Select-Object.' },
  ],
  parameters: {
    Name: parameter(arrayOf(types.string), {
      sets: { AllCommandSet: { position: 0, fromPipeline: 'propertyName' } },
      argumentCompleter: 'command',
      help: 'Names or wildcard patterns of the commands to list; aliases match too.',
    }),
    Verb: parameter(arrayOf(types.string), { sets: { CmdletSet: { fromPipeline: 'propertyName' } }, help: 'Lists cmdlets with these verbs (wildcards allowed).' }),
    Noun: parameter(arrayOf(types.string), { sets: { CmdletSet: { fromPipeline: 'propertyName' } }, help: 'Lists cmdlets with these nouns (wildcards allowed).' }),
    CommandType: parameter(commandTypes, { sets: { AllCommandSet: {} }, aliases: ['Type'], default: 'All', help: 'The kinds of command to list: Alias, Function, Cmdlet or All.' }),
    Syntax: switchParameter({ help: 'Shows the syntax of the commands instead of their records.' }),
    TotalCount: parameter(types.int32, { validate: { range: [1, 2147483647] }, help: 'Lists at most this many commands.' }),
  },
  async process(args, ctx) {
    let entries: CommandEntry[];
    if (ctx.parameterSetName === 'CmdletSet') {
      const any = (value: string, patterns: readonly string[] | undefined): boolean => !patterns || patterns.some((p) => matchesWildcard(value, p));
      entries = ctx.commands
        .list()
        .filter((c) => any(c.verb, args.Verb) && any(c.noun, args.Noun))
        .map((target) => ({ kind: 'Cmdlet', target }));
    } else {
      const all = allEntries(ctx.commands).filter((e) => args.CommandType === 'All' || e.kind === args.CommandType);
      if (args.Name === undefined) entries = all;
      else {
        entries = [];
        for (const pattern of args.Name) {
          const matches = all.filter((e) => matchesWildcard(entryName(e), pattern));
          if (matches.length === 0 && !hasWildcard(pattern)) await ctx.writeError({ ...commandNotFound(pattern, []), commandName: ctx.commandName });
          for (const m of matches) if (!entries.includes(m)) entries.push(m);
        }
      }
    }
    entries.sort(byTypeThenName);
    if (args.TotalCount !== undefined) entries = entries.slice(0, args.TotalCount);
    for (const e of entries) {
      if (!args.Syntax) await ctx.write(commandRecord(e));
      else if (e.kind === 'Alias') await ctx.write(`${e.alias} (alias) -> ${e.target.name}`);
      else for (const line of syntaxLines(e.target)) await ctx.write(`\n${line.text}\n`);
    }
  },
});
