import { describe, expect, it } from 'vitest';
import { bankersRound, formatNumberInvariant, formatNumberShortest, numericTypeOf, parseNumberString } from './numbers.js';

describe('bankersRound', () => {
  it.each([
    [2.5, 2], [3.5, 4], [-2.5, -2], [-3.5, -4], [2.4, 2], [2.6, 3], [0.5, 0], [1.5, 2], [7, 7],
  ])('%d → %d', (input, expected) => {
    expect(bankersRound(input)).toBe(expected);
  });
});

describe('numericTypeOf', () => {
  it.each([
    [1, 'System.Int32'], [2147483647, 'System.Int32'], [2147483648, 'System.Int64'], [1.5, 'System.Double'], [1e300, 'System.Double'],
  ])('%d is %s', (n, type) => {
    expect(numericTypeOf(n)).toBe(type);
  });
});

describe('formatNumberInvariant', () => {
  it.each([
    [42, '42'], [-7, '-7'], [3.5, '3.5'], [0.1 + 0.2, '0.3'], [1 / 3, '0.333333333333333'], [11111.11 - 11110.01, '1.10000000000036'],
    [Math.PI, '3.14159265358979'], [1e21, '1E+21'], [1.5e-7, '1.5E-07'], [0.0001, '0.0001'], [0.00001, '1E-05'], [123456.789, '123456.789'],
    [Number.NaN, 'NaN'], [Infinity, 'Infinity'], [1e15 + 0.5, '1E+15'], [-2.5e-9, '-2.5E-09'], [123456789.123, '123456789.123'],
  ])('%d → %s', (n, text) => {
    expect(formatNumberInvariant(n)).toBe(text);
  });
});

describe('parseNumberString', () => {
  it.each([
    ['42', 42], [' 42 ', 42], ['\t-3\n', -3], ['0x1F', 31], ['0xFFFFFFFF', -1], ['-0x10', -16], ['1.5', 1.5], ['.5', 0.5],
    ['1e3', 1000], ['1kb', 1024], ['2MB', 2 * 1024 * 1024], ['', 0], ['   ', 0], ['1,000', 1000], ['+5', 5],
  ])('%j → %d', (text, n) => {
    expect(parseNumberString(text)).toBe(n);
  });
  it.each(['abc', '12abc', '1,00', '0x', 'e5', '1.2.3', '--1'])('%j is not a number', (text) => {
    expect(parseNumberString(text)).toBeUndefined();
  });
});

describe('formatNumberShortest (.NET Core ToString)', () => {
  it.each([
    [0.1 + 0.2, '0.30000000000000004'], [1.5, '1.5'], [42, '42'], [1e21, '1E+21'], [1.5e-7, '1.5E-07'], [0.00001, '1E-05'], [1e15 + 0.5, '1.0000000000000005E+15'],
  ])('%d → %s', (n, text) => {
    expect(formatNumberShortest(n)).toBe(text);
  });
});
