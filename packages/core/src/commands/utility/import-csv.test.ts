import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineCmdlet, parameter, types } from '../../cmdlet/index.js';
import { PSObject } from '../../values/model.js';
import { output, run, utilitySession } from './test-support/run.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'entra-import-csv-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const quoted = (path: string): string => `'${path.replace(/'/g, "''")}'`;
const props = (value: unknown): [string, unknown][] => (value instanceof PSObject ? value.properties.entries() : []);

describe('Import-Csv', () => {
  it('reads rows as objects with string properties; missing fields are $null', async () => {
    const path = file('u.csv', 'Name,Age,City\n"Lovelace, Ada",36,"said ""hi"""\nBob,41\n');
    const rows = await output(`Import-Csv ${quoted(path)}`);
    expect(rows.map(props)).toEqual([
      [['Name', 'Lovelace, Ada'], ['Age', '36'], ['City', 'said "hi"']],
      [['Name', 'Bob'], ['Age', '41'], ['City', null]],
    ]);
  });

  it('skips a UTF-8 byte-order mark and keeps non-ASCII text', async () => {
    const path = file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Name\nZoë\n', 'utf8')]));
    expect((await output(`Import-Csv ${quoted(path)}`)).map(props)).toEqual([[['Name', 'Zoë']]]);
  });

  it('uses -Header and -Delimiter', async () => {
    const path = file('h.txt', '1;Ada\n2;Bob\n');
    expect((await output(`Import-Csv ${quoted(path)} -Delimiter ';' -Header Id, Name`)).map(props)).toEqual([
      [['Id', '1'], ['Name', 'Ada']],
      [['Id', '2'], ['Name', 'Bob']],
    ]);
  });

  it('round-trips Export-Csv output: quotes, commas, new lines and UTF-8', async () => {
    const path = join(dir, 'round.csv');
    const out = await output(
      `[pscustomobject]@{ A = 'x, "y"'; B = "two\`nlines"; C = 'Zoë' } | Export-Csv ${quoted(path)}; Import-Csv ${quoted(path)}`,
    );
    expect(out.map(props)).toEqual([[['A', 'x, "y"'], ['B', 'two\nlines'], ['C', 'Zoë']]]);
  });

  it('names missing headers H<n> with a warning, and rejects duplicates', async () => {
    const blank = await run(`Import-Csv ${quoted(file('b.csv', 'A,,C\n1,2,3\n'))}`);
    expect(blank.output.map(props)).toEqual([[['A', '1'], ['H2', '2'], ['C', '3']]]);
    expect(blank.warnings[0]?.message).toMatch(/^One or more headers were not specified/);
    const dup = await run(`Import-Csv ${quoted(file('d.csv', 'A,a\n1,2\n'))}`);
    expect(dup.errors[0]?.message).toBe('The member "a" is already present.');
  });

  it('skips a #TYPE line and reports a missing file', async () => {
    const typed = file('t.csv', '#TYPE Some.Type\nA\n1\n');
    const [row] = await output(`Import-Csv ${quoted(typed)}`);
    expect(row instanceof PSObject && row.typeNames[0]).toBe('CSV:Some.Type');
    const missing = await run(`Import-Csv ${quoted(join(dir, 'nope.csv'))}`);
    expect(missing.errors[0]?.message).toBe(`Could not find file '${join(dir, 'nope.csv')}'.`);
  });

  it('reads a relative path from the session location', async () => {
    file('here.csv', 'Name\nAda\n');
    const rows = await output('cd ~; cd -; Import-Csv here.csv', utilitySession([], { location: dir }));
    expect(rows.map(props)).toEqual([[['Name', 'Ada']]]);
  });

  it('streams: Select-Object -First stops reading', async () => {
    const lines = ['N', ...Array.from({ length: 5000 }, (_, i) => String(i))].join('\n');
    expect(await output(`Import-Csv ${quoted(file('big.csv', lines))} | Select-Object -First 2 | ForEach-Object N`)).toEqual(['0', '1']);
  });

  it('binds columns ByPropertyName to cmdlet parameters, converting types', async () => {
    const issue = defineCmdlet({
      name: 'New-TestPass',
      synopsis: 'Echoes what it was given.',
      parameters: {
        Identity: parameter(types.string, { mandatory: true, fromPipeline: 'propertyName', aliases: ['UserPrincipalName'] }),
        LifetimeInMinutes: parameter(types.int32, { fromPipeline: 'propertyName' }),
      },
      async process({ Identity, LifetimeInMinutes }, ctx) {
        await ctx.write(`${Identity}:${String(LifetimeInMinutes)}:${typeof LifetimeInMinutes}`);
      },
    });
    const path = file('taps.csv', 'UserPrincipalName,LifetimeInMinutes,Department\nada@contoso.com,60,IT\nbob@contoso.com,30,HR\n');
    expect(await output(`Import-Csv ${quoted(path)} | New-TestPass`, utilitySession([issue]))).toEqual([
      'ada@contoso.com:60:number',
      'bob@contoso.com:30:number',
    ]);
  });
});
