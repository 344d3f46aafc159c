import { describe, expect, it } from 'vitest';
import { isAdvancedQuery } from './advanced-query.js';
import { fitsDefaultQuery, odataAnyOf, odataInChunks } from './limits.js';

// https://learn.microsoft.com/graph/filter-query-parameter: at most 15 in-values (or or-clauses) in
// a default query; https://learn.microsoft.com/graph/aad-advanced-queries: values up to 120 characters.
describe('Graph default-query limits', () => {
  it('chunks in-lists at 15 values, each value once, apostrophes doubled', () => {
    const ids = Array.from({ length: 32 }, (_, i) => `id-${i}`);
    const chunks = odataInChunks('id', [...ids, 'ID-3', "o'brien"]);
    expect(chunks).toHaveLength(3);
    expect(chunks[0]).toBe(
      `id in (${ids
        .slice(0, 15)
        .map((id) => `'${id}'`)
        .join(',')})`,
    );
    expect(chunks[2]).toBe("id in ('id-30','id-31','o''brien')");
    for (const chunk of chunks) expect(isAdvancedQuery({ filter: chunk })).toBe(false);
    expect(odataInChunks('id', [])).toEqual([]);
    expect(() => odataInChunks('id', ids, 16)).toThrow(RangeError);
  });

  it('refuses or-chains past 15 clauses', () => {
    const clauses = Array.from({ length: 16 }, (_, i) => `mail eq 'u${i}@contoso.com'`);
    expect(odataAnyOf(clauses.slice(0, 2))).toBe("(mail eq 'u0@contoso.com') or (mail eq 'u1@contoso.com')");
    expect(isAdvancedQuery({ filter: odataAnyOf(clauses.slice(0, 15)) })).toBe(false);
    expect(() => odataAnyOf(clauses)).toThrow(/at most 15/);
  });

  it('says when a value is too long for a default query', () => {
    expect(fitsDefaultQuery('a'.repeat(120))).toBe(true);
    expect(fitsDefaultQuery('a'.repeat(121))).toBe(false);
  });

  it('runs a user filter past those limits as an advanced query', () => {
    const sixteen = Array.from({ length: 16 }, (_, i) => `'u${i}'`).join(',');
    expect(isAdvancedQuery({ filter: `userPrincipalName in (${sixteen})` })).toBe(true);
    expect(
      isAdvancedQuery({ filter: Array.from({ length: 16 }, (_, i) => `mail eq 'u${i}'`).join(' or ') }),
    ).toBe(true);
    expect(isAdvancedQuery({ filter: `displayName eq '${'x'.repeat(121)}'` })).toBe(true);
    expect(isAdvancedQuery({ filter: `displayName eq '${"x'".repeat(60)}'`.replace(/x'/g, "x''") })).toBe(
      false,
    );
  });
});
