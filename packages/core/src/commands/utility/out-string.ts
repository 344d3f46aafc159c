/**
 * Out-String: renders objects as text through the formatter, as the screen would show them
 * (without colour): one string for everything, or with -Stream one string per line as records arrive.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { createFormatter, formatRecords, renderDescriptions, renderText } from '../../format/index.js';

interface OutStringState {
  records: unknown[];
  formatter: ReturnType<typeof createFormatter> | undefined;
}

/** Column width of the text when -Width is not given (pwsh uses the window width; 120 is its common default). */
export const defaultOutStringWidth = 120;

export const outString = defineCmdlet({
  name: 'Out-String',
  synopsis: 'Converts objects to the text they display as.',
  description:
    'Out-String formats its input as the shell would display it (tables, lists, values) and outputs the text: by ' +
    'default one string holding every line, with -Stream one string per line. -Width sets the line width used to ' +
    'fit tables; -NoNewline leaves out the final newline.',
  outputType: 'System.String',
  examples: [
    { code: '$text = Get-EntraIDUser | Out-String', remarks: 'Captures the user table as a single string.' },
    { code: "Get-Command *-Object | Out-String -Stream | Select-String 'Sort'", remarks: 'Treats each displayed line as its own string.' },
    { code: 'Get-Date | Format-List | Out-String -Width 80', remarks: 'Renders the list view as text 80 columns wide.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: 'The objects to render; usually piped.' }),
    Stream: switchParameter({ help: 'Outputs each line as a separate string, as soon as it is formatted.' }),
    Width: parameter(types.int32, { default: defaultOutStringWidth, validate: { range: [2, 2147483647] }, help: 'The line width.' }),
    NoNewline: switchParameter({ help: 'Removes the newline at the end of the text.' }),
  },
  state: (): OutStringState => ({ records: [], formatter: undefined }),
  async process(args, ctx, state) {
    if (args.InputObject === undefined) return;
    if (!args.Stream) {
      state.records.push(args.InputObject);
      return;
    }
    state.formatter ??= createFormatter();
    for (const chunk of state.formatter.push(args.InputObject)) {
      for (const line of renderText(chunk, { width: args.Width, color: false }).split('\n')) await ctx.write(line);
    }
  },
  async end(args, ctx, state) {
    if (args.Stream) {
      for (const chunk of state.formatter?.flush() ?? []) {
        for (const line of renderText(chunk, { width: args.Width, color: false }).split('\n')) await ctx.write(line);
      }
      return;
    }
    if (state.records.length === 0) return;
    const text = renderDescriptions(formatRecords(state.records), { width: args.Width, color: false });
    await ctx.write(args.NoNewline ? text.replace(/\r?\n$/, '') : text);
  },
});
