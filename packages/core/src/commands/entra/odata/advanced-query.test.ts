import { describe, expect, it } from 'vitest';
import { isAdvancedQuery } from './advanced-query.js';

describe('isAdvancedQuery', () => {
  it('is false for simple filters Graph runs in standard mode', () => {
    expect(isAdvancedQuery({})).toBe(false);
    expect(isAdvancedQuery({ filter: "department eq 'Sales'" })).toBe(false);
    expect(isAdvancedQuery({ filter: "startswith(displayName,'J')" })).toBe(false);
    expect(isAdvancedQuery({ orderBy: 'displayName' })).toBe(false);
  });

  it('detects endsWith, ne and not', () => {
    expect(isAdvancedQuery({ filter: "endsWith(mail,'@contoso.com')" })).toBe(true);
    expect(isAdvancedQuery({ filter: "department ne 'Sales'" })).toBe(true);
    expect(isAdvancedQuery({ filter: "not(startswith(displayName,'J'))" })).toBe(true);
    expect(isAdvancedQuery({ filter: "accountEnabled eq true and not startswith(mail,'x')" })).toBe(true);
    expect(isAdvancedQuery({ filter: 'assignedLicenses/$count eq 0' })).toBe(true);
  });

  it('ignores operator words inside string literals', () => {
    expect(isAdvancedQuery({ filter: "jobTitle eq 'not ne endswith('" })).toBe(false);
    expect(isAdvancedQuery({ filter: "displayName eq 'O''Neil ne x'" })).toBe(false);
  });

  it('treats $search, $count and filter with orderby as advanced', () => {
    expect(isAdvancedQuery({ search: '"displayName:john"' })).toBe(true);
    expect(isAdvancedQuery({ count: true })).toBe(true);
    expect(isAdvancedQuery({ filter: "department eq 'Sales'", orderBy: 'displayName' })).toBe(true);
  });
});
