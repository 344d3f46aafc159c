/**
 * Import-Csv: reads CSV files into objects whose properties are the columns (all strings),
 * streaming one object per row as the file is read. Handles a UTF-8 byte-order mark.
 */
import { createReadStream, existsSync } from 'node:fs';
import { arrayOf, defineCmdlet, enumeration, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { CsvError, csvParser, CsvHeaderError, CsvRowReader } from './csv-records.js';
import { fileEncodings, nodeEncoding, type FileEncoding } from './file-encoding.js';

const encodingType = enumeration('Encoding', fileEncodings);

async function importFile(path: string, delimiter: string, header: readonly string[] | undefined, encoding: BufferEncoding, ctx: CmdletContext): Promise<void> {
  const warnings: string[] = [];
  const reader = new CsvRowReader(header, (w) => warnings.push(w));
  const stream = createReadStream(path, { encoding });
  const parser = csvParser(delimiter);
  // pipe() does not forward read errors; without this a failed read would leave the parser waiting.
  stream.on('error', (error) => parser.destroy(error));
  stream.pipe(parser);
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      const record = reader.read(row);
      for (const w of warnings.splice(0)) await ctx.writeWarning(w);
      if (record) await ctx.write(record);
    }
  } finally {
    // Stops reading when the pipeline stopped early (Select-Object -First, Ctrl+C).
    stream.destroy();
    parser.destroy();
  }
}

export const importCsv = defineCmdlet({
  name: 'Import-Csv',
  aliases: ['ipcsv'],
  synopsis: 'Reads a CSV file into objects.',
  description:
    'Import-Csv reads CSV files and outputs one object per row, whose properties are named after the header row ' +
    '(or -Header) and hold the field values as strings; missing fields are $null. Rows are sent down the pipeline ' +
    'while the file is still being read. A UTF-8 byte-order mark and a #TYPE first line are handled. The objects ' +
    'bind ByPropertyName to cmdlet parameters with the same names as the columns.',
  examples: [
    { code: 'Import-Csv users.csv', remarks: 'Reads users.csv; each row becomes an object.' },
    {
      code: 'Import-Csv users.csv | New-EntraIDUserTemporaryAccessPass',
      remarks: 'A column named Identity (or UserPrincipalName, if the cmdlet accepts it) binds to the parameter of the same name.',
    },
    { code: "Import-Csv data.txt -Delimiter ';' -Header Id,Name", remarks: 'Reads a headerless, semicolon-separated file.' },
  ],
  parameters: {
    Path: parameter(arrayOf(types.string), {
      mandatory: true,
      position: 0,
      fromPipeline: 'value',
      aliases: ['LiteralPath', 'PSPath', 'LP'],
      help: 'The CSV files to read.',
    }),
    Delimiter: parameter(types.string, { position: 1, default: ',', validate: { length: [1, 1] }, help: 'The character between fields (a comma by default).' }),
    UseCulture: switchParameter({ help: 'Uses the list separator of the current culture (a comma) as the delimiter.' }),
    Header: parameter(arrayOf(types.string), { help: 'Column names to use instead of the first row, which is then read as data.' }),
    Encoding: parameter(encodingType, { default: 'utf8', help: 'The file encoding: utf8 (default; a BOM is skipped), utf8BOM, utf8NoBOM, ascii, unicode or latin1.' }),
  },
  async process(args, ctx) {
    const { encoding } = nodeEncoding(args.Encoding as FileEncoding);
    for (const p of args.Path) {
      const path = ctx.location.resolve(p);
      if (!existsSync(path)) {
        await ctx.writeError({
          message: `Could not find file '${path}'.`,
          errorId: 'FileOpenFailure',
          category: 'OpenError',
          exceptionType: 'FileNotFoundException',
          targetObject: path,
        });
        continue;
      }
      try {
        await importFile(path, args.Delimiter, args.Header, encoding, ctx);
      } catch (error) {
        if (error instanceof CsvHeaderError) {
          return ctx.throwTerminating({ message: error.message, errorId: 'AlreadyPresentPSMemberInfoInternalCollectionAdd', category: 'NotSpecified', exceptionType: 'ExtendedTypeSystemException', targetObject: path });
        }
        if (error instanceof CsvError) {
          return ctx.throwTerminating({ message: `The CSV file '${path}' could not be read: ${error.message}`, errorId: 'CsvParseError', category: 'InvalidData', exceptionType: 'FormatException', targetObject: path });
        }
        throw error;
      }
    }
  },
});
