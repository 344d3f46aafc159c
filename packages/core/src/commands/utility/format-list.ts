/**
 * Format-List (fl): formats each object as a list of `Name : Value` lines. Like Format-Table it
 * emits format data (FormattedChunk records) for the host to render, one item per object.
 */
import { defineCmdlet, parameter, types } from '../../cmdlet/index.js';
import { FormattedChunk, renderValueForDisplay, type ListEntry } from '../../format/index.js';
import { PSHashtable, PSObject, PSTimeSpan } from '../../values/model.js';
import { columnsFor, columnText, rowValues, type Column } from './format-columns.js';
import { formatListKeys, parsePropertyParameter, type PropertySpec } from './property-expression.js';

interface ListState {
  specs: PropertySpec[] | undefined;
  columns: Column[] | undefined;
}

export const formatList = defineCmdlet({
  name: 'Format-List',
  aliases: ['fl'],
  synopsis: 'Formats objects as lists of properties.',
  description:
    'Format-List shows each object as a block of Name : Value lines: the properties in -Property (wildcards and ' +
    "calculated properties accepted; * for all), else the type's default list view, else every property. It is the " +
    'easy way to see all the properties of an object. It produces formatting data for display, so it belongs at ' +
    'the end of a pipeline (or before Out-String).',
  examples: [
    { code: 'Get-EntraIDUser -Identity ada@contoso.com | Format-List *', remarks: 'Shows every property of the user.' },
    { code: 'Get-Date | Format-List Year, Month, DayOfWeek', remarks: 'Shows three properties of the date, one per line.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: 'The objects to format; usually piped.' }),
    Property: parameter(types.objectArray, {
      position: 0,
      help: 'The properties to show: names, wildcards (* for all), or @{Label=...; Expression=...; FormatString=...}.',
    }),
  },
  state: (): ListState => ({ specs: undefined, columns: undefined }),
  begin(args, ctx, state) {
    state.specs = parsePropertyParameter(args.Property, formatListKeys, ctx);
  },
  async process(args, ctx, state) {
    const input = args.InputObject;
    if (input === undefined || input === null) return;
    if (!state.specs && input instanceof PSHashtable) {
      // pwsh lists each entry of a dictionary as its own Name/Value item.
      const items: ListEntry[][] = input.entries().map(([key, value]) => [
        { name: 'Name', value: key },
        { name: 'Value', value: columnText(value) },
      ]);
      await ctx.write(new FormattedChunk({ kind: 'list', items }));
      return;
    }
    if (!state.specs && !(input instanceof PSObject) && !(input instanceof PSTimeSpan)) {
      await ctx.write(new FormattedChunk({ kind: 'values', lines: [renderValueForDisplay(input)] }));
      return;
    }
    // Wildcards expand per object: Format-List * shows each object's own properties.
    const columns = state.specs?.some((s) => s.plain && /[*?[]/.test(s.name)) ? columnsFor(input, state.specs, 'list') : (state.columns ??= columnsFor(input, state.specs, 'list'));
    const values = await rowValues(input, columns, ctx);
    const entries: ListEntry[] = columns.map((c, i) => ({ name: c.label, value: columnText(values[i], c.formatString) }));
    await ctx.write(new FormattedChunk({ kind: 'list', items: [entries] }));
  },
});
