/** ConvertTo-Csv: objects → CSV lines (a header from the first object, then one line per object). */
import { arrayOf, defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { csvColumns, csvFields, csvLine, quoteKind, typeInformationLine, type CsvOptions } from './csv-format.js';

interface CsvState {
  columns: string[] | undefined;
}

export const convertToCsv = defineCmdlet({
  name: 'ConvertTo-Csv',
  synopsis: 'Converts objects into CSV lines.',
  description:
    'ConvertTo-Csv outputs a header line with the property names of the first object, then one line per object ' +
    'with its values. Values are quoted by default (-UseQuotes AsNeeded or Never, or -QuoteFields for chosen ' +
    'columns); $null values are left empty. Later objects are written with the first object\'s columns. No #TYPE ' +
    'line is written unless -IncludeTypeInformation is given; -NoTypeInformation is accepted for old scripts.',
  outputType: 'System.String',
  examples: [
    { code: "[pscustomobject]@{ Name = 'Ada'; City = 'London, UK' } | ConvertTo-Csv", remarks: 'Outputs "Name","City" and "Ada","London, UK".' },
    { code: 'Get-EntraIDUser | Select-Object UserPrincipalName, DisplayName | ConvertTo-Csv -Delimiter ";"', remarks: 'Uses semicolons between fields.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { mandatory: true, position: 0, fromPipeline: 'value', allowNull: true, help: 'The objects to convert.' }),
    Delimiter: parameter(types.string, { position: 1, default: ',', validate: { length: [1, 1] }, help: 'The character between fields (a comma by default).' }),
    UseCulture: switchParameter({ help: 'Uses the list separator of the current culture (a comma) as the delimiter.' }),
    NoTypeInformation: switchParameter({ aliases: ['NTI'], help: 'Accepted for compatibility: no #TYPE line is written by default.' }),
    IncludeTypeInformation: switchParameter({ aliases: ['ITI'], help: 'Writes a #TYPE line with the type name of the first object.' }),
    UseQuotes: parameter(quoteKind, { default: 'Always', help: 'When to quote values: Always (default), AsNeeded or Never.' }),
    QuoteFields: parameter(arrayOf(types.string), { aliases: ['QF'], help: 'Quotes only these columns.' }),
    NoHeader: switchParameter({ help: 'Leaves out the header line.' }),
  },
  state: (): CsvState => ({ columns: undefined }),
  async process(args, ctx, state) {
    const input = args.InputObject;
    if (input === undefined || input === null) return;
    const options: CsvOptions = { delimiter: args.Delimiter, useQuotes: args.UseQuotes, quoteFields: args.QuoteFields };
    if (!state.columns) {
      state.columns = csvColumns(input);
      if (args.IncludeTypeInformation && !args.NoTypeInformation) await ctx.write(typeInformationLine(input));
      if (!args.NoHeader) await ctx.write(csvLine(state.columns, state.columns, options));
    }
    await ctx.write(csvLine(csvFields(input, state.columns), state.columns, options));
  },
});
