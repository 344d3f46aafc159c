import { describe, expect, it } from 'vitest';
import { fromWallClock } from './datetime/calendar.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName, ScriptBlockValue } from './model.js';
import { PSRange, materialize } from './range.js';
import { toPSString } from './stringify.js';
import { isTruthy } from './truthiness.js';
import { isType, typeNameOf } from './type-of.js';
import { resolveType } from './typenames.js';

const date = fromWallClock({ year: 2026, month: 11, day: 27, hour: 16, minute: 47, second: 45, millisecond: 0 }, 'Local');

describe('toPSString', () => {
  it.each([
    [null, ''], ['x', 'x'], [42, '42'], [1.25, '1.25'], [true, 'True'], [false, 'False'], [[1, 2, 3], '1 2 3'], [[1, [2, 3]], '1 System.Object[]'],
    [date, '11/27/2026 16:47:45'], [new PSTimeSpan(5_400_000), '01:30:00'], [new PSGuid('ABC'), 'abc'], [new PSHashtable(), 'System.Collections.Hashtable'],
    [new PSObject({ A: 1, B: 2 }), '@{A=1; B=2}'], [new PSObject({ A: [1, 2], B: null }), '@{A=System.Object[]; B=}'], [new PSObject(), ''],
    [new ScriptBlockValue(null, ' $_ * 2 '), ' $_ * 2 '], [new PSRange(1, 3), '1 2 3'], [new PSTypeName('int'), 'int'],
  ])('%j → %j', (value, text) => {
    expect(toPSString(value)).toBe(text);
  });
});

describe('isTruthy', () => {
  it.each([
    [null, false], [0, false], [1, true], [-1, true], ['', false], ['0', true], ['False', true], [true, true], [false, false],
    [[], false], [[0], false], [[1], true], [[''], false], [[[]], false], [[[0]], true], [[0, 0], true], [new PSHashtable(), true],
    [new PSObject(), true], [date, true], [new PSRange(0, 0), false], [new PSRange(0, 1), true],
  ])('%j → %j', (value, expected) => {
    expect(isTruthy(value)).toBe(expected);
  });
});

describe('typeNameOf / isType', () => {
  it.each([
    ['s', 'System.String'], [1, 'System.Int32'], [5_000_000_000, 'System.Int64'], [1.5, 'System.Double'], [true, 'System.Boolean'],
    [date, 'System.DateTime'], [new PSTimeSpan(0), 'System.TimeSpan'], [new PSGuid('a'), 'System.Guid'], [[1], 'System.Object[]'],
    [new PSHashtable(), 'System.Collections.Hashtable'], [new PSObject(), 'System.Management.Automation.PSCustomObject'],
    [new PSObject({}, ['EntraShell.User', 'System.Management.Automation.PSCustomObject']), 'EntraShell.User'],
    [new ScriptBlockValue(null, ''), 'System.Management.Automation.ScriptBlock'], [null, '$null'],
  ])('%j is %s', (value, name) => {
    expect(typeNameOf(value)).toBe(name);
  });
  it.each([
    ['s', 'string', true], [1, 'int', true], [1, 'long', false], [1, 'double', false], [1.5, 'double', true], [1, 'object', true],
    [null, 'object', false], [[1], 'array', true], [[1], 'Object[]', true], [[1], 'string[]', false], [date, 'datetime', true],
    [new PSHashtable(), 'hashtable', true], [new PSObject(), 'pscustomobject', true], [new PSObject({}, ['EntraShell.User']), 'EntraShell.User', true],
    [new PSGuid('a'), 'System.Guid', true], ['x', '[System.String]', true], [new PSTypeName('int'), 'type', true],
  ])('%j -is [%s] → %j', (value, type, expected) => {
    expect(isType(value, type)).toBe(expected);
  });
  it('unknown types throw', () => {
    expect(() => isType(1, 'Nope')).toThrow('Unable to find type [Nope].');
  });
});

describe('resolveType', () => {
  it.each([
    ['int', 'System.Int32'], ['INT32', 'System.Int32'], ['System.Int64', 'System.Int64'], ['[string[]]', 'System.String[]'], ['int[]', 'System.Int32[]'],
    ['array', 'System.Object[]'], ['PSCustomObject', 'System.Management.Automation.PSCustomObject'], ['ordered', 'System.Collections.Hashtable'],
    ['bool', 'System.Boolean'], ['switch', 'System.Management.Automation.SwitchParameter'],
  ])('%s → %s', (name, fullName) => {
    expect(resolveType(name)?.fullName).toBe(fullName);
  });
  it('rejects unknown and nested array names', () => {
    expect(resolveType('Foo')).toBeUndefined();
    expect(resolveType('int[][]')).toBeUndefined();
  });
});

describe('PSRange', () => {
  it('is lazy and counts both ways', () => {
    const big = new PSRange(1, 1_000_000_000);
    const first: unknown[] = [];
    for (const n of big) {
      if (first.length === 3) break;
      first.push(n);
    }
    expect(first).toEqual([1, 2, 3]);
    expect(new PSRange(3, 1).toArray()).toEqual([3, 2, 1]);
    expect(new PSRange(97, 99, true).toArray()).toEqual(['a', 'b', 'c']);
    expect(materialize(new PSRange(1, 2))).toEqual([1, 2]);
    expect(materialize('x')).toBe('x');
  });
});

void PSDateTime;
