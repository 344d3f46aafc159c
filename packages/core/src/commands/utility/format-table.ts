/**
 * Format-Table (ft): formats objects as a table. It emits format data (FormattedChunk records),
 * not text: hosts render them, Out-String turns them into text. Without -AutoSize the column
 * widths come from the first rows and the table streams; with it every row is measured first.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { FormattedChunk, renderValueForDisplay, type TableColumn } from '../../format/index.js';
import { PSGuid, PSHashtable, PSObject, PSTimeSpan } from '../../values/model.js';
import { columnsFor, columnText, rowValues, type Column } from './format-columns.js';
import { formatTableKeys, parsePropertyParameter, type PropertySpec } from './property-expression.js';

/** Rows held back to size the columns when not -AutoSize (the streaming formatter's default). */
const previewRows = 50;

interface TableState {
  specs: PropertySpec[] | undefined;
  columns: Column[] | undefined;
  tableColumns: TableColumn[] | undefined;
  pending: { cells: string[]; values: unknown[] }[];
}

const nameColumn: Column = { label: 'Name', value: (record) => Promise.resolve(record) };
const valueColumn: Column = { label: 'Value', value: (record) => Promise.resolve(record) };

function isStructured(value: unknown): boolean {
  return value instanceof PSObject || value instanceof PSHashtable || value instanceof PSTimeSpan || value instanceof PSGuid;
}

function sized(state: TableState): TableColumn[] {
  const columns = state.columns ?? [];
  return columns.map((c, i) => {
    const firstValue = state.pending.find((r) => r.values[i] !== null && r.values[i] !== undefined)?.values[i];
    const natural = Math.max(c.label.length, ...state.pending.map((r) => r.cells[i]?.length ?? 0));
    return { header: c.label, align: c.align ?? (typeof firstValue === 'number' ? 'right' : 'left'), width: c.width ?? natural };
  });
}

/** Rows without a header: aligned text lines, since a table description always carries its header. */
function headerlessLines(columns: readonly TableColumn[], rows: readonly string[][]): string[] {
  return rows.map((cells) =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? '';
        const width = Math.max(c.width ?? 0, cell.length);
        return c.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' ')
      .trimEnd(),
  );
}

async function release(state: TableState, hideHeaders: boolean, ctx: CmdletContext): Promise<void> {
  if (state.pending.length === 0) return;
  const first = state.tableColumns === undefined;
  state.tableColumns ??= sized(state);
  const rows = state.pending.map((r) => r.cells);
  state.pending = [];
  if (hideHeaders) await ctx.write(new FormattedChunk({ kind: 'values', lines: headerlessLines(state.tableColumns, rows) }));
  else await ctx.write(new FormattedChunk({ kind: 'table', columns: state.tableColumns, rows, header: first }));
}

export const formatTable = defineCmdlet({
  name: 'Format-Table',
  aliases: ['ft'],
  synopsis: 'Formats objects as a table.',
  description:
    'Format-Table shows objects as a table with one column per property: those named in -Property (wildcards and ' +
    'calculated properties with Name/Label, Expression, Width, Alignment and FormatString are accepted), else the ' +
    "type's default columns, else every property of the first object. -AutoSize measures every row before " +
    'showing the table. Format-Table produces formatting data for display, so it belongs at the end of a pipeline ' +
    '(or before Out-String).',
  examples: [
    { code: 'Get-EntraIDUser | Format-Table DisplayName, UserPrincipalName -AutoSize', remarks: 'A two-column table sized to its contents.' },
    {
      code: "1..3 | ForEach-Object { [pscustomobject]@{ N = $_; Square = $_ * $_ } } | Format-Table N, @{ Label = 'Root'; Expression = { [math]::Sqrt($_.N) }; FormatString = 'N2' }",
      remarks: 'Adds a calculated column shown with two decimals.',
    },
  ],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: 'The objects to format; usually piped.' }),
    Property: parameter(types.objectArray, {
      position: 0,
      help: 'The columns: property names, wildcards, or @{Label=...; Expression=...; Width=...; Alignment=...; FormatString=...}.',
    }),
    AutoSize: switchParameter({ help: 'Sizes the columns to fit every row (the table appears when all input has arrived).' }),
    HideTableHeaders: switchParameter({ help: 'Leaves out the column headers.' }),
    Wrap: switchParameter({ help: 'Accepted for compatibility: long cells are shortened with an ellipsis.' }),
  },
  state: (): TableState => ({ specs: undefined, columns: undefined, tableColumns: undefined, pending: [] }),
  begin(args, ctx, state) {
    state.specs = parsePropertyParameter(args.Property, formatTableKeys, ctx);
  },
  async process(args, ctx, state) {
    const input = args.InputObject;
    if (input === undefined || input === null) return;
    if (!state.specs && !isStructured(input)) {
      await release(state, args.HideTableHeaders, ctx);
      await ctx.write(new FormattedChunk({ kind: 'values', lines: [renderValueForDisplay(input)] }));
      return;
    }
    if (!state.specs && input instanceof PSHashtable) {
      // A hashtable shows one Name/Value row per entry.
      state.columns ??= [nameColumn, valueColumn];
      for (const [key, value] of input.entries()) state.pending.push({ values: [key, value], cells: [key, columnText(value)] });
    } else {
      state.columns ??= columnsFor(input, state.specs, 'table');
      const columns = state.columns;
      const values = await rowValues(input, columns, ctx);
      state.pending.push({ values, cells: values.map((v, i) => columnText(v, columns[i]?.formatString).replace(/\r?\n/g, ' ')) });
    }
    if (!args.AutoSize && (state.tableColumns !== undefined || state.pending.length >= previewRows)) await release(state, args.HideTableHeaders, ctx);
  },
  async end(args, ctx, state) {
    await release(state, args.HideTableHeaders, ctx);
  },
});
