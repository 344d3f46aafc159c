/**
 * Group-Object (group): groups objects with equal property values into GroupInfo records
 * (Count, Name, Group, Values), sorted by the grouping values as in pwsh 6.1+.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { PSHashtable, PSObject } from '../../values/model.js';
import { toPSString } from '../../values/stringify.js';
import { compareValues } from './object-order.js';
import { evaluateProperties, expressionOnlyKeys, parsePropertyParameter, type PropertySpec } from './property-expression.js';

export const groupInfoTypeName = 'Microsoft.PowerShell.Commands.GroupInfo';
export const groupInfoNoElementTypeName = 'Microsoft.PowerShell.Commands.GroupInfoNoElement';

interface Group {
  readonly name: string;
  readonly values: readonly unknown[];
  readonly members: unknown[];
  readonly first: number;
}

interface GroupState {
  specs: PropertySpec[] | undefined;
  groups: Map<string, Group>;
  seen: number;
}

export const groupObject = defineCmdlet({
  name: 'Group-Object',
  aliases: ['group'],
  synopsis: 'Groups objects that have the same values for the given properties.',
  description:
    'Group-Object puts objects with equal values of -Property together and outputs one GroupInfo per group with ' +
    'Count, Name (the values as text, joined by ", "), Group (the objects) and Values. Groups come out sorted by ' +
    'their values; objects keep their input order inside a group. Strings compare case-insensitively unless ' +
    '-CaseSensitive is given. -NoElement leaves out the Group property; -AsHashTable returns one hashtable from ' +
    'name to objects instead.',
  outputType: groupInfoTypeName,
  defaultDisplayProperties: ['Count', 'Name', 'Group'],
  examples: [
    { code: "'a','b','a' | Group-Object", remarks: 'Outputs a group a with Count 2 and a group b with Count 1.' },
    { code: 'Import-Csv users.csv | Group-Object Department -NoElement', remarks: 'Counts the rows per department.' },
    { code: '$byDept = Import-Csv users.csv | Group-Object Department -AsHashTable', remarks: 'Looks groups up by name: $byDept.Sales.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: 'The objects to group; usually piped.' }),
    Property: parameter(types.objectArray, { position: 0, help: 'The properties to group by: names or @{Expression=...} hashtables.' }),
    NoElement: switchParameter({ help: 'Leaves the Group property (the objects themselves) out of the results.' }),
    AsHashTable: switchParameter({ help: 'Returns a hashtable whose keys are the group names and whose values are the objects.' }),
    AsString: switchParameter({ help: 'With -AsHashTable, uses the string form of the values as keys.' }),
    CaseSensitive: switchParameter({ help: 'Treats strings that differ only in case as different.' }),
  },
  state: (): GroupState => ({ specs: undefined, groups: new Map(), seen: 0 }),
  begin(args, ctx, state) {
    state.specs = parsePropertyParameter(args.Property, expressionOnlyKeys, ctx);
  },
  async process(args, ctx, state) {
    if (args.InputObject === undefined) return;
    const input = args.InputObject;
    const values = state.specs ? (await evaluateProperties(input, state.specs, ctx)).map((p) => p.value) : [input];
    const name = values.map((v) => toPSString(v)).join(', ');
    const key = args.CaseSensitive ? name : name.toLowerCase();
    const group = state.groups.get(key);
    if (group) group.members.push(input);
    else state.groups.set(key, { name, values, members: [input], first: state.seen });
    state.seen++;
  },
  async end(args, ctx, state) {
    const groups = [...state.groups.values()].sort((a, b) => {
      for (let i = 0; i < a.values.length; i++) {
        const c = compareValues(a.values[i], b.values[i], args.CaseSensitive);
        if (c !== 0) return c;
      }
      return a.first - b.first;
    });
    if (args.AsHashTable) {
      const table = new PSHashtable();
      for (const g of groups) table.set(g.name, [...g.members]);
      await ctx.write(table);
      return;
    }
    for (const g of groups) {
      const record = args.NoElement
        ? new PSObject({ Count: g.members.length, Name: g.name, Values: [...g.values] }, [groupInfoNoElementTypeName, groupInfoTypeName])
        : new PSObject({ Count: g.members.length, Name: g.name, Group: [...g.members], Values: [...g.values] }, [groupInfoTypeName]);
      await ctx.write(record);
    }
  },
});
