import { afterEach, describe, expect, it } from 'vitest';
import { PSObject } from '../values/model.js';
import { createFormatter, formatRecords } from './formatter.js';
import { FormattedChunk } from './types.js';
import { registerDefaultView, unregisterDefaultView } from './views.js';

describe('pre-formatted chunks (Format-Table / Format-List output)', () => {
  it('passes a FormattedChunk through and ends the table in progress', () => {
    const formatter = createFormatter({ previewRows: 10 });
    expect(formatter.push(new PSObject({ A: 1 }))).toEqual([]);
    const chunk = { kind: 'list' as const, items: [[{ name: 'X', value: '1' }]] };
    const out = formatter.push(new FormattedChunk(chunk));
    expect(out[0]).toMatchObject({ kind: 'table', header: true, rows: [['1']] });
    expect(out[1]).toBe(chunk);
    // The next object starts a new table with its own header.
    formatter.push(new PSObject({ A: 2 }));
    expect(formatter.flush()[0]).toMatchObject({ kind: 'table', header: true, rows: [['2']] });
  });
});

describe('text views', () => {
  afterEach(() => unregisterDefaultView('Test.Text'));

  it('renders a record through its registered text view', () => {
    registerDefaultView('Test.Text', { kind: 'text', properties: [], render: (r) => [`Hello ${String((r as PSObject).get('Name'))}`, 'second'] });
    expect(formatRecords([new PSObject({ Name: 'Ada' }, ['Test.Text'])])).toEqual([{ kind: 'values', lines: ['Hello Ada', 'second'] }]);
  });
});
