/** Get-Help (help): help generated from the cmdlet declarations, as structured records. */
import { arrayOf, defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletDefinition, CommandLookup } from '../../cmdlet/index.js';
import { hasWildcard, matchesWildcard } from '../../cmdlet/wildcard.js';
import { PSObject } from '../../values/model.js';
import { findAboutTopics, renderTopic, type AboutTopic } from './about/index.js';
import { helpInfoTypeName, helpRecord, parameterRecords, type HelpView } from './help-record.js';

export const helpSummaryTypeName = 'EntraShell.HelpInfoShort';

const generalHelp = [
  'TOPIC',
  '    entra-shell help',
  '',
  'SHORT DESCRIPTION',
  '    Shows how to get help about the commands of this shell.',
  '',
  'LONG DESCRIPTION',
  '    Get-Help <command> shows a command\'s synopsis, syntax and description.',
  '    Add -Examples for examples, -Detailed for parameter descriptions, -Full for everything,',
  '    or -Parameter <name> for one parameter. <command> -? is a shortcut for Get-Help <command>.',
  '',
  '    Get-Command lists the available commands; it accepts wildcards, e.g. Get-Command *-Object.',
  '',
  '    Topics that are not about one command are named about_*: Get-Help about_* lists them.',
  '    Start with about_EntraShell, about_Temporary_Access_Pass and about_Bulk_Issuance.',
  '',
  'EXAMPLES',
  '    Get-Help Get-Date -Examples',
  '    Get-Help Select-Object -Parameter Property',
  '    Get-Help about_Temporary_Access_Pass',
  '    Get-Command -Verb Get',
].join('\n');

/** Every cmdlet whose name or one of whose aliases matches the pattern, in name order. */
export function findHelpTargets(commands: CommandLookup, pattern: string): CmdletDefinition[] {
  if (!hasWildcard(pattern)) {
    const exact = commands.find(pattern);
    return exact ? [exact] : [];
  }
  return commands.list().filter((c) => matchesWildcard(c.name, pattern) || c.aliases.some((a) => matchesWildcard(a, pattern)));
}

function summaryRecord(c: CmdletDefinition): PSObject {
  return new PSObject({ Name: c.name, Category: 'Cmdlet', Synopsis: c.synopsis }, [helpSummaryTypeName]);
}

/** pwsh lists conceptual topics with the category HelpFile. */
function topicSummaryRecord(topic: AboutTopic): PSObject {
  return new PSObject({ Name: topic.name, Category: 'HelpFile', Synopsis: topic.synopsis }, [helpSummaryTypeName]);
}

export const getHelp = defineCmdlet({
  name: 'Get-Help',
  aliases: ['help'],
  synopsis: 'Displays information about commands.',
  description:
    'Get-Help shows the help of a command, generated from its declaration: the synopsis, one syntax line per ' +
    'parameter set, the description and, depending on the switches, the parameters and examples. -Detailed adds ' +
    'parameter descriptions and examples, -Full adds each parameter\'s attributes (required, position, pipeline ' +
    'input, aliases), -Examples shows only the examples and -Parameter shows chosen parameters. A name with ' +
    'wildcards that matches several commands lists them. Aliases lead to the help of the command they stand for. ' +
    'Names starting with about_ are topics about more than one command; Get-Help about_* lists them.',
  parameterSets: ['AllUsersView', 'DetailedView', 'Examples', 'Parameters'],
  defaultParameterSet: 'AllUsersView',
  outputType: helpInfoTypeName,
  examples: [
    { code: 'Get-Help Get-Date', remarks: 'Shows the synopsis, syntax and description of Get-Date.' },
    { code: 'Get-Help Get-Date -Examples', remarks: 'Shows only the examples of Get-Date.' },
    { code: 'Get-Help Select-Object -Parameter First', remarks: 'Describes the -First parameter and its attributes.' },
    { code: 'Get-Help *-Object', remarks: 'Lists the commands whose names end in -Object, with their synopses.' },
    { code: 'Get-Help about_Bulk_Issuance', remarks: 'Explains issuing passes to many users, and how to finish an interrupted run.' },
    { code: 'Select-Object -?', remarks: 'The shortcut form of Get-Help Select-Object.' },
  ],
  parameters: {
    Name: parameter(types.string, {
      position: 0,
      fromPipeline: 'propertyName',
      argumentCompleter: 'helpTopic',
      help: 'The command or about_ topic to show help for: a name, an alias, or a wildcard pattern.',
    }),
    Full: switchParameter({ sets: { AllUsersView: {} }, help: 'Shows the whole help, including parameter attributes.' }),
    Detailed: switchParameter({ sets: { DetailedView: { mandatory: true } }, help: 'Adds parameter descriptions and examples.' }),
    Examples: switchParameter({ sets: { Examples: { mandatory: true } }, help: 'Shows only the examples.' }),
    Parameter: parameter(arrayOf(types.string), {
      sets: { Parameters: { mandatory: true } },
      help: 'Shows only the named parameters (wildcards allowed).',
    }),
  },
  async process(args, ctx) {
    if (args.Name === undefined || args.Name === '') {
      await ctx.write(generalHelp);
      return;
    }
    const targets = findHelpTargets(ctx.commands, args.Name);
    const topics = findAboutTopics(args.Name);
    const onlyTopic = targets.length === 0 && topics.length === 1 ? topics[0] : undefined;
    if (onlyTopic !== undefined) {
      // A topic is text, as pwsh writes an about file.
      await ctx.write(renderTopic(onlyTopic));
      return;
    }
    if (targets.length + topics.length > 1) {
      for (const c of targets) await ctx.write(summaryRecord(c));
      for (const t of topics) await ctx.write(topicSummaryRecord(t));
      return;
    }
    const only = targets.length === 1 ? targets[0] : undefined;
    if (only === undefined) {
      return ctx.throwTerminating({
        message:
          `Get-Help could not find ${args.Name} in a help file in this session. ` +
          'Use Get-Command to list the commands that are available.',
        errorId: 'HelpNotFound',
        category: 'ResourceUnavailable',
        exceptionType: 'HelpNotFoundException',
        targetObject: args.Name,
      });
    }
    if (args.Parameter !== undefined) {
      const patterns = args.Parameter;
      const chosen = parameterRecords(only).filter((p) => {
        const name = String(p.get('Name'));
        const declared = only.parameters.find((d) => d.name === name);
        return patterns.some((pattern) => matchesWildcard(name, pattern) || (declared?.aliases ?? []).some((a) => matchesWildcard(a, pattern)));
      });
      if (chosen.length === 0) {
        return ctx.throwTerminating({
          message: `No parameter matches criteria ${patterns.join(', ')}.`,
          errorId: 'NoParmsFound',
          category: 'InvalidArgument',
          exceptionType: 'PSArgumentException',
          targetObject: patterns.join(', '),
        });
      }
      await ctx.write(helpRecord(only, 'Parameter', chosen));
      return;
    }
    const view: HelpView = args.Full ? 'Full' : args.Detailed ? 'Detailed' : args.Examples ? 'Examples' : 'Default';
    await ctx.write(helpRecord(only, view));
  },
});
