/**
 * Export-Csv: writes objects to a CSV file. Each row is appended to the file with a synchronous
 * write as soon as its object arrives, so an interrupted bulk run leaves every completed row on
 * disk. With -Append, the columns come from the file's existing header.
 */
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { parse } from 'csv-parse/sync';
import { arrayOf, defineCmdlet, enumeration, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { csvColumns, csvFields, csvLine, quoteKind, typeInformationLine, type CsvOptions } from './csv-format.js';
import { fileEncodings, nodeEncoding, type FileEncoding } from './file-encoding.js';
import { SecretFileGuard } from '../../secrets/secret-files.js';
import { tryPropertyValue } from './member-access.js';

interface ExportState {
  path: string;
  encoding: BufferEncoding;
  /** Columns from the existing file (-Append) or the first object. */
  columns: string[] | undefined;
  /** False under -WhatIf or when the user declined: nothing is written. */
  enabled: boolean;
  /** Makes the file owner-only before the first row holding a secret is written. */
  guard: SecretFileGuard | undefined;
}

const encodingType = enumeration('Encoding', fileEncodings);

/** The header of an existing CSV file, skipping a #TYPE line; undefined for a missing or empty file. */
function existingHeader(path: string, encoding: BufferEncoding, delimiter: string): string[] | undefined {
  if (!existsSync(path) || statSync(path).size === 0) return undefined;
  const lines = readFileSync(path, encoding).replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines.find((line) => line.trim() !== '' && !line.startsWith('#TYPE'));
  if (header === undefined) return undefined;
  const [row] = parse(header, { delimiter, relax_quotes: true }) as string[][];
  return row;
}

function write(state: ExportState, line: string): void {
  appendFileSync(state.path, line + EOL, { encoding: state.encoding, ...(state.guard?.mode === undefined ? {} : { mode: state.guard.mode }) });
}

function fileError(ctx: CmdletContext, message: string, errorId: string, path: string): never {
  return ctx.throwTerminating({ message, errorId, category: errorId === 'NoClobber' ? 'ResourceExists' : 'InvalidOperation', exceptionType: 'IOException', targetObject: path });
}

export const exportCsv = defineCmdlet({
  name: 'Export-Csv',
  synopsis: 'Writes objects to a CSV file.',
  description:
    'Export-Csv writes a header with the property names of the first object and one line per object, quoting ' +
    'values by default and leaving $null values empty; no #TYPE line is written unless -IncludeTypeInformation is ' +
    'given. The file is UTF-8 without a byte-order mark unless -Encoding says otherwise. Every row is written to ' +
    'disk as soon as its object arrives. -Append adds rows under the existing header (objects missing a column ' +
    'need -Force); -NoClobber refuses to replace an existing file. A file that receives a secret (a Temporary Access ' +
    'Pass, a token, a client secret), whatever objects carried it there, is made readable and writable by its owner ' +
    'only (mode 600) before the first secret is written, and the verbose stream says so.',
  supportsShouldProcess: true,
  examples: [
    { code: 'Get-EntraIDUser | Select-Object UserPrincipalName, DisplayName | Export-Csv users.csv', remarks: 'Saves the users in users.csv.' },
    { code: "$passes | Export-Csv ./taps.csv -Append", remarks: 'Adds the passes to an existing file, keeping its columns.' },
    { code: "Import-Csv in.csv | Export-Csv out.csv -Delimiter ';' -UseQuotes AsNeeded", remarks: 'Re-writes a file with semicolons, quoting only where needed.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { mandatory: true, fromPipeline: 'value', allowNull: true, help: 'The objects to export; usually piped.' }),
    Path: parameter(types.string, { mandatory: true, position: 0, aliases: ['LiteralPath', 'PSPath', 'LP'], help: 'The CSV file to write.' }),
    Delimiter: parameter(types.string, { position: 1, default: ',', validate: { length: [1, 1] }, help: 'The character between fields (a comma by default).' }),
    UseCulture: switchParameter({ help: 'Uses the list separator of the current culture (a comma) as the delimiter.' }),
    Append: switchParameter({ help: 'Adds to the end of the file instead of replacing it.' }),
    Force: switchParameter({ help: 'With -Append, writes objects even when they lack some of the file\'s columns.' }),
    NoClobber: switchParameter({ aliases: ['NoOverwrite'], help: 'Fails instead of replacing an existing file.' }),
    Encoding: parameter(encodingType, { default: 'utf8', help: 'The file encoding: utf8 (no BOM, the default), utf8BOM, utf8NoBOM, ascii, unicode or latin1.' }),
    NoTypeInformation: switchParameter({ aliases: ['NTI'], help: 'Accepted for compatibility: no #TYPE line is written by default.' }),
    IncludeTypeInformation: switchParameter({ aliases: ['ITI'], help: 'Writes a #TYPE line with the type name of the first object.' }),
    UseQuotes: parameter(quoteKind, { default: 'Always', help: 'When to quote values: Always (default), AsNeeded or Never.' }),
    QuoteFields: parameter(arrayOf(types.string), { aliases: ['QF'], help: 'Quotes only these columns.' }),
    NoHeader: switchParameter({ help: 'Leaves out the header line.' }),
  },
  state: (): ExportState => ({ path: '', encoding: 'utf8', columns: undefined, enabled: false, guard: undefined }),
  async begin(args, ctx, state) {
    state.path = ctx.location.resolve(args.Path);
    const { encoding, bom } = nodeEncoding(args.Encoding as FileEncoding);
    state.encoding = encoding;
    if (!(await ctx.shouldProcess(state.path, 'Export-Csv'))) return;
    state.enabled = true;
    state.guard = new SecretFileGuard(ctx, state.path);
    if (args.Append) {
      state.columns = existingHeader(state.path, encoding, args.Delimiter);
      if (!existsSync(state.path)) writeFileSync(state.path, bom, { encoding });
      return;
    }
    if (args.NoClobber && existsSync(state.path)) fileError(ctx, `The file '${state.path}' already exists.`, 'NoClobber', state.path);
    // Like pwsh, the file is created (emptied) even when no object arrives.
    writeFileSync(state.path, bom, { encoding });
  },
  process(args, ctx, state) {
    const input = args.InputObject;
    if (!state.enabled || input === undefined || input === null) return;
    const options: CsvOptions = { delimiter: args.Delimiter, useQuotes: args.UseQuotes, quoteFields: args.QuoteFields };
    // A file that will hold a secret becomes owner-only before the first one is written (an
    // appended-to file too: what it holds is what matters, not who made the file).
    state.guard?.check(input);
    if (!state.columns) {
      state.columns = csvColumns(input);
      if (args.IncludeTypeInformation && !args.NoTypeInformation) write(state, typeInformationLine(input));
      if (!args.NoHeader) write(state, csvLine(state.columns, state.columns, options));
    } else if (args.Append && !args.Force) {
      const missing = state.columns.find((c) => !tryPropertyValue(input, c).found);
      if (missing !== undefined) {
        fileError(
          ctx,
          `Cannot append CSV content to the following file: ${state.path}. The appended object does not have a property that corresponds to the following column: ${missing}. To continue with mismatched properties, add the -Force parameter, and then retry the command.`,
          'CannotAppendCsvWithMismatchedPropertyNames',
          state.path,
        );
      }
    }
    write(state, csvLine(csvFields(input, state.columns), state.columns, options));
  },
});
