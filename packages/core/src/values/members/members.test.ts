import { describe, expect, it } from 'vitest';
import { fieldsOf, fromWallClock, wallClockMs } from '../datetime/calendar.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName } from '../model.js';
import { PSRange } from '../range.js';
import { invokeMethod } from './invoke.js';
import { getMember, hasMember, setMember } from './properties.js';
import { invokeStaticMember } from './static-members.js';
import { errorOf } from '../test-support/error-of.js';

const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): PSDateTime =>
  fromWallClock({ year: y, month: mo, day: d, hour: h, minute: mi, second: s, millisecond: ms }, 'Local');
const friday = local(2026, 11, 27, 16, 47, 45, 123);

describe('getMember', () => {
  const user = new PSObject({ UserPrincipalName: 'a@contoso.com', DisplayName: 'A', Tags: ['x', 'y'] });
  it('reads PSObject properties case-insensitively', () => {
    expect(getMember(user, 'userprincipalname')).toBe('a@contoso.com');
    expect(getMember(user, 'Missing')).toBeNull();
    expect(getMember(user, 'Count')).toBe(1);
    expect(errorOf(() => getMember(user, 'Missing', { strict: true })).message).toBe(
      "The property 'Missing' cannot be found on this object. Verify that the property exists.",
    );
  });
  it('reads hashtable keys before the hashtable members', () => {
    const table = PSHashtable.from({ Name: 'n', Count: 99 });
    expect(getMember(table, 'name')).toBe('n');
    expect(getMember(table, 'Count')).toBe(99);
    const plain = PSHashtable.from({ a: 1, b: 2 });
    expect(getMember(plain, 'Count')).toBe(2);
    expect(getMember(plain, 'Keys')).toEqual(['a', 'b']);
    expect(getMember(plain, 'Values')).toEqual([1, 2]);
  });
  it('string, scalar and $null counts', () => {
    expect(getMember('hello', 'Length')).toBe(5);
    expect(getMember(5, 'Count')).toBe(1);
    expect(getMember(null, 'Count')).toBe(0);
    expect(getMember(null, 'Name')).toBeNull();
  });
  it('enumerates members of collections', () => {
    const users = [user, new PSObject({ UserPrincipalName: 'b@contoso.com', Tags: ['z'] }), new PSObject({ Other: 1 })];
    expect(getMember(users, 'UserPrincipalName')).toEqual(['a@contoso.com', 'b@contoso.com']);
    expect(getMember(users, 'Tags')).toEqual(['x', 'y', 'z']);
    expect(getMember([user], 'DisplayName')).toBe('A');
    expect(getMember(users, 'Nope')).toBeNull();
    expect(getMember(users, 'Count')).toBe(3);
    expect(getMember(['ab', 'cde'], 'Length')).toBe(2);
    expect(getMember(new PSRange(1, 4), 'Count')).toBe(4);
  });
  it('DateTime properties', () => {
    expect(getMember(friday, 'Year')).toBe(2026);
    expect(getMember(friday, 'month')).toBe(11);
    expect(getMember(friday, 'Day')).toBe(27);
    expect(getMember(friday, 'Hour')).toBe(16);
    expect(getMember(friday, 'Minute')).toBe(47);
    expect(getMember(friday, 'Second')).toBe(45);
    expect(getMember(friday, 'Millisecond')).toBe(123);
    expect(getMember(friday, 'DayOfWeek')).toBe('Friday');
    expect(getMember(friday, 'DayOfYear')).toBe(331);
    expect(getMember(friday, 'Kind')).toBe('Local');
    expect(fieldsOf(getMember(friday, 'Date') as PSDateTime)).toMatchObject({ day: 27, hour: 0 });
    expect((getMember(friday, 'TimeOfDay') as PSTimeSpan).totalMilliseconds).toBe(((16 * 60 + 47) * 60 + 45) * 1000 + 123);
    expect(getMember(new PSDateTime(Date.UTC(1970, 0, 1), 'Utc'), 'Ticks')).toBe(621355968000000000);
  });
  it('TimeSpan properties', () => {
    const span = new PSTimeSpan(90 * 60_000);
    expect(getMember(span, 'Hours')).toBe(1);
    expect(getMember(span, 'Minutes')).toBe(30);
    expect(getMember(span, 'TotalHours')).toBe(1.5);
    expect(getMember(span, 'TotalMinutes')).toBe(90);
    expect(getMember(span, 'Ticks')).toBe(54_000_000_000);
    expect(getMember(span, 'Days')).toBe(0);
  });
  it('type properties', () => {
    expect(getMember(new PSTypeName('int'), 'FullName')).toBe('System.Int32');
    expect(getMember(new PSTypeName('int'), 'Name')).toBe('Int32');
  });
  it('hasMember', () => {
    expect(hasMember(user, 'displayname')).toBe(true);
    expect(hasMember(user, 'nope')).toBe(false);
    expect(hasMember(friday, 'Year')).toBe(true);
  });
});

describe('setMember', () => {
  it('sets existing PSObject properties and hashtable keys', () => {
    const obj = new PSObject({ Name: 'a' });
    setMember(obj, 'name', 'b');
    expect(obj.get('Name')).toBe('b');
    const table = new PSHashtable();
    setMember(table, 'New', 1);
    expect(table.get('new')).toBe(1);
  });
  it('refuses unknown and read-only properties', () => {
    expect(errorOf(() => setMember(new PSObject(), 'X', 1)).message).toBe(
      "The property 'X' cannot be found on this object. Verify that the property exists and can be set.",
    );
    expect(errorOf(() => setMember(null, 'X', 1)).errorId).toBe('PropertyNotFound');
    expect(errorOf(() => setMember(friday, 'Year', 1)).message).toBe("'Year' is a ReadOnly property.");
  });
});

describe('invokeMethod: strings', () => {
  it.each([
    ['ToUpper', 'abc', [], 'ABC'], ['ToLower', 'ABC', [], 'abc'], ['Trim', '  a  ', [], 'a'], ['Trim', 'xxaxx', ['x'], 'a'],
    ['TrimStart', '  a ', [], 'a '], ['TrimEnd', 'a.,', ['.,'], 'a'], ['Split', 'a,b,,c', [','], ['a', 'b', '', 'c']],
    ['Split', 'a-b_c', ['-_'], ['a-b_c']], ['Split', 'a-b_c', [['-', '_']], ['a', 'b', 'c']], ['Split', 'a,b,c', [',', 2], ['a', 'b,c']],
    ['Split', 'a,,b', [',', 'RemoveEmptyEntries'], ['a', 'b']], ['Replace', 'a.b.c', ['.', '-'], 'a-b-c'], ['Replace', 'aXa', ['x', 'y'], 'aXa'],
    ['Replace', 'aXa', ['x', 'y', 'OrdinalIgnoreCase'], 'aya'], ['Contains', 'Hello', ['ell'], true], ['Contains', 'Hello', ['ELL'], false],
    ['Contains', 'Hello', ['ELL', 'OrdinalIgnoreCase'], true], ['StartsWith', 'Hello', ['He'], true], ['EndsWith', 'Hello', ['LO'], false],
    ['EndsWith', 'Hello', ['LO', 'CurrentCultureIgnoreCase'], true], ['Substring', 'Hello', [1], 'ello'], ['Substring', 'Hello', [1, 3], 'ell'],
    ['IndexOf', 'Hello', ['l'], 2], ['IndexOf', 'Hello', ['l', 3], 3], ['IndexOf', 'Hello', ['L'], -1], ['LastIndexOf', 'Hello', ['l'], 3],
    ['PadLeft', '7', [3, '0'], '007'], ['PadRight', 'a', [3], 'a  '], ['Insert', 'ac', [1, 'b'], 'abc'], ['Remove', 'abcd', [1, 2], 'ad'],
    ['Remove', 'abcd', [2], 'ab'], ['Equals', 'a', ['a'], true], ['Equals', 'a', ['A'], false], ['ToString', 'a', [], 'a'],
    ['ToCharArray', 'ab', [], ['a', 'b']], ['Substring', 'Hello', ['2'], 'llo'],
  ])('%s on %j with %j', (name, target, args, expected) => {
    expect(invokeMethod(target, name, args)).toEqual(expected);
  });
  it('reports .NET exceptions, overloads and missing methods like PowerShell', () => {
    expect(errorOf(() => invokeMethod('Hello', 'Substring', [10])).message).toBe(
      'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter \'startIndex\')"',
    );
    expect(errorOf(() => invokeMethod('Hello', 'Substring', [1, 2, 3])).message).toBe('Cannot find an overload for "Substring" and the argument count: "3".');
    expect(errorOf(() => invokeMethod('Hello', 'Foo', [])).message).toBe("Method invocation failed because [System.String] does not contain a method named 'Foo'.");
    expect(errorOf(() => invokeMethod(5, 'Foo', [])).message).toBe("Method invocation failed because [System.Int32] does not contain a method named 'Foo'.");
    expect(errorOf(() => invokeMethod(null, 'ToString', [])).message).toBe('You cannot call a method on a null-valued expression.');
    expect(errorOf(() => invokeMethod('a', 'Substring', ['x'])).message).toBe(
      'Exception calling "Substring" with "1" argument(s): "The input string \'x\' was not in a correct format."',
    );
  });
});

describe('invokeMethod: dates and spans', () => {
  it('adds on the wall clock', () => {
    const cases: [string, number, number][] = [
      ['AddMinutes', 15, 15 * 60_000], ['AddHours', 2, 7_200_000], ['AddHours', 1.5, 5_400_000], ['AddDays', -1, -86_400_000],
      ['AddSeconds', 30, 30_000], ['AddMilliseconds', 5, 5],
    ];
    for (const [name, amount, delta] of cases) {
      const result = invokeMethod(friday, name, [amount]) as PSDateTime;
      expect(wallClockMs(result) - wallClockMs(friday)).toBe(delta);
      expect(result.kind).toBe('Local');
    }
    expect(fieldsOf(invokeMethod(local(2026, 1, 31), 'AddMonths', [1]) as PSDateTime)).toMatchObject({ month: 2, day: 28 });
    expect(fieldsOf(invokeMethod(local(2024, 2, 29), 'AddYears', [1]) as PSDateTime)).toMatchObject({ year: 2025, month: 2, day: 28 });
    expect(wallClockMs(invokeMethod(friday, 'Add', [new PSTimeSpan(1000)]) as PSDateTime) - wallClockMs(friday)).toBe(1000);
  });
  it('subtracts, converts and prints', () => {
    expect((invokeMethod(friday, 'Subtract', [local(2026, 11, 27)]) as PSTimeSpan).totalMilliseconds).toBe(((16 * 60 + 47) * 60 + 45) * 1000 + 123);
    expect((invokeMethod(friday, 'Subtract', [local(2026, 11, 27, 14, 47, 45, 123)]) as PSTimeSpan).totalMilliseconds).toBe(7_200_000);
    const utc = invokeMethod(friday, 'ToUniversalTime', []) as PSDateTime;
    expect(utc.kind).toBe('Utc');
    expect(utc.epochMs).toBe(friday.epochMs);
    expect((invokeMethod(utc, 'ToLocalTime', []) as PSDateTime).kind).toBe('Local');
    expect(invokeMethod(friday, 'ToString', ['yyyy-MM-dd HH:mm'])).toBe('2026-11-27 16:47');
    expect(invokeMethod(friday, 'ToString', [])).toBe('11/27/2026 4:47:45 PM');
    expect(invokeMethod(utc, 'ToString', ['o'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
    expect(invokeMethod(friday, 'ToShortDateString', [])).toBe('11/27/2026');
    expect(invokeMethod(friday, 'ToShortTimeString', [])).toBe('4:47 PM');
    expect(invokeMethod(friday, 'ToLongDateString', [])).toBe('Friday, November 27, 2026');
    expect(errorOf(() => invokeMethod(friday, 'ToString', ['x'])).message).toBe(
      'Exception calling "ToString" with "1" argument(s): "Input string was not in a correct format."',
    );
  });
  it('(Get-Date).AddHours(2) - (Get-Date) is about two hours', () => {
    const later = invokeMethod(PSDateTime.now(), 'AddHours', [2]) as PSDateTime;
    const span = invokeMethod(later, 'Subtract', [PSDateTime.now()]) as PSTimeSpan;
    expect(getMember(span, 'TotalHours')).toBeCloseTo(2, 2);
  });
  it('TimeSpan methods', () => {
    const span = new PSTimeSpan(3_600_000);
    expect((invokeMethod(span, 'Add', [new PSTimeSpan(60_000)]) as PSTimeSpan).totalMilliseconds).toBe(3_660_000);
    expect((invokeMethod(span, 'Negate', []) as PSTimeSpan).totalMilliseconds).toBe(-3_600_000);
    expect(invokeMethod(span, 'ToString', [])).toBe('01:00:00');
    expect(invokeMethod(span, 'ToString', ['hh\\:mm'])).toBe('01:00');
  });
});

describe('invokeMethod: collections and others', () => {
  it('arrays', () => {
    expect(invokeMethod([1, 2, 3], 'Contains', [2])).toBe(true);
    expect(invokeMethod([1, 2, 3], 'Contains', ['2'])).toBe(false);
    expect(invokeMethod(['a', 'B'], 'IndexOf', ['B'])).toBe(1);
    expect(invokeMethod(['a', 'b'], 'ToUpper', [])).toEqual(['A', 'B']);
    expect(invokeMethod(['a'], 'ToUpper', [])).toBe('A');
    expect(invokeMethod([1, 2], 'ToString', [])).toBe('System.Object[]');
    expect(errorOf(() => invokeMethod([], 'Foo', [])).message).toBe("Method invocation failed because [System.Object[]] does not contain a method named 'Foo'.");
  });
  it('hashtables', () => {
    const table = PSHashtable.from({ a: 1 });
    expect(invokeMethod(table, 'ContainsKey', ['A'])).toBe(true);
    expect(invokeMethod(table, 'Add', ['b', 2])).toBeNull();
    expect(table.get('b')).toBe(2);
    expect(errorOf(() => invokeMethod(table, 'Add', ['A', 3])).message).toBe(
      'Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: \'a\'  Key being added: \'A\'"',
    );
    invokeMethod(table, 'Remove', ['a']);
    expect(table.keys()).toEqual(['b']);
    const copy = invokeMethod(table, 'Clone', []) as PSHashtable;
    expect(copy).not.toBe(table);
    expect(copy.entries()).toEqual(table.entries());
  });
  it('numbers, booleans, guids, objects, GetType', () => {
    expect(invokeMethod(1234.5, 'ToString', ['N1'])).toBe('1,234.5');
    expect(invokeMethod(255, 'ToString', ['X2'])).toBe('FF');
    expect(invokeMethod(true, 'ToString', [])).toBe('True');
    const guid = new PSGuid('72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1');
    expect(invokeMethod(guid, 'ToString', [])).toBe('72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1');
    expect(invokeMethod(guid, 'ToString', ['N'])).toBe('72e2eb87c1244e3ba9c45c3db3f9d8a1');
    expect(invokeMethod(new PSObject({ A: 1, B: 'x' }), 'ToString', [])).toBe('@{A=1; B=x}');
    expect(getMember(invokeMethod('s', 'GetType', []), 'Name')).toBe('String');
    expect(getMember(invokeMethod(1.5, 'GetType', []), 'FullName')).toBe('System.Double');
    expect(errorOf(() => invokeMethod(new PSObject({ A: 1 }), 'Foo', [])).message).toBe(
      "Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain a method named 'Foo'.",
    );
  });
});

describe('invokeStaticMember', () => {
  it('[datetime]', () => {
    const before = Date.now();
    const now = invokeStaticMember('datetime', 'Now', undefined) as PSDateTime;
    expect(now.kind).toBe('Local');
    expect(now.epochMs).toBeGreaterThanOrEqual(before);
    expect((invokeStaticMember('DateTime', 'UtcNow', undefined) as PSDateTime).kind).toBe('Utc');
    expect(fieldsOf(invokeStaticMember('datetime', 'Today', undefined) as PSDateTime)).toMatchObject({ hour: 0, minute: 0 });
    expect(fieldsOf(invokeStaticMember('datetime', 'Parse', ['2026-12-01T08:00']) as PSDateTime)).toMatchObject({ month: 12, hour: 8 });
    expect(invokeStaticMember('datetime', 'DaysInMonth', [2024, 2])).toBe(29);
    expect(errorOf(() => invokeStaticMember('datetime', 'Parse', ['nope'])).message).toBe(
      'Exception calling "Parse" with "1" argument(s): "String \'nope\' was not recognized as a valid DateTime."',
    );
  });
  it('[guid]', () => {
    const guid = invokeStaticMember('guid', 'NewGuid', []) as PSGuid;
    expect(guid.value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(invokeStaticMember('System.Guid', 'Empty', undefined)).toEqual(new PSGuid('00000000-0000-0000-0000-000000000000'));
    expect(invokeStaticMember('guid', 'Parse', ['72E2EB87-C124-4E3B-A9C4-5C3DB3F9D8A1'])).toEqual(new PSGuid('72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1'));
  });
  it.each([
    ['Round', [2.5], 2], ['Round', [3.5], 4], ['Round', [2.346, 2], 2.35], ['Round', [2.345, 2], 2.35], ['Round', [2.5, 'AwayFromZero'], 3], ['Round', [-2.5, 0, 'AwayFromZero'], -3],
    ['Round', [1.005, 2], 1], ['Floor', [2.7], 2], ['Ceiling', [2.1], 3], ['Max', [3, '7'], 7], ['Min', [3, 7], 3], ['Abs', [-4], 4],
    ['Pow', [2, 10], 1024], ['Sqrt', [16], 4], ['Truncate', [-2.7], -2],
  ])('[math]::%s(%j)', (name, args, expected) => {
    expect(invokeStaticMember('math', name, args)).toBe(expected);
  });
  it('[string]', () => {
    expect(invokeStaticMember('string', 'IsNullOrEmpty', [''])).toBe(true);
    expect(invokeStaticMember('string', 'IsNullOrEmpty', [null])).toBe(true);
    expect(invokeStaticMember('string', 'IsNullOrWhiteSpace', ['  '])).toBe(true);
    expect(invokeStaticMember('string', 'IsNullOrWhiteSpace', ['a'])).toBe(false);
    expect(invokeStaticMember('string', 'Join', [', ', ['a', 'b']])).toBe('a, b');
    expect(invokeStaticMember('string', 'Join', ['-', 'a', 'b', 'c'])).toBe('a-b-c');
    expect(invokeStaticMember('string', 'Format', ['{0}-{1}', 'a', 'b'])).toBe('a-b');
    expect(invokeStaticMember('string', 'Empty', undefined)).toBe('');
  });
  it('numeric limits, timespans, regex, environment', () => {
    expect(invokeStaticMember('int', 'MaxValue', undefined)).toBe(2147483647);
    expect(invokeStaticMember('Int32', 'MinValue', undefined)).toBe(-2147483648);
    expect(invokeStaticMember('int', 'Parse', ['42'])).toBe(42);
    expect(errorOf(() => invokeStaticMember('int', 'Parse', ['x'])).message).toBe(
      'Exception calling "Parse" with "1" argument(s): "The input string \'x\' was not in a correct format."',
    );
    expect((invokeStaticMember('timespan', 'FromMinutes', [90]) as PSTimeSpan).totalMilliseconds).toBe(5_400_000);
    expect((invokeStaticMember('timespan', 'FromHours', [1]) as PSTimeSpan).totalMilliseconds).toBe(3_600_000);
    expect((invokeStaticMember('timespan', 'FromDays', [1]) as PSTimeSpan).totalMilliseconds).toBe(86_400_000);
    expect((invokeStaticMember('timespan', 'FromSeconds', [2]) as PSTimeSpan).totalMilliseconds).toBe(2000);
    expect(invokeStaticMember('regex', 'Escape', ['a.b*c'])).toBe('a\\.b\\*c');
    expect(invokeStaticMember('environment', 'NewLine', undefined)).toBe('\n');
    expect(invokeStaticMember(new PSTypeName('bool'), 'Parse', ['TRUE'])).toBe(true);
  });
  it('unknown types, methods and properties', () => {
    expect(errorOf(() => invokeStaticMember('Foo.Bar', 'X', [])).message).toBe('Unable to find type [Foo.Bar].');
    expect(errorOf(() => invokeStaticMember('math', 'Foo', [1])).message).toBe("Method invocation failed because [System.Math] does not contain a method named 'Foo'.");
    expect(errorOf(() => invokeStaticMember('math', 'Round', [])).message).toBe('Cannot find an overload for "Round" and the argument count: "0".');
    expect(invokeStaticMember('math', 'Nope', undefined)).toBeNull();
  });
});

describe('[regex]::Match / Matches', () => {
  it('returns Match records', () => {
    const match = invokeStaticMember('regex', 'Match', ['user@contoso.com', '(?<name>\\w+)@(\\w+)']) as PSObject;
    expect(match.get('Success')).toBe(true);
    expect(match.get('Value')).toBe('user@contoso');
    expect(((match.get('Groups') as PSHashtable).get('name') as PSObject).get('Value')).toBe('user');
    expect(((match.get('Groups') as PSHashtable).get('1') as PSObject).get('Value')).toBe('contoso');
    const all = invokeStaticMember('regex', 'Matches', ['a1b22', '\\d+']) as PSObject[];
    expect(all.map((m) => m.get('Value'))).toEqual(['1', '22']);
    expect((invokeStaticMember('regex', 'Match', ['abc', '\\d']) as PSObject).get('Success')).toBe(false);
  });
});
