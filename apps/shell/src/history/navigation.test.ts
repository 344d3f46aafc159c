import { describe, expect, it } from 'vitest';
import { atDraft, nextEntry, previousEntry } from './navigation.js';
import { findBackward, searchOlder, startSearch, updateQuery } from './reverse-search.js';

const entries = ['Get-Date', 'Get-EntraIDUser -Identity john', 'Get-Help Get-Date', 'Connect-EntraID -Demo'];

describe('history navigation', () => {
  it('walks back and forth and restores the draft', () => {
    let r = previousEntry(entries, atDraft, 'Get-');
    expect(r.text).toBe('Connect-EntraID -Demo');
    r = previousEntry(entries, r.cursor, r.text ?? '');
    expect(r.text).toBe('Get-Help Get-Date');
    r = nextEntry(entries, r.cursor);
    expect(r.text).toBe('Connect-EntraID -Demo');
    r = nextEntry(entries, r.cursor);
    expect(r.text).toBe('Get-');
    expect(r.cursor.index).toBeNull();
    expect(nextEntry(entries, r.cursor).text).toBeUndefined();
  });

  it('stops at the oldest entry', () => {
    let r = previousEntry(['only'], atDraft, '');
    r = previousEntry(['only'], r.cursor, 'only');
    expect(r.text).toBeUndefined();
    expect(r.cursor.index).toBe(0);
    expect(previousEntry([], atDraft, 'x').text).toBeUndefined();
  });
});

describe('reverse search', () => {
  it('finds the newest match case-insensitively and goes older on Ctrl+R', () => {
    expect(findBackward(entries, 'GET-DATE', 3)).toBe(2);
    let s = updateQuery(entries, startSearch(), 'g');
    expect(s.match).toBe(2);
    s = updateQuery(entries, s, 'get-d');
    expect(s.match).toBe(2);
    s = searchOlder(entries, s);
    expect(s.match).toBe(0);
    s = searchOlder(entries, s);
    expect(s).toMatchObject({ match: 0, failed: true });
  });

  it('reports a failing search and keeps the last match', () => {
    const s = updateQuery(entries, updateQuery(entries, startSearch(), 'Iden'), 'Idenzz');
    expect(s).toEqual({ query: 'Idenzz', match: 1, failed: true });
    expect(updateQuery(entries, s, '').match).toBeNull();
  });
});
