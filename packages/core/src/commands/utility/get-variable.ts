/** Get-Variable: the session's variables by name or wildcard pattern. */
import { arrayOf, defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { hasWildcard, matchesWildcard } from '../../cmdlet/wildcard.js';
import { psVariableTypeName, variableRecord } from './variable-record.js';

export const getVariable = defineCmdlet({
  name: 'Get-Variable',
  aliases: ['gv'],
  synopsis: 'Gets the variables in the current session.',
  description:
    'Get-Variable lists variables with their values, sorted by name. -Name accepts wildcards (*, ?, [a-c]); a name ' +
    'without wildcards that matches nothing is an error. -Exclude removes matches, and -ValueOnly returns just the ' +
    'values.',
  outputType: psVariableTypeName,
  defaultDisplayProperties: ['Name', 'Value'],
  examples: [
    { code: 'Get-Variable', remarks: 'Lists every variable in the session.' },
    { code: 'Get-Variable -Name tap*', remarks: 'Lists the variables whose names start with tap.' },
    { code: 'Get-Variable users -ValueOnly', remarks: 'Returns the value of $users, like writing $users.' },
  ],
  parameters: {
    Name: parameter(arrayOf(types.string), {
      position: 0,
      fromPipeline: 'propertyName',
      default: ['*'] as string[],
      help: 'The names of the variables to get, without the $. Wildcards are allowed.',
    }),
    Exclude: parameter(arrayOf(types.string), { help: 'Names or wildcard patterns of variables to leave out.' }),
    ValueOnly: switchParameter({ help: 'Returns only the values, not the variable records.' }),
  },
  async process({ Name, Exclude, ValueOnly }, ctx) {
    const all = ctx.variables
      .list()
      .filter((v) => !(Exclude ?? []).some((pattern) => matchesWildcard(v.name, pattern)))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    const seen = new Set<string>();
    for (const pattern of Name) {
      const matches = all.filter((v) => matchesWildcard(v.name, pattern));
      if (matches.length === 0 && !hasWildcard(pattern)) {
        await ctx.writeError({
          message: `Cannot find a variable with the name '${pattern}'.`,
          errorId: 'VariableNotFound',
          category: 'ObjectNotFound',
          exceptionType: 'ItemNotFoundException',
          targetObject: pattern,
        });
        continue;
      }
      for (const v of matches) {
        const key = v.name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        await ctx.write(ValueOnly ? v.value : variableRecord(v.name, v.value));
      }
    }
  },
});
