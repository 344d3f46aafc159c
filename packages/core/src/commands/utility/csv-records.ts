/**
 * Parsed CSV rows → PSCustomObjects with string properties, shared by Import-Csv and
 * ConvertFrom-Csv. The first row is the header (unless -Header gave one); a leading `#TYPE`
 * line names the objects' type as `CSV:<name>`. Parsing itself is csv-parse's.
 */
import { CsvError, parse, type Parser } from 'csv-parse';
import { PSObject } from '../../values/model.js';

/** A header PowerShell refuses (duplicate names); the cmdlet turns it into a terminating error. */
export class CsvHeaderError extends Error {
  override readonly name = 'CsvHeaderError';
}

export const missingHeaderWarning =
  'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.';

export function csvParser(delimiter: string): Parser {
  return parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
}

export { CsvError };

export class CsvRowReader {
  #header: string[] | undefined;
  #typeNames = ['System.Management.Automation.PSCustomObject'];
  #first = true;

  /** `onWarning` receives the missing-header warning once. */
  constructor(
    header: readonly string[] | undefined,
    private readonly onWarning: (message: string) => void,
  ) {
    if (header) this.#header = this.#checked(header);
  }

  #checked(names: readonly string[]): string[] {
    let defaulted = false;
    const header = names.map((name, i) => {
      if (name.trim() !== '') return name;
      defaulted = true;
      return `H${i + 1}`;
    });
    if (defaulted) this.onWarning(missingHeaderWarning);
    const seen = new Set<string>();
    for (const name of header) {
      if (seen.has(name.toLowerCase())) throw new CsvHeaderError(`The member "${name}" is already present.`);
      seen.add(name.toLowerCase());
    }
    return header;
  }

  /** The object for one parsed row, or undefined for the #TYPE line and the header row. */
  read(row: readonly string[]): PSObject | undefined {
    const first = this.#first;
    this.#first = false;
    const only = row[0] ?? '';
    if (first && row.length === 1 && only.startsWith('#TYPE ')) {
      this.#typeNames = [`CSV:${only.slice('#TYPE '.length).trim()}`, ...this.#typeNames];
      this.#first = true;
      return undefined;
    }
    if (!this.#header) {
      this.#header = this.#checked(row);
      return undefined;
    }
    // Missing trailing fields are $null; extra fields beyond the header are ignored.
    const entries: [string, unknown][] = this.#header.map((name, i) => [name, row[i] ?? null]);
    return new PSObject(entries, [...this.#typeNames]);
  }
}
