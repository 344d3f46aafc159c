import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntry, decodeFile, encodeEntry } from './file-format.js';

describe('history file format', () => {
  it('keeps a multi-line entry on one line', () => {
    const entry = 'if ($x) {\n  Get-Date\n}';
    expect(encodeEntry(entry)).toBe('if ($x) {\\n  Get-Date\\n}');
    expect(encodeEntry(entry)).not.toContain('\n');
    expect(decodeEntry(encodeEntry(entry))).toBe(entry);
  });

  it('escapes backslashes so Windows paths survive', () => {
    expect(encodeEntry('Import-Csv C:\\new\\users.csv')).toBe('Import-Csv C:\\\\new\\\\users.csv');
    expect(decodeEntry(encodeEntry('Import-Csv C:\\new\\users.csv'))).toBe('Import-Csv C:\\new\\users.csv');
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const encoded = encodeEntry(s);
        expect(encoded).not.toMatch(/[\n\r]/);
        expect(decodeEntry(encoded)).toBe(s);
      }),
    );
  });

  it('decodes a file and skips blank lines', () => {
    expect(decodeFile('a\n\nb\\nc\n')).toEqual(['a', 'b\nc']);
  });
});
