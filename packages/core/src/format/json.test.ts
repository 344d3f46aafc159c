import { describe, expect, it } from 'vitest';
import { fieldsOf, fromWallClock, localOffsetMinutes } from '../values/datetime/calendar.js';
import { RuntimeError } from '../values/errors.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan } from '../values/model.js';
import { fromJson } from './json-read.js';
import { jsonTruncationWarning, toJson } from './json-write.js';

describe('toJson', () => {
  it('writes pwsh-style indented JSON', () => {
    const obj = new PSObject({ Name: 'a', Count: 2, Tags: ['x', 'y'], Empty: [], Nested: PSHashtable.from({ On: true }), Nothing: null });
    expect(toJson(obj)).toBe(
      [
        '{',
        '  "Name": "a",',
        '  "Count": 2,',
        '  "Tags": [',
        '    "x",',
        '    "y"',
        '  ],',
        '  "Empty": [],',
        '  "Nested": {',
        '    "On": true',
        '  },',
        '  "Nothing": null',
        '}',
      ].join('\n'),
    );
  });

  it('compresses', () => {
    expect(toJson(new PSObject({ a: 1, b: [1, 2], c: 'q"' }), { compress: true })).toBe('{"a":1,"b":[1,2],"c":"q\\""}');
    expect(toJson([], { compress: true })).toBe('[]');
    expect(toJson(new PSObject(), { compress: true })).toBe('{}');
  });

  it('writes scalars: dates in round-trip form, GUIDs, numbers', () => {
    expect(toJson(new PSDateTime(Date.UTC(2026, 10, 27, 16, 47, 45, 120), 'Utc'))).toBe('"2026-11-27T16:47:45.12Z"');
    expect(toJson(new PSDateTime(Date.UTC(2026, 10, 27), 'Utc'))).toBe('"2026-11-27T00:00:00Z"');
    const unspecified = fromWallClock({ year: 2026, month: 1, day: 2, hour: 3, minute: 4, second: 5, millisecond: 0 }, 'Unspecified');
    expect(toJson(unspecified)).toBe('"2026-01-02T03:04:05"');
    const local = fromWallClock({ year: 2026, month: 1, day: 2, hour: 3, minute: 4, second: 5, millisecond: 0 }, 'Local');
    expect(toJson(local)).toMatch(/^"2026-01-02T03:04:05[+-]\d\d:\d\d"$/);
    expect(toJson(new PSGuid('72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1'))).toBe('"72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1"');
    expect(toJson(1.5)).toBe('1.5');
    expect(toJson('line\nbreak')).toBe('"line\\nbreak"');
    expect(toJson(null)).toBe('null');
    expect(toJson(false)).toBe('false');
    expect(toJson(new PSTimeSpan(90_000), { compress: true })).toBe(
      '{"Ticks":900000000,"Days":0,"Hours":0,"Milliseconds":0,"Minutes":1,"Seconds":30,"TotalDays":0.0010416666666666667,"TotalHours":0.025,"TotalMilliseconds":90000,"TotalMinutes":1.5,"TotalSeconds":90}',
    );
  });

  it('stringifies containers deeper than depth and reports it once', () => {
    const deep = PSHashtable.from({ a: PSHashtable.from({ b: PSHashtable.from({ c: PSHashtable.from({ d: 1 }) }) }) });
    const depths: number[] = [];
    expect(toJson(deep, { compress: true, onTruncated: (d) => depths.push(d) })).toBe('{"a":{"b":{"c":"System.Collections.Hashtable"}}}');
    expect(depths).toEqual([2]);
    expect(toJson(deep, { compress: true, depth: 5 })).toBe('{"a":{"b":{"c":{"d":1}}}}');
    expect(toJson(PSHashtable.from({ a: new PSObject({ x: 1 }) }), { compress: true, depth: 0 })).toBe('{"a":"@{x=1}"}');
    expect(toJson(PSHashtable.from({ a: [1, 2] }), { compress: true, depth: 0 })).toBe('{"a":"1 2"}');
    expect(jsonTruncationWarning(2)).toBe('Resulting JSON is truncated as serialization has exceeded the set depth of 2.');
  });
});

describe('fromJson', () => {
  it('reads objects as PSCustomObjects in key order', () => {
    const value = fromJson('{"b": 1, "2": "two", "a": {"n": [1, 2.5, true, null]}}') as PSObject;
    expect(value).toBeInstanceOf(PSObject);
    expect(value.propertyNames()).toEqual(['b', '2', 'a']);
    expect((value.get('A') as PSObject).get('n')).toEqual([1, 2.5, true, null]);
  });

  it('reads hashtables on request, top-level arrays and empty input', () => {
    const table = fromJson('{"a": 1}', { asHashtable: true });
    expect(table).toBeInstanceOf(PSHashtable);
    expect(fromJson('[1, "x"]')).toEqual([1, 'x']);
    expect(fromJson('   ')).toBeNull();
    expect(fromJson('"\\u0041\\n"')).toBe('A\n');
    expect(fromJson('// comment\n{ /* c */ "a": 1 }')).toEqual(new PSObject({ a: 1 }));
  });

  it('turns ISO date-times into DateTime with round-trip kinds', () => {
    const utc = fromJson('"2026-11-27T16:47:45.123Z"') as PSDateTime;
    expect(utc).toEqual(new PSDateTime(Date.UTC(2026, 10, 27, 16, 47, 45, 123), 'Utc'));
    const offset = fromJson('"2026-11-27T16:47:45+02:00"') as PSDateTime;
    expect(offset.kind).toBe('Local');
    expect(offset.epochMs).toBe(Date.UTC(2026, 10, 27, 14, 47, 45));
    const plain = fromJson('"2026-11-27T16:47:45"') as PSDateTime;
    expect(plain.kind).toBe('Unspecified');
    expect(fieldsOf(plain).hour).toBe(16);
    expect(fromJson('"2026-11-27"')).toBe('2026-11-27');
    void localOffsetMinutes;
  });

  it('round-trips toJson output', () => {
    const original = new PSObject({ Name: 'a', When: new PSDateTime(Date.UTC(2026, 0, 1, 8), 'Utc'), List: [1, 2] });
    const back = fromJson(toJson(original)) as PSObject;
    expect(back.get('Name')).toBe('a');
    expect(back.get('When')).toEqual(original.get('When'));
    expect(back.get('List')).toEqual([1, 2]);
  });

  it.each([
    ['{"a": }', "Conversion from JSON failed with error: Unexpected character encountered while parsing value: }. Path 'a', line 1, position 7."],
    ['[1, 2', "Conversion from JSON failed with error: Unexpected end when reading JSON. Path '[1]', line 1, position 5."],
    ['{"a": 1} x', "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: x. Path '', line 1, position 9."],
    ['{"a": 1, "a": 2}', "Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated key 'a'."],
    ['{"a": 1, "A": 2}', "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key 'a' was 'A'."],
  ])('reports %j', (text, message) => {
    let caught: unknown;
    try {
      fromJson(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuntimeError);
    expect((caught as RuntimeError).message).toBe(message);
  });
});
