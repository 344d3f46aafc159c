/**
 * Sort-Object (sort): sorts objects by their own value or by properties (names or calculated
 * properties with their own Ascending/Descending). The sort is stable: equal keys keep their
 * input order.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { compareValues } from './object-order.js';
import { valuesEqual } from './object-equality.js';
import { evaluateExpression, parsePropertyParameter, sortKeys, type PropertySpec } from './property-expression.js';
import { hasWildcard, matchesWildcard } from '../../cmdlet/wildcard.js';
import { propertyNames, tryPropertyValue } from './member-access.js';

interface Keyed {
  readonly value: unknown;
  readonly keys: readonly unknown[];
  readonly index: number;
}

interface SortState {
  specs: PropertySpec[] | undefined;
  items: unknown[];
}

/** One sort key: the first matching property for a wildcard name, or the expression's value. */
async function keyOf(input: unknown, spec: PropertySpec, ctx: CmdletContext): Promise<unknown> {
  if (spec.plain && hasWildcard(spec.name)) {
    const name = propertyNames(input).find((n) => matchesWildcard(n, spec.name));
    if (name === undefined) return null;
    const r = tryPropertyValue(input, name);
    return r.found ? r.value : null;
  }
  return (await evaluateExpression(input, spec.expression, ctx)).value;
}

export const sortObject = defineCmdlet({
  name: 'Sort-Object',
  aliases: ['sort'],
  synopsis: 'Sorts objects by property values.',
  description:
    'Sort-Object collects its input and outputs it in order: by the objects themselves, or by the properties ' +
    'given in -Property (names or @{Expression=...; Descending=$true} hashtables, which may choose their own ' +
    'direction). Strings compare case-insensitively unless -CaseSensitive is used; $null sorts first. The sort is ' +
    'stable. -Unique removes objects whose sort keys repeat; -Top and -Bottom keep only the first or last few.',
  parameterSets: ['Default', 'Top', 'Bottom'],
  defaultParameterSet: 'Default',
  examples: [
    { code: '5,3,9,1 | Sort-Object', remarks: 'Outputs 1, 3, 5 and 9.' },
    { code: 'Get-EntraIDUser | Sort-Object DisplayName -Descending', remarks: 'Sorts users by display name, Z to A.' },
    {
      code: "Import-Csv users.csv | Sort-Object @{Expression='Department'; Descending=$true}, Surname",
      remarks: 'Sorts by department descending, then by surname ascending.',
    },
    { code: "'b','A','a','B' | Sort-Object -Unique", remarks: 'Outputs A and b: duplicates differing only in case are removed.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: 'The objects to sort; usually piped.' }),
    Property: parameter(types.objectArray, {
      position: 0,
      help: 'The properties to sort by: names, or @{Expression=...; Ascending/Descending=...} hashtables.',
    }),
    Descending: switchParameter({ help: 'Sorts in descending order (calculated properties may override it).' }),
    Unique: switchParameter({ help: 'Keeps only the first object of each set of equal sort keys.' }),
    CaseSensitive: switchParameter({ help: 'Compares strings case-sensitively.' }),
    Stable: switchParameter({ sets: { Default: {} }, help: 'Accepted for compatibility: the sort is always stable.' }),
    Top: parameter(types.int32, { sets: { Top: { mandatory: true } }, validate: { range: [1, 2147483647] }, help: 'Outputs only the first N sorted objects.' }),
    Bottom: parameter(types.int32, { sets: { Bottom: { mandatory: true } }, validate: { range: [1, 2147483647] }, help: 'Outputs only the last N sorted objects.' }),
  },
  state: (): SortState => ({ specs: undefined, items: [] }),
  begin(args, ctx, state) {
    state.specs = parsePropertyParameter(args.Property, sortKeys, ctx);
  },
  process(args, _ctx, state) {
    if (args.InputObject !== undefined) state.items.push(args.InputObject);
  },
  async end(args, ctx, state) {
    const specs = state.specs;
    const keyed: Keyed[] = [];
    for (const [index, value] of state.items.entries()) {
      // Sequentially: script-block keys run in the session, one at a time.
      const keys: unknown[] = [];
      for (const spec of specs ?? []) keys.push(await keyOf(value, spec, ctx));
      keyed.push({ value, keys: specs ? keys : [value], index });
    }
    const descending = (i: number): boolean => {
      const s = specs?.[i];
      if (s?.descending !== undefined) return s.descending;
      if (s?.ascending !== undefined) return !s.ascending;
      return args.Descending;
    };
    const compareKeys = (a: Keyed, b: Keyed): number => {
      for (let i = 0; i < a.keys.length; i++) {
        const c = compareValues(a.keys[i], b.keys[i], args.CaseSensitive);
        if (c !== 0) return descending(i) ? -c : c;
      }
      return 0;
    };
    keyed.sort((a, b) => compareKeys(a, b) || a.index - b.index);
    let sorted = keyed;
    if (args.Unique) {
      sorted = keyed.filter((k, i) => {
        const prev = keyed[i - 1];
        return prev === undefined || !prev.keys.every((key, j) => valuesEqual(key, k.keys[j], args.CaseSensitive));
      });
    }
    if (args.Top !== undefined) sorted = sorted.slice(0, args.Top);
    if (args.Bottom !== undefined) sorted = sorted.slice(Math.max(0, sorted.length - args.Bottom));
    for (const k of sorted) await ctx.write(k.value);
  },
});
