import { describe, expect, it } from 'vitest';
import { fieldsOf, fromWallClock } from './datetime/calendar.js';
import { convertTo, toBooleanStrict, tryConvertTo } from './convert.js';
import { ConversionError, RuntimeError } from './errors.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName, ScriptBlockValue } from './model.js';
import { PSRange } from './range.js';

function conversionMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConversionError) return error.message;
    throw error;
  }
  throw new Error('expected a ConversionError');
}

describe('convertTo: numbers', () => {
  it.each([
    ['int', '42', 42], ['int', ' 42 ', 42], ['int', '0x1F', 31], ['int', 2.5, 2], ['int', 3.5, 4], ['int', '2.5', 2], ['int', -2.5, -2],
    ['Int32', true, 1], ['System.Int32', null, 0], ['int', '', 0], ['int', '1kb', 1024], ['int', [7], 7],
    ['long', '5000000000', 5000000000], ['int64', 1.5, 2], ['double', '1.5', 1.5], ['double', '1e3', 1000], ['double', null, 0],
    ['decimal', '12.25', 12.25], ['float', 2, 2], ['byte', 255, 255], ['Double', false, 0],
  ])('[%s]%j → %j', (type, value, expected) => {
    expect(convertTo(value, type)).toBe(expected);
  });

  it.each([
    ['int', 'abc', 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."'],
    ['double', 'x1', 'Cannot convert value "x1" to type "System.Double". Error: "The input string \'x1\' was not in a correct format."'],
    ['int', '3000000000', 'Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['int', 3e9, 'Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['byte', 256, 'Cannot convert value "256" to type "System.Byte". Error: "Value was either too large or too small for a Byte."'],
    ['int', [1, 2], 'Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".'],
    ['int', new PSHashtable(), 'Cannot convert the "System.Collections.Hashtable" value of type "System.Collections.Hashtable" to type "System.Int32".'],
  ])('[%s]%j fails', (type, value, message) => {
    expect(conversionMessage(() => convertTo(value, type))).toBe(message);
  });

  it('keeps the pieces of the failure for the binder', () => {
    try {
      convertTo('abc', 'int');
    } catch (error) {
      expect(error).toBeInstanceOf(ConversionError);
      const e = error as ConversionError;
      expect([e.valueText, e.targetType, e.errorId, e.category]).toEqual(['abc', 'System.Int32', 'InvalidCastFromStringToInteger', 'InvalidArgument']);
    }
  });
});

describe('convertTo: strings, booleans, chars', () => {
  const date = fromWallClock({ year: 2026, month: 11, day: 27, hour: 16, minute: 47, second: 45, millisecond: 0 }, 'Local');
  it.each([
    [42, '42'], [1.5, '1.5'], [null, ''], [true, 'True'], [[1, 'a', null], '1 a '], [date, '11/27/2026 16:47:45'],
    [new PSObject({ A: 1, B: 'x' }), '@{A=1; B=x}'], [new PSHashtable(), 'System.Collections.Hashtable'],
  ])('[string]%j', (value, expected) => {
    expect(convertTo(value, 'string')).toBe(expected);
  });
  it.each([
    ['', false], ['0', true], ['False', true], [0, false], [1, true], [null, false], [[], false], [[0], false], [[0, 0], true],
  ])('[bool]%j → %j', (value, expected) => {
    expect(convertTo(value, 'bool')).toBe(expected);
  });
  it('binding mode accepts only booleans and numbers', () => {
    expect(convertTo(0, 'bool', { strictBoolean: true })).toBe(false);
    expect(convertTo(2, 'System.Boolean', { strictBoolean: true })).toBe(true);
    expect(convertTo(true, 'switch')).toBe(true);
    expect(conversionMessage(() => convertTo('true', 'bool', { strictBoolean: true }))).toBe(
      'Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
    );
    expect(conversionMessage(() => toBooleanStrict([true]))).toContain('Cannot convert value "System.Object[]" to type "System.Boolean"');
    expect(conversionMessage(() => convertTo('x', 'switch'))).toContain('"System.Management.Automation.SwitchParameter"');
  });
  it('[char]', () => {
    expect(convertTo('a', 'char')).toBe('a');
    expect(convertTo(65, 'char')).toBe('A');
    expect(conversionMessage(() => convertTo('ab', 'char'))).toBe('Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."');
  });
});

describe('convertTo: DateTime, Guid, TimeSpan', () => {
  it('parses dates', () => {
    const d = convertTo('2026-12-01T08:00', 'datetime') as PSDateTime;
    expect(fieldsOf(d)).toMatchObject({ year: 2026, month: 12, day: 1, hour: 8 });
    const same = new PSDateTime(0);
    expect(convertTo(same, 'DateTime')).toBe(same);
  });
  it('rejects bad dates, numbers and null', () => {
    expect(conversionMessage(() => convertTo('abc', 'datetime'))).toBe(
      'Cannot convert value "abc" to type "System.DateTime". Error: "String \'abc\' was not recognized as a valid DateTime."',
    );
    expect(conversionMessage(() => convertTo(5, 'datetime'))).toBe('Cannot convert the "5" value of type "System.Int32" to type "System.DateTime".');
    expect(conversionMessage(() => convertTo(null, 'datetime'))).toBe('Cannot convert null to type "System.DateTime".');
  });
  it.each([
    ['72E2EB87-C124-4E3B-A9C4-5C3DB3F9D8A1'], ['72e2eb87c1244e3ba9c45c3db3f9d8a1'], ['{72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1}'], ['(72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1)'],
  ])('[guid]%s', (text) => {
    expect(convertTo(text, 'guid')).toEqual(new PSGuid('72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1'));
  });
  it('rejects bad guids', () => {
    for (const bad of ['abc', '72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a', '{72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1)', '72e2eb87c124-4e3b-a9c4-5c3db3f9d8a1']) {
      expect(conversionMessage(() => convertTo(bad, 'guid'))).toBe(
        `Cannot convert value "${bad}" to type "System.Guid". Error: "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."`,
      );
    }
  });
  it('[timespan]', () => {
    expect(convertTo('01:30:00', 'timespan')).toEqual(new PSTimeSpan(5_400_000));
    expect(convertTo(10_000, 'timespan')).toEqual(new PSTimeSpan(1)); // ticks
    expect(conversionMessage(() => convertTo('soon', 'timespan'))).toBe(
      'Cannot convert value "soon" to type "System.TimeSpan". Error: "String \'soon\' was not recognized as a valid TimeSpan."',
    );
  });
});

describe('convertTo: collections and objects', () => {
  it('arrays convert element-wise and promote scalars', () => {
    expect(convertTo(['1', '2'], 'int[]')).toEqual([1, 2]);
    expect(convertTo('a', 'string[]')).toEqual(['a']);
    expect(convertTo(5, 'array')).toEqual([5]);
    expect(convertTo([1, 'x'], 'Object[]')).toEqual([1, 'x']);
    expect(convertTo(new PSRange(1, 3), 'string[]')).toEqual(['1', '2', '3']);
    expect(convertTo(null, 'string[]')).toBeNull();
    expect(() => convertTo(['1', 'x'], 'int[]')).toThrow('Cannot convert value "x" to type "System.Int32"');
  });
  it('[pscustomobject] from a hashtable keeps key order', () => {
    const obj = convertTo(PSHashtable.from({ Name: 'a', Count: 2 }), 'pscustomobject');
    expect(obj).toBeInstanceOf(PSObject);
    expect((obj as PSObject).propertyNames()).toEqual(['Name', 'Count']);
    expect((obj as PSObject).get('count')).toBe(2);
  });
  it('[hashtable] and [scriptblock]', () => {
    const table = new PSHashtable();
    expect(convertTo(table, 'hashtable')).toBe(table);
    expect(conversionMessage(() => convertTo(new PSObject({ A: 1 }), 'hashtable'))).toBe(
      'Cannot convert the "@{A=1}" value of type "System.Management.Automation.PSCustomObject" to type "System.Collections.Hashtable".',
    );
    const block = new ScriptBlockValue(null, ' $_ ');
    expect(convertTo(block, 'scriptblock')).toBe(block);
    expect(() => convertTo('x', 'scriptblock')).toThrow(ConversionError);
  });
  it('[type] and PSTypeName targets', () => {
    expect(convertTo('int', 'type')).toEqual(new PSTypeName('System.Int32'));
    expect(convertTo('7', new PSTypeName('int'))).toBe(7);
  });
  it('unknown types', () => {
    expect(() => convertTo(1, 'Foo.Bar')).toThrow(new RuntimeError('Unable to find type [Foo.Bar].', 'TypeNotFound'));
    expect(() => convertTo(1, '[nope]')).toThrow('Unable to find type [nope].');
  });
  it('-as returns $null on failure', () => {
    expect(tryConvertTo('abc', 'int')).toBeNull();
    expect(tryConvertTo('12', 'int')).toBe(12);
    expect(() => tryConvertTo('12', 'nope')).toThrow('Unable to find type [nope].');
  });
});
