import { describe, expect, it } from 'vitest';
import { fromWallClock, wallClockMs } from '../datetime/calendar.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName } from '../model.js';
import { PSRange } from '../range.js';
import { applyBinaryOperator as bin, applyUnaryOperator as un, normalizeOperator } from './dispatch.js';
import { errorOf } from '../test-support/error-of.js';

const date = (d: number, h = 0): PSDateTime => fromWallClock({ year: 2026, month: 11, day: d, hour: h, minute: 0, second: 0, millisecond: 0 }, 'Local');

describe('arithmetic', () => {
  it.each([
    ['+', 1, 2, 3], ['+', 'a', 1, 'a1'], ['+', 1, '2', 3], ['+', 1, ' 2 ', 3], ['+', '1', 2, '12'], ['+', 1.5, 1, 2.5],
    ['+', [1, 2], 3, [1, 2, 3]], ['+', [1], [2, 3], [1, 2, 3]], ['+', null, 5, 5], ['+', null, 'x', 'x'], ['+', true, 1, 2],
    ['+', 'n=', null, 'n='], ['+', 1, null, 1], ['+', 'a', [1, 2], 'a1 2'],
    ['-', 5, 3, 2], ['-', '5', 2, 3], ['-', null, 1, -1], ['*', 'ab', 3, 'ababab'], ['*', [1, 2], 2, [1, 2, 1, 2]], ['*', 3, '4', 12],
    ['*', null, 3, null], ['/', 6, 3, 2], ['/', 7, 2, 3.5], ['/', 1.0, 4, 0.25], ['%', 7, 3, 1], ['%', -7, 3, -1], ['%', 7.5, 2, 1.5],
    ['+', 2147483647, 1, 2147483648],
  ])('%j: %j, %j → %j', (op, left, right, expected) => {
    expect(bin(op, left, right)).toEqual(expected);
  });

  it('merges hashtables and rejects duplicates', () => {
    const merged = bin('+', PSHashtable.from({ a: 1 }), PSHashtable.from({ b: 2 })) as PSHashtable;
    expect(merged.entries()).toEqual([['a', 1], ['b', 2]]);
    expect(errorOf(() => bin('+', PSHashtable.from({ a: 1 }), PSHashtable.from({ A: 2 }))).message).toBe(
      "Item has already been added. Key in dictionary: 'a'  Key being added: 'A'",
    );
    expect(errorOf(() => bin('+', PSHashtable.from({ a: 1 }), 1)).message).toBe('A hash table can only be added to another hash table.');
  });

  it('does calendar arithmetic', () => {
    const span = bin('-', date(27, 18), date(27, 16)) as PSTimeSpan;
    expect(span).toBeInstanceOf(PSTimeSpan);
    expect(span.totalMilliseconds).toBe(7_200_000);
    const later = bin('+', date(27, 16), new PSTimeSpan(3_600_000)) as PSDateTime;
    expect(wallClockMs(later) - wallClockMs(date(27, 16))).toBe(3_600_000);
    const earlier = bin('-', date(27, 16), new PSTimeSpan(86_400_000)) as PSDateTime;
    expect(wallClockMs(earlier)).toBe(wallClockMs(date(26, 16)));
    expect((bin('+', new PSTimeSpan(1000), new PSTimeSpan(500)) as PSTimeSpan).totalMilliseconds).toBe(1500);
    expect((bin('-', date(27), '11/26/2026') as PSTimeSpan).totalMilliseconds).toBe(86_400_000);
  });

  it('(Get-Date).AddHours(2) - (Get-Date) is about two hours', () => {
    const now = PSDateTime.now();
    const inTwoHours = bin('+', now, new PSTimeSpan(2 * 3_600_000));
    const span = bin('-', inTwoHours, PSDateTime.now()) as PSTimeSpan;
    expect(span.totalMilliseconds / 3_600_000).toBeCloseTo(2, 2);
  });

  it.each([
    ['-', [1, 2], 1, "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'."],
    ['+', new PSObject({ a: 1 }), 1, "Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain a method named 'op_Addition'."],
    ['*', PSHashtable.from({}), 2, "Method invocation failed because [System.Collections.Hashtable] does not contain a method named 'op_Multiply'."],
    ['/', 1, 0, 'Attempted to divide by zero.'],
    ['%', 1, 0, 'Attempted to divide by zero.'],
    ['+', 1, 'abc', 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."'],
    ['+', 1.5, 'abc', 'Cannot convert value "abc" to type "System.Double". Error: "The input string \'abc\' was not in a correct format."'],
    ['+', 1, [2], 'Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".'],
    ['-', new PSGuid('a'), 1, "Method invocation failed because [System.Guid] does not contain a method named 'op_Subtraction'."],
  ])('%j: %j, %j fails', (op, left, right, message) => {
    expect(errorOf(() => bin(op, left, right)).message).toBe(message);
  });

  it('double division by zero is infinity', () => {
    expect(bin('/', 1.5, 0)).toBe(Infinity);
  });
});

describe('comparison', () => {
  it.each([
    ['-eq', 'abc', 'ABC', true], ['-ceq', 'abc', 'ABC', false], ['-ieq', 'abc', 'ABC', true], ['-ne', 'a', 'b', true],
    ['-eq', 1, '1', true], ['-eq', '1', 1, true], ['-eq', 1, '1.0', true], ['-eq', 1, 'abc', false], ['-eq', 0, '', true],
    ['-eq', '01', 1, false], ['-eq', 1, true, true], ['-eq', true, 'false', true], ['-eq', false, '', true], ['-eq', null, null, true],
    ['-eq', null, 0, false], ['-eq', 0, null, false], ['-gt', 5, 3, true], ['-gt', 5, '10', false], ['-gt', '5', '10', true],
    ['-lt', 'a', 'B', true], ['-clt', 'a', 'A', true], ['-ge', 3, 3, true], ['-le', 2.5, 3, true], ['-gt', 5, null, true],
    ['-lt', null, 5, true], ['-gt', true, false, true],
  ])('%s: %j %j → %j', (op, left, right, expected) => {
    expect(bin(op, left, right)).toBe(expected);
  });

  it('filters collections on the left', () => {
    expect(bin('-eq', [1, 2, 3, 2], 2)).toEqual([2, 2]);
    expect(bin('-gt', [1, 2, 3], 1)).toEqual([2, 3]);
    expect(bin('-ne', ['a', 'B', 'b'], 'b')).toEqual(['a']);
    expect(bin('-cne', ['a', 'B', 'b'], 'b')).toEqual(['a', 'B']);
    expect(bin('-eq', [1, 2], 5)).toEqual([]);
    expect(bin('-ne', [1, null, 2], null)).toEqual([1, 2]);
    expect(bin('-gt', new PSRange(1, 5), 3)).toEqual([4, 5]);
  });

  it('compares dates, time spans and guids', () => {
    expect(bin('-lt', date(26), date(27))).toBe(true);
    expect(bin('-eq', date(27), '11/27/2026')).toBe(true);
    expect(bin('-gt', date(27), '2026-11-26')).toBe(true);
    expect(bin('-eq', new PSTimeSpan(60_000), '00:01:00')).toBe(true);
    const guid = new PSGuid('72e2eb87-c124-4e3b-a9c4-5c3db3f9d8a1');
    expect(bin('-eq', guid, '72E2EB87-C124-4E3B-A9C4-5C3DB3F9D8A1')).toBe(true);
    expect(bin('-eq', guid, 'nope')).toBe(false);
  });

  it('objects compare by reference', () => {
    const obj = new PSObject({ a: 1 });
    expect(bin('-eq', obj, obj)).toBe(true);
    expect(bin('-eq', obj, new PSObject({ a: 1 }))).toBe(false);
  });

  it.each([
    ['-gt', 5, 'abc', 'Could not compare "5" to "abc". Error: "Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format.""'],
    ['-gt', PSHashtable.from({}), 1, 'Cannot compare "System.Collections.Hashtable" because it is not IComparable.'],
  ])('%s: %j %j fails', (op, left, right, message) => {
    expect(errorOf(() => bin(op, left, right)).message).toBe(message);
  });

  it.each([
    ['-contains', ['a', 'b'], 'B', true], ['-ccontains', ['a', 'b'], 'B', false], ['-notcontains', ['a'], 'b', true],
    ['-contains', [1, 2], '2', true], ['-contains', 'abc', 'b', false], ['-contains', 'abc', 'ABC', true],
    ['-in', 'B', ['a', 'b'], true], ['-cin', 'B', ['a', 'b'], false], ['-notin', 3, [1, 2], true], ['-in', 3, new PSRange(1, 5), true],
  ])('%s: %j %j → %j', (op, left, right, expected) => {
    expect(bin(op, left, right)).toBe(expected);
  });

  it('honours opts.caseSensitive unless the operator has a prefix', () => {
    expect(bin('-eq', 'a', 'A', { caseSensitive: true })).toBe(false);
    expect(bin('-ieq', 'a', 'A', { caseSensitive: true })).toBe(true);
  });
});

describe('-like and -match', () => {
  it.each([
    ['-like', 'johndoe@contoso.com', '*@contoso.com', true], ['-like', 'abc', 'A?C', true], ['-clike', 'abc', 'A?C', false],
    ['-like', 'abc', '[a-c]bc', true], ['-like', 'dbc', '[a-c]bc', false], ['-like', 'a*c', 'a`*c', true], ['-like', 'abc', 'a`*c', false],
    ['-notlike', 'abc', 'x*', true], ['-like', 'ab', 'a', false], ['-like', 'a.c', 'a.c', true], ['-like', 'abc', 'a.c', false],
    ['-like', 'line1\nline2', 'line1*', true], ['-like', 5, '5', true],
  ])('%s: %j %j → %j', (op, left, right, expected) => {
    expect(bin(op, left, right)).toBe(expected);
  });

  it('-like filters collections', () => {
    expect(bin('-like', ['Get-Date', 'Set-Item', 'Get-Item'], 'Get-*')).toEqual(['Get-Date', 'Get-Item']);
  });

  it('-match sets $Matches with numbered and named groups', () => {
    let matches: PSHashtable | undefined;
    const result = bin('-match', 'john@contoso.com', '(?<user>\\w+)@(\\w+)\\.com', { setMatches: (m) => (matches = m) });
    expect(result).toBe(true);
    expect(matches?.get('0')).toBe('john@contoso.com');
    expect(matches?.get('user')).toBe('john');
    expect(matches?.get('1')).toBe('contoso');
    expect(matches?.has('2')).toBe(false);
  });

  it('-match is case-insensitive by default and leaves $Matches alone on failure or collections', () => {
    let calls = 0;
    const setMatches = (): void => {
      calls++;
    };
    expect(bin('-match', 'ABC', 'b', { setMatches })).toBe(true);
    expect(bin('-cmatch', 'ABC', 'b', { setMatches })).toBe(false);
    expect(bin('-notmatch', 'ABC', 'x', { setMatches })).toBe(true);
    expect(bin('-match', ['a1', 'b', 'c2'], '\\d', { setMatches })).toEqual(['a1', 'c2']);
    expect(calls).toBe(1);
  });

  it('translates .NET-only regex syntax and reports bad patterns', () => {
    expect(bin('-match', 'abc', '(?i)ABC', { caseSensitive: true })).toBe(true);
    expect(bin('-match', 'abc', '\\Aabc\\z')).toBe(true);
    expect(errorOf(() => bin('-match', 'a', '[')).message).toBe('The regular expression pattern [ is not valid.');
  });
});

describe('-replace, -split, -join', () => {
  it.each([
    ['abc', ['b', 'X'], 'aXc'], ['aBc', ['b', 'X'], 'aXc'], ['John Smith', ['(\\w+) (\\w+)', '$2, $1'], 'Smith, John'],
    ['John Smith', ['(?<first>\\w+) (?<last>\\w+)', '${last} ${first}'], 'Smith John'], ['price', ['p', '$$'], '$rice'],
    ['abc', 'b', 'ac'], ['a.b.c', ['\\.', '-'], 'a-b-c'], ['abc', ['b', '[$&]'], 'a[b]c'], ['abc', ['(?<n>b)', '${2}'], 'a${2}c'],
  ])('%j -replace %j → %j', (left, right, expected) => {
    expect(bin('-replace', left, right)).toBe(expected);
  });
  it('-creplace is case-sensitive and collections map', () => {
    expect(bin('-creplace', 'aBc', ['b', 'X'])).toBe('aBc');
    expect(bin('-replace', ['ab', 'cb'], ['b', '!'])).toEqual(['a!', 'c!']);
    expect(errorOf(() => bin('-replace', 'a', ['a', 'b', 'c'])).message).toBe('The -replace operator allows only two elements to follow it, not 3.');
  });

  it.each([
    ['a,b,c', ',', ['a', 'b', 'c']], ['a1b2c', '\\d', ['a', 'b', 'c']], ['a,b,c', [',', 2], ['a', 'b,c']], ['aXbxc', 'x', ['a', 'b', 'c']],
    ['a.b', ['.', 0, 'SimpleMatch'], ['a', 'b']], ['a,b', '(,)', ['a', ',', 'b']], [',a,', ',', ['', 'a', '']], ['abc', '', ['', 'a', 'b', 'c', '']],
  ])('%j -split %j', (left, right, expected) => {
    expect(bin('-split', left, right)).toEqual(expected);
  });
  it('-csplit and collections', () => {
    expect(bin('-csplit', 'aXbxc', 'x')).toEqual(['aXb', 'c']);
    expect(bin('-split', ['a b', 'c d'], ' ')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('unary -split and -join', () => {
    expect(un('-split', '  red  yellow blue ')).toEqual(['red', 'yellow', 'blue']);
    expect(un('-join', ['a', 'b', 1])).toBe('ab1');
    expect(bin('-join', [1, 2, 3], ', ')).toBe('1, 2, 3');
    expect(bin('-join', 'x', ',')).toBe('x');
    expect(bin('-join', [1, null, 3], '-')).toBe('1--3');
    expect(bin('-join', new PSRange(1, 3), '+')).toBe('1+2+3');
  });
});

describe('-f, ranges, types, logic, bits', () => {
  it('-f formats', () => {
    expect(bin('-f', '{0} has {1:N1} GB', ['disk', 12.345])).toBe('disk has 12.3 GB');
    expect(bin('-f', '[{0,-6}]', 'ab')).toBe('[ab    ]');
    expect(errorOf(() => bin('-f', '{2}', [1])).errorId).toBe('FormatError');
  });
  it('.. is lazy', () => {
    const r = bin('..', 1, 1_000_000) as PSRange;
    expect(r).toBeInstanceOf(PSRange);
    expect(r.length).toBe(1_000_000);
    expect((bin('..', 5, 3) as PSRange).toArray()).toEqual([5, 4, 3]);
    expect((bin('..', '1', 2.5) as PSRange).toArray()).toEqual([1, 2]);
    expect((bin('..', 'a', 'c') as PSRange).toArray()).toEqual(['a', 'b', 'c']);
  });
  it.each([
    ['-is', 1, new PSTypeName('int'), true], ['-is', 1, 'string', false], ['-isnot', 'a', 'string', false], ['-is', null, 'object', false],
    ['-as', '12', 'int', 12], ['-as', 'x', 'int', null], ['-as', '2026-01-01', new PSTypeName('datetime'), expect.any(PSDateTime)],
    ['-and', 1, 'x', true], ['-and', 1, '', false], ['-or', 0, [], false], ['-or', 0, [1, 2], true], ['-xor', true, 1, false], ['-xor', true, 0, true],
    ['-band', 6, 3, 2], ['-bor', 4, 1, 5], ['-bxor', 6, 3, 5], ['-shl', 1, 4, 16], ['-shr', 256, 4, 16], ['-shl', 1, 31, -2147483648],
    ['-band', '0xF0', 0x3c, 0x30], ['-bor', 2 ** 40, 1, 2 ** 40 + 1], ['-shl', 2 ** 33, 1, 2 ** 34],
  ])('%s: %j %j → %j', (op, left, right, expected) => {
    expect(bin(op, left, right)).toEqual(expected);
  });
  it('unary operators', () => {
    expect(un('-', 5)).toBe(-5);
    expect(un('-', '5')).toBe(-5);
    expect(un('-', null)).toBe(0);
    expect(un('+', '7')).toBe(7);
    expect(un('!', '')).toBe(true);
    expect(un('-not', [0])).toBe(true);
    expect(un('-bnot', 0)).toBe(-1);
    expect(un(',', [1, 2])).toEqual([[1, 2]]);
    expect((un('-', new PSTimeSpan(5)) as PSTimeSpan).totalMilliseconds).toBe(-5);
  });
  it('normalizes operator spellings', () => {
    expect(normalizeOperator('-CEQ')).toEqual({ name: 'eq', caseSensitive: true });
    expect(normalizeOperator('-icontains')).toEqual({ name: 'contains', caseSensitive: false });
    expect(normalizeOperator('contains')).toEqual({ name: 'contains', caseSensitive: undefined });
    expect(normalizeOperator('-in')).toEqual({ name: 'in', caseSensitive: undefined });
    expect(normalizeOperator('-isnot')).toEqual({ name: 'isnot', caseSensitive: undefined });
    expect(() => normalizeOperator('-bogus')).toThrow("Unexpected operator '-bogus'.");
  });
});

describe('-replace with a script block and [regex] matches', () => {
  it('runs the block through the evaluator hook with $_ as the Match', async () => {
    const { ScriptBlockValue } = await import('../model.js');
    const { getMember } = await import('../members/properties.js');
    const { getIndex } = await import('../members/indexing.js');
    const block = new ScriptBlockValue(null, '$_.Value.ToUpper()');
    const invokeScriptBlock = (_b: unknown, match: unknown): unknown => {
      // What the evaluator would do for `$_.Groups[1].Value.ToUpper()`, reusing the same regex meanwhile.
      expect(bin('-replace', 'zz', ['(\\w)(\\d)?', '-'])).toBe('--');
      return String(getMember(getIndex(getMember(match, 'Groups'), 1), 'Value')).toUpperCase();
    };
    expect(bin('-replace', 'a1 b2', ['(\\w)(\\d)?', block], { invokeScriptBlock })).toBe('A B');
    expect(errorOf(() => bin('-replace', 'a', ['a', block])).errorId).toBe('ScriptBlockReplacement');
  });
});

describe('replaceAsync', () => {
  it('awaits a script-block replacement per match', async () => {
    const { ScriptBlockValue } = await import('../model.js');
    const { getMember } = await import('../members/properties.js');
    const { replaceAsync } = await import('./text-ops.js');
    const block = new ScriptBlockValue(null, '$_.Value * 2');
    const invoke = async (_b: unknown, m: unknown): Promise<unknown> => Number(getMember(m, 'Value')) * 2;
    expect(await replaceAsync('a1b2', ['\\d', block], false, invoke)).toBe('a2b4');
    expect(await replaceAsync(['x3', 'y4'], ['\\d', block], false, invoke)).toEqual(['x6', 'y8']);
    expect(await replaceAsync('aA', ['a', 'b'], true, invoke)).toBe('bA');
  });
});
