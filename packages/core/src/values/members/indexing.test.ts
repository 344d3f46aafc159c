import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../errors.js';
import { PSHashtable, PSObject } from '../model.js';
import { PSRange } from '../range.js';
import { getIndex, setIndex } from './indexing.js';

describe('getIndex', () => {
  const arr = ['a', 'b', 'c'];
  it.each([
    [arr, 0, 'a'], [arr, -1, 'c'], [arr, 5, null], [arr, '1', 'b'], [arr, [0, 2], ['a', 'c']], [arr, [0, 9], ['a']],
    [arr, new PSRange(1, 2), ['b', 'c']], ['abc', 0, 'a'], ['abc', -1, 'c'], ['abc', 3, null], [5, 0, 5], [5, -1, 5], [5, 1, null],
    [new PSRange(10, 20), 2, 12],
  ])('%j[%j] → %j', (value, index, expected) => {
    expect(getIndex(value, index)).toEqual(expected);
  });
  it('hashtables by key (and $Matches by number)', () => {
    const table = PSHashtable.from({ Name: 'n', '0': 'whole' });
    expect(getIndex(table, 'name')).toBe('n');
    expect(getIndex(table, 0)).toBe('whole');
    expect(getIndex(table, 'missing')).toBeNull();
    expect(getIndex(table, ['name', '0'])).toEqual(['n', 'whole']);
  });
  it('objects index as scalars, $null cannot be indexed', () => {
    const obj = new PSObject({ A: 1 });
    expect(getIndex(obj, 0)).toBe(obj);
    expect(() => getIndex(null, 0)).toThrow(new RuntimeError('Cannot index into a null array.', 'NullArray'));
  });
});

describe('setIndex', () => {
  it('sets array elements and hashtable keys', () => {
    const arr = [1, 2, 3];
    setIndex(arr, -1, 9);
    expect(arr).toEqual([1, 2, 9]);
    const table = new PSHashtable();
    setIndex(table, 'k', 'v');
    expect(table.get('K')).toBe('v');
  });
  it('refuses out-of-range indexes and scalars', () => {
    expect(() => setIndex([1], 3, 0)).toThrow('Index was outside the bounds of the array.');
    expect(() => setIndex('abc', 0, 'x')).toThrow('Unable to index into an object of type System.String.');
    expect(() => setIndex(null, 0, 1)).toThrow('Cannot index into a null array.');
  });
});
