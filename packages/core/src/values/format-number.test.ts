import { describe, expect, it } from 'vitest';
import { fromWallClock } from './datetime/calendar.js';
import { formatComposite, formatGuid } from './format-composite.js';
import { formatNumber } from './format-number.js';
import { PSGuid, PSObject, PSTimeSpan } from './model.js';

describe('formatNumber: standard formats', () => {
  it.each([
    [1234.5678, 'N2', '1,234.57'], [1234.5678, 'N', '1,234.57'], [1234567, 'N0', '1,234,567'], [-1234.5, 'N1', '-1,234.5'],
    [42, 'D3', '042'], [-42, 'D5', '-00042'], [255, 'X', 'FF'], [255, 'x4', '00ff'], [-1, 'X', 'FFFFFFFF'],
    [0.1234, 'P', '12.34%'], [0.5, 'P0', '50%'], [3.14159, 'F2', '3.14'], [2.5, 'F0', '3'], [3, 'F', '3.00'],
    [1234.5678, 'E2', '1.23E+003'], [1234.5678, 'e', '1.234568e+003'], [1234.5678, 'C', '$1,234.57'], [-5, 'C0', '-$5'],
    [123.456, 'G4', '123.5'], [0.000012345, 'G3', '1.23E-05'], [1.5, 'G', '1.5'], [1.5, 'R', '1.5'], [7, '', '7'],
  ])('%d with %s → %s', (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });
  it('D and X need integers', () => {
    expect(() => formatNumber(1.5, 'D')).toThrow('Format specifier was invalid.');
    expect(() => formatNumber(1.5, 'X')).toThrow('Format specifier was invalid.');
  });
});

describe('formatNumber: custom patterns', () => {
  it.each([
    [3.14159, '0.00', '3.14'], [3.1, '0.00', '3.10'], [1234567.891, '#,##0.00', '1,234,567.89'], [0.5, '#.##', '.5'], [7, '000', '007'],
    [0.256, '0%', '26%'], [0.256, '0.0%', '25.6%'], [12, '#', '12'], [0, '#', ''], [0, '0', '0'], [1234, '#,#', '1,234'],
    [-5, '0;(0)', '(5)'], [5, '0;(0)', '5'], [0, '0;(0);zero', 'zero'], [-1.5, '0.0', '-1.5'], [1500000, '#,##0,,M', '2M'],
    [5551234567, '(###) ###-####', '(555) 123-4567'], [42, "'n='0", 'n=42'], [42, '\\#0', '#42'], [1.005, '0.00', '1.00'],
  ])('%d with %s → %s', (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });
});

describe('formatComposite (-f)', () => {
  const date = fromWallClock({ year: 2026, month: 11, day: 27, hour: 16, minute: 47, second: 45, millisecond: 0 }, 'Local');
  it.each([
    ['{0} and {1}', ['a', 1], 'a and 1'],
    ['[{0,5}]', ['ab'], '[   ab]'],
    ['[{0,-5}]', ['ab'], '[ab   ]'],
    ['{0:N2}', [1234.567], '1,234.57'],
    ['{0:D3}', [7], '007'],
    ['{0:X}', [255], 'FF'],
    ['{0:P}', [0.25], '25.00%'],
    ['{0:yyyy-MM-dd}', [date], '2026-11-27'],
    ['{0}', [date], '11/27/2026 4:47:45 PM'],
    ['{{literal}} {0}', [1], '{literal} 1'],
    ['{0:hh\\:mm}', [new PSTimeSpan(5_400_000)], '01:30'],
    ['{0}', [null], ''],
    ['{0}', [true], 'True'],
    ['{0}', [[1, 2]], 'System.Object[]'],
    ['{0}', [new PSObject({ A: 1 })], '@{A=1}'],
    ['{0:N}', ['text'], 'text'],
    ['{1}{0}', ['a', 'b'], 'ba'],
    ['{0,8:N1}|', [3.14159], '     3.1|'],
  ])('%s', (format, args, text) => {
    expect(formatComposite(format, args)).toBe(text);
  });
  it.each([
    ['{1}', ['a'], 'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..'],
    ['{0', ['a'], 'Error formatting a string: Input string was not in a correct format..'],
    ['}', [], 'Error formatting a string: Input string was not in a correct format..'],
    ['{x}', ['a'], 'Error formatting a string: Input string was not in a correct format..'],
  ])('%s fails', (format, args, message) => {
    expect(() => formatComposite(format, args)).toThrow(message);
  });
  it('formats GUIDs', () => {
    const guid = new PSGuid('72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1');
    expect(formatGuid(guid, 'N')).toBe('72e2eb87c1244e3ba9c45c3db3f9d8a1');
    expect(formatGuid(guid, 'B')).toBe('{72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1}');
    expect(formatComposite('{0:P}', [guid])).toBe('(72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1)');
  });
});

describe('.NET formatting keeps full precision where PowerShell conversion does not', () => {
  it('-f and ToString() use the shortest round-trip text', () => {
    expect(formatComposite('{0}', [0.1 + 0.2])).toBe('0.30000000000000004');
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatNumber(0.1 + 0.2, 'R')).toBe('0.30000000000000004');
  });
});
