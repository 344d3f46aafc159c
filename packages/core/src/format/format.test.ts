import { afterEach, describe, expect, it } from 'vitest';
import { fromWallClock } from '../values/datetime/calendar.js';
import { PSGuid, PSHashtable, PSObject, PSTimeSpan } from '../values/model.js';
import { cellText, renderValueForDisplay } from './cell-text.js';
import { createFormatter, formatRecords } from './formatter.js';
import { renderDescriptions, renderText } from './render-text.js';
import type { FormatChunk, FormatDescription } from './types.js';
import { registerDefaultView, unregisterDefaultView } from './views.js';

const friday = fromWallClock({ year: 2026, month: 11, day: 27, hour: 16, minute: 47, second: 45, millisecond: 0 }, 'Local');
const plain = { width: 120, color: false };

describe('cellText', () => {
  it.each([
    [null, ''], ['text', 'text'], [42, '42'], [1.5, '1.5'], [true, 'True'], [friday, '11/27/2026 4:47:45 PM'], [['a', 'b'], '{a, b}'],
    [[1, 2, 3, 4, 5], '{1, 2, 3, 4…}'], [[], '{}'], [new PSObject({ A: 1, B: 2 }), '@{A=1; B=2}'], [new PSHashtable(), '{}'],
    [PSHashtable.from({ department: 'Sales', tags: ['a'] }), '{[department, Sales], [tags, System.Object[]]}'],
    [PSHashtable.from({ a: 1, b: 2, c: 3, d: 4, e: 5 }), '{[a, 1], [b, 2], [c, 3], [d, 4]…}'],
    [new PSTimeSpan(5_400_000), '01:30:00'], [new PSGuid('ABC'), 'abc'],
  ])('%j → %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
  it('shows a lone DateTime in the long form', () => {
    expect(renderValueForDisplay(friday)).toBe('Friday, November 27, 2026 4:47:45 PM');
    expect(renderValueForDisplay('x')).toBe('x');
  });
});

describe('formatRecords: view choice', () => {
  afterEach(() => {
    unregisterDefaultView('Test.Pass');
    unregisterDefaultView('Test.Wide');
  });

  it('up to four properties make a table', () => {
    const [table] = formatRecords([new PSObject({ Year: 2026, Month: 11 })]);
    expect(table).toEqual({
      kind: 'table',
      columns: [{ header: 'Year', align: 'right', width: 4 }, { header: 'Month', align: 'right', width: 5 }],
      rows: [['2026', '11']],
    });
  });

  it('five or more properties make a list', () => {
    const [list] = formatRecords([new PSObject({ A: 1, B: 'two', C: null, D: true, E: [1, 2] })]);
    expect(list).toEqual({
      kind: 'list',
      items: [[
        { name: 'A', value: '1' }, { name: 'B', value: 'two' }, { name: 'C', value: '' }, { name: 'D', value: 'True' }, { name: 'E', value: '{1, 2}' },
      ]],
    });
  });

  it('a declared default view wins, with calculated properties', () => {
    registerDefaultView('Test.Pass', {
      properties: ['UserPrincipalName', { label: 'Minutes', expression: (r) => (r as PSObject).get('LifetimeInMinutes') }],
    });
    const pass = new PSObject(
      { UserPrincipalName: 'a@contoso.com', LifetimeInMinutes: 60, Id: 'x', IsUsable: true, CreatedDateTime: friday, MethodUsabilityReason: 'x' },
      ['Test.Pass', 'System.Management.Automation.PSCustomObject'],
    );
    const [table] = formatRecords([pass]);
    expect(table?.kind).toBe('table');
    expect(table?.kind === 'table' && table.columns.map((c) => c.header)).toEqual(['UserPrincipalName', 'Minutes']);
    expect(table?.kind === 'table' && table.rows).toEqual([['a@contoso.com', '60']]);
  });

  it('a declared view may force the list form', () => {
    registerDefaultView('test.wide', { kind: 'list', properties: ['A'] });
    expect(formatRecords([new PSObject({ A: 1, B: 2 }, ['Test.Wide'])])).toEqual([{ kind: 'list', items: [[{ name: 'A', value: '1' }]] }]);
  });

  it('scalars are values, $null shows nothing, arrays unroll', () => {
    expect(formatRecords(['a', null, 1, friday, [true, 'b']])).toEqual([
      { kind: 'values', lines: ['a', '1', 'Friday, November 27, 2026 4:47:45 PM', 'True', 'b'] },
    ]);
  });

  it('hashtables are Name/Value tables, GUIDs one column, TimeSpans lists', () => {
    expect(formatRecords([PSHashtable.from({ a: 1, bb: 'x' })])).toEqual([
      { kind: 'table', columns: [{ header: 'Name', align: 'left', width: 30 }, { header: 'Value', align: 'left', width: 5 }], rows: [['a', '1'], ['bb', 'x']] },
    ]);
    const [guid] = formatRecords([new PSGuid('72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1')]);
    expect(guid?.kind === 'table' && guid.columns[0]?.header).toBe('Guid');
    const [span] = formatRecords([new PSTimeSpan(5_400_000)]);
    expect(span?.kind === 'list' && span.items[0]?.slice(0, 3)).toEqual([
      { name: 'Days', value: '0' }, { name: 'Hours', value: '1' }, { name: 'Minutes', value: '30' },
    ]);
  });

  it('groups records of one shape under one header; a new shape starts a new block', () => {
    const blocks = formatRecords([
      new PSObject({ Name: 'a', Size: 1 }),
      new PSObject({ Name: 'bbb', Size: 22 }),
      'between',
      new PSObject({ Name: 'c', Size: 3 }),
      new PSObject({ Other: 1 }),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'values', 'table', 'table']);
    expect(blocks[0]?.kind === 'table' && blocks[0].rows).toEqual([['a', '1'], ['bbb', '22']]);
    expect(blocks[0]?.kind === 'table' && blocks[0].columns[0]?.width).toBe(4);
  });
});

describe('createFormatter: streaming', () => {
  it('holds a new table until previewRows rows, then streams rows without a header', () => {
    const formatter = createFormatter({ previewRows: 2 });
    expect(formatter.push(new PSObject({ N: 1 }))).toEqual([]);
    const first = formatter.push(new PSObject({ N: 22 }));
    expect(first).toEqual([{ kind: 'table', header: true, columns: [{ header: 'N', align: 'right', width: 2 }], rows: [['1'], ['22']] }]);
    expect(formatter.push(new PSObject({ N: 333 }))).toEqual([
      { kind: 'table', header: false, columns: [{ header: 'N', align: 'right', width: 2 }], rows: [['333']] },
    ]);
    expect(formatter.flush()).toEqual([]);
  });

  it('flush releases pending rows and later rows continue the same table', () => {
    const formatter = createFormatter();
    expect(formatter.push(new PSObject({ N: 1 }))).toEqual([]);
    const flushed = formatter.flush();
    expect(flushed).toHaveLength(1);
    expect(flushed[0]?.kind === 'table' && flushed[0].header).toBe(true);
    const next = formatter.push(new PSObject({ N: 2 }));
    expect(next[0]?.kind === 'table' && next[0].header).toBe(false);
  });

  it('a new shape releases the pending table first, and lists and values stream at once', () => {
    const formatter = createFormatter();
    formatter.push(new PSObject({ N: 1 }));
    const chunks = formatter.push('text');
    expect(chunks.map((c) => c.kind)).toEqual(['table', 'values']);
    expect(formatter.push(new PSObject({ A: 1, B: 2, C: 3, D: 4, E: 5 }))[0]?.kind).toBe('list');
  });
});

describe('renderText', () => {
  const table: FormatDescription = {
    kind: 'table',
    columns: [{ header: 'Name', align: 'left' }, { header: 'Count', align: 'right' }],
    rows: [['alpha', '1'], ['b', '12345']],
  };

  it('renders a table with dashes and right-aligned numbers', () => {
    expect(renderText(table, plain)).toBe(['', 'Name  Count', '----  -----', 'alpha     1', 'b     12345'].join('\n'));
  });

  it('colours headers green bold', () => {
    const lines = renderText(table, { width: 80, color: true }).split('\n');
    expect(lines[1]).toBe('\x1b[32;1mName  Count\x1b[0m');
    expect(lines[2]).toBe('\x1b[32;1m----  -----\x1b[0m');
    expect(lines[3]).toBe('alpha     1');
  });

  it('continuation chunks have no header', () => {
    const chunk: FormatChunk = { kind: 'table', header: false, columns: [{ header: 'N', align: 'right', width: 3 }], rows: [['12345']] };
    expect(renderText(chunk, plain)).toBe('12…');
  });

  const wide: FormatDescription = {
    kind: 'table',
    columns: [
      { header: 'UserPrincipalName', align: 'left' },
      { header: 'DisplayName', align: 'left' },
      { header: 'Id', align: 'left' },
    ],
    rows: [
      ['adele.vance@contoso.onmicrosoft.com', 'Adele Vance', '72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1'],
      ['bob@contoso.com', 'Bob', '00000000-0000-0000-0000-000000000001'],
    ],
  };

  it('fits 200 columns without truncation', () => {
    const lines = renderText(wide, { width: 200, color: false }).split('\n');
    expect(lines[3]).toBe('adele.vance@contoso.onmicrosoft.com Adele Vance 72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1');
    expect(lines.every((l) => !l.includes('…'))).toBe(true);
  });

  it('fits 60 columns by shrinking the widest columns and truncating with …', () => {
    const lines = renderText(wide, { width: 60, color: false }).split('\n');
    expect(lines.every((l) => l.length <= 60)).toBe(true);
    expect(lines[3]).toContain('…');
    expect(lines[1]?.startsWith('UserPrincipalName')).toBe(true);
    expect(lines[4]?.startsWith('bob@contoso.com ')).toBe(true);
    expect(lines).toMatchInlineSnapshot(`
      [
        "",
        "UserPrincipalName       DisplayName Id",
        "-----------------       ----------- --",
        "adele.vance@contoso.on… Adele Vance 72e2eb87-c124-4e3b-a9c4…",
        "bob@contoso.com         Bob         00000000-0000-0000-0000…",
      ]
    `);
  });

  it('drops columns that cannot fit at all', () => {
    const lines = renderText(wide, { width: 3, color: false }).split('\n');
    expect(lines.every((l) => l.length <= 3)).toBe(true);
  });

  it('renders lists with padded names, wrapping long values', () => {
    const list: FormatDescription = { kind: 'list', items: [[{ name: 'Id', value: '1' }, { name: 'DisplayName', value: 'Adele' }], [{ name: 'Id', value: '2' }]] };
    expect(renderText(list, plain)).toBe(['', 'Id          : 1', 'DisplayName : Adele', '', 'Id : 2'].join('\n'));
    expect(renderText(list, { width: 80, color: true }).split('\n')[1]).toBe('\x1b[32;1mId         \x1b[0m : 1');
    const long: FormatDescription = { kind: 'list', items: [[{ name: 'V', value: 'x'.repeat(30) }]] };
    expect(renderText(long, { width: 20, color: false }).split('\n')).toEqual(['', `V : ${'x'.repeat(16)}`, `    ${'x'.repeat(14)}`]);
  });

  it('renders values one per line and whole outputs with pwsh spacing', () => {
    expect(renderText({ kind: 'values', lines: ['a', 'b'] }, plain)).toBe('a\nb');
    const text = renderDescriptions(formatRecords([new PSObject({ Year: 2026, Month: 11 })]), plain);
    expect(text).toBe('\nYear Month\n---- -----\n2026    11\n\n');
  });
});

describe('numbers in tables and lists', () => {
  it('tables show fractional numbers in N format, lists in full', () => {
    const record = new PSObject({ dollar: 1.95, pie: 22 / 7, big: 1234.5, n: 3 });
    const [table] = formatRecords([record]);
    expect(table?.kind === 'table' && table.rows[0]).toEqual(['1.95', '3.14', '1,234.50', '3']);
    const [list] = formatRecords([new PSObject({ a: 22 / 7, b: 1, c: 2, d: 3, e: 4 })]);
    expect(list?.kind === 'list' && list.items[0]?.[0]).toEqual({ name: 'a', value: '3.14285714285714' });
  });
});
