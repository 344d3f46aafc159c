/** ConvertFrom-Csv: CSV lines (strings) → objects with string properties, as Import-Csv reads files. */
import { arrayOf, defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { CsvError, csvParser, CsvHeaderError, CsvRowReader } from './csv-records.js';

interface FromCsvState {
  lines: string[];
}

async function convert(text: string, delimiter: string, header: readonly string[] | undefined, ctx: CmdletContext): Promise<void> {
  const warnings: string[] = [];
  const reader = new CsvRowReader(header, (w) => warnings.push(w));
  const parser = csvParser(delimiter);
  parser.end(text);
  for await (const row of parser as AsyncIterable<string[]>) {
    const record = reader.read(row);
    for (const w of warnings.splice(0)) await ctx.writeWarning(w);
    if (record) await ctx.write(record);
  }
}

export const convertFromCsv = defineCmdlet({
  name: 'ConvertFrom-Csv',
  synopsis: 'Converts CSV lines into objects.',
  description:
    'ConvertFrom-Csv reads CSV text (usually piped lines) and outputs one object per data row, with properties ' +
    'named after the header row (or -Header) holding the field values as strings.',
  examples: [
    { code: "'Name,Age','Ada,36' | ConvertFrom-Csv", remarks: 'Creates one object with Name Ada and Age "36".' },
    { code: "Get-Content data.txt | ConvertFrom-Csv -Delimiter ';' -Header Id,Name", remarks: 'Parses headerless, semicolon-separated lines.' },
  ],
  parameters: {
    InputObject: parameter(arrayOf(types.string), { mandatory: true, position: 0, fromPipeline: 'value', allowEmptyString: true, help: 'The CSV lines.' }),
    Delimiter: parameter(types.string, { position: 1, default: ',', validate: { length: [1, 1] }, help: 'The character between fields (a comma by default).' }),
    UseCulture: switchParameter({ help: 'Uses the list separator of the current culture (a comma) as the delimiter.' }),
    Header: parameter(arrayOf(types.string), { help: 'Column names to use instead of the first row, which is then read as data.' }),
  },
  state: (): FromCsvState => ({ lines: [] }),
  process({ InputObject }, _ctx, state) {
    state.lines.push(...InputObject);
  },
  async end(args, ctx, state) {
    try {
      await convert(state.lines.join('\n'), args.Delimiter, args.Header, ctx);
    } catch (error) {
      if (error instanceof CsvHeaderError || error instanceof CsvError) {
        return ctx.throwTerminating({ message: error.message, errorId: 'CsvParseError', category: 'InvalidData', exceptionType: 'FormatException' });
      }
      throw error;
    }
  },
});
