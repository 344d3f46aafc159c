import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineCmdlet, parameter, types } from '../../cmdlet/index.js';
import { PSObject } from '../../values/model.js';
import { output, run, utilitySession } from './test-support/run.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'entra-export-csv-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string): string => join(dir, name);
const quoted = (path: string): string => `'${path.replace(/'/g, "''")}'`;

describe('Export-Csv', () => {
  it('writes a quoted header from the first object and one line per object, no #TYPE line', async () => {
    const path = file('users.csv');
    await output(
      `[pscustomobject]@{ Name = 'Zoë, A'; Quote = 'say "hi"'; Empty = ''; Null = $null }, [pscustomobject]@{ Name = 'Bob'; Other = 1 } | Export-Csv ${quoted(path)}`,
    );
    expect(readFileSync(path, 'utf8')).toBe('"Name","Quote","Empty","Null"\n"Zoë, A","say ""hi""","",\n"Bob",,,\n');
  });

  it('writes UTF-8 without a BOM by default, with one for -Encoding utf8BOM', async () => {
    await output(`[pscustomobject]@{ A = 'é' } | Export-Csv ${quoted(file('plain.csv'))}`);
    await output(`[pscustomobject]@{ A = 'é' } | Export-Csv ${quoted(file('bom.csv'))} -Encoding utf8BOM`);
    expect(readFileSync(file('plain.csv'))[0]).toBe(0x22);
    expect([...readFileSync(file('bom.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('honours -Delimiter, -UseQuotes and -IncludeTypeInformation', async () => {
    await output(`[pscustomobject]@{ A = 'x;y'; B = 'z' } | Export-Csv ${quoted(file('a.csv'))} -Delimiter ';' -UseQuotes AsNeeded -IncludeTypeInformation`);
    expect(readFileSync(file('a.csv'), 'utf8')).toBe('#TYPE System.Management.Automation.PSCustomObject\nA;B\n"x;y";z\n');
  });

  it('appends under the existing header, and needs -Force for objects missing a column', async () => {
    const path = file('append.csv');
    writeFileSync(path, '"B","A"\n"1","2"\n');
    await output(`[pscustomobject]@{ A = 'a'; B = 'b'; C = 'c' } | Export-Csv ${quoted(path)} -Append`);
    expect(readFileSync(path, 'utf8')).toBe('"B","A"\n"1","2"\n"b","a"\n');
    const result = await run(`[pscustomobject]@{ A = 'only' } | Export-Csv ${quoted(path)} -Append`);
    expect(result.errors[0]?.message).toBe(
      `Cannot append CSV content to the following file: ${path}. The appended object does not have a property that corresponds to the following column: B. To continue with mismatched properties, add the -Force parameter, and then retry the command.`,
    );
    await output(`[pscustomobject]@{ A = 'only' } | Export-Csv ${quoted(path)} -Append -Force`);
    expect(readFileSync(path, 'utf8').endsWith('\n,"only"\n')).toBe(true);
  });

  it('refuses to replace a file with -NoClobber', async () => {
    const path = file('keep.csv');
    writeFileSync(path, 'old');
    expect((await run(`1 | Export-Csv ${quoted(path)} -NoClobber`)).errors[0]?.message).toBe(`The file '${path}' already exists.`);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('writes a relative path under the session location that Set-Location chose, not the process working directory', async () => {
    mkdirSync(file('reports'));
    const session = utilitySession([], { location: dir });
    await output(`cd reports; [pscustomobject]@{ A = 1 } | Export-Csv out.csv; cd ..; [pscustomobject]@{ B = 2 } | Export-Csv ./top.csv`, session);
    expect(readFileSync(join(dir, 'reports', 'out.csv'), 'utf8')).toBe('"A"\n"1"\n');
    expect(readFileSync(file('top.csv'), 'utf8')).toBe('"B"\n"2"\n');
    expect(existsSync(join(process.cwd(), 'out.csv'))).toBe(false);
  });

  it('writes nothing under -WhatIf', async () => {
    const result = await run(`[pscustomobject]@{ A = 1 } | Export-Csv ${quoted(file('w.csv'))} -WhatIf`);
    expect(existsSync(file('w.csv'))).toBe(false);
    expect(result.information[0]?.hostText).toBe(`What if: Performing the operation "Export-Csv" on target "${file('w.csv')}".`);
  });

  it('puts every row on disk as soon as it is produced, so an interrupted run keeps the completed rows', async () => {
    const path = file('rows.csv');
    const seenOnDisk: string[] = [];
    const producer = defineCmdlet({
      name: 'Get-TestRow',
      synopsis: 'Emits rows, looking at the CSV file before each one, and fails at a chosen row.',
      parameters: { Count: parameter(types.int32, { mandatory: true }), FailAt: parameter(types.int32, { default: 0 }) },
      async process({ Count, FailAt }, ctx) {
        for (let i = 1; i <= Count; i++) {
          seenOnDisk.push(existsSync(path) ? readFileSync(path, 'utf8') : '<none>');
          if (i === FailAt) ctx.throwTerminating({ message: 'The bulk run was interrupted.', errorId: 'Interrupted' });
          await ctx.write(new PSObject({ N: i, Text: `row ${i}, "quoted"` }));
        }
      },
    });
    const result = await run(`Get-TestRow -Count 5 -FailAt 4 | Export-Csv ${quoted(path)}`, utilitySession([producer]));
    expect(result.errors[0]?.message).toBe('The bulk run was interrupted.');
    expect(seenOnDisk).toEqual([
      '',
      '"N","Text"\n"1","row 1, ""quoted"""\n',
      '"N","Text"\n"1","row 1, ""quoted"""\n"2","row 2, ""quoted"""\n',
      '"N","Text"\n"1","row 1, ""quoted"""\n"2","row 2, ""quoted"""\n"3","row 3, ""quoted"""\n',
    ]);
    expect(readFileSync(path, 'utf8').split('\n').length - 1).toBe(4);
  });
});
