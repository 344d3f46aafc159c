import { describe, expect, it } from 'vitest';
import { buildUserDeltaRequest, buildUserListRequest, deltaTokenFromLink, IndexWindow } from './user-query.js';
import { DEFAULT_USER_SELECT } from './user-record.js';

describe('buildUserListRequest', () => {
  it('selects the defaults with full pages and no advanced mode by default', () => {
    expect(buildUserListRequest({})).toEqual({ path: '/users', query: { $select: DEFAULT_USER_SELECT.join(','), $top: 999 } });
  });

  it("uses a real $orderby and keeps a simple filter in standard mode", () => {
    const r = buildUserListRequest({ filter: "department eq 'Sales'" });
    expect(r.query['$filter']).toBe("department eq 'Sales'");
    expect(r.consistencyLevel).toBeUndefined();
    expect(r.query['$count']).toBeUndefined();
  });

  it('adds ConsistencyLevel and $count=true for advanced queries', () => {
    const r = buildUserListRequest({ filter: "department eq 'Sales'", orderBy: 'displayName' });
    expect(r.query).toMatchObject({ $orderby: 'displayName', $count: true });
    expect(r.consistencyLevel).toBe('eventual');
    expect(buildUserListRequest({ filter: "endsWith(mail,'@contoso.com')" }).consistencyLevel).toBe('eventual');
  });

  it('asks for no more than -EndIndex users per page', () => {
    expect(buildUserListRequest({ endIndex: 5 }).query['$top']).toBe(5);
    expect(buildUserListRequest({ endIndex: 5000 }).query['$top']).toBe(999);
  });

  it('honours -Select and -IgnoreDefaultProperties', () => {
    expect(buildUserListRequest({ select: ['department'], ignoreDefaultProperties: true }).query['$select']).toBe('department');
  });
});

describe('delta requests', () => {
  it('starts at /users/delta with the query options', () => {
    expect(buildUserDeltaRequest({ filter: "id eq 'x'" })).toEqual({
      path: '/users/delta',
      query: { $select: DEFAULT_USER_SELECT.join(','), $filter: "id eq 'x'" },
    });
  });

  it('resumes with only the token, or with a whole deltaLink', () => {
    expect(buildUserDeltaRequest({ deltaToken: 'abc', select: ['department'] })).toEqual({ path: '/users/delta', query: { $deltatoken: 'abc' } });
    const link = 'http://127.0.0.1:5000/v1.0/users/delta?$skiptoken=zz';
    expect(buildUserDeltaRequest({ deltaToken: link })).toEqual({ path: link, query: {} });
  });

  it('extracts the $deltatoken value from a deltaLink', () => {
    expect(deltaTokenFromLink('https://graph.microsoft.com/v1.0/users/delta?$deltatoken=a%2Bb&x=1')).toBe('a+b');
    expect(deltaTokenFromLink('https://graph.microsoft.com/v1.0/users/delta?$skiptoken=q')).toBe('https://graph.microsoft.com/v1.0/users/delta?$skiptoken=q');
  });
});

describe('IndexWindow', () => {
  const kept = (w: IndexWindow, n: number): number[] => Array.from({ length: n }, (_, i) => i + 1).filter(() => w.take());

  it("follows PnP: positions from 1, start and end inclusive", () => {
    expect(kept(new IndexWindow(0, undefined), 3)).toEqual([1, 2, 3]);
    expect(kept(new IndexWindow(3, 5), 8)).toEqual([3, 4, 5]);
  });

  it('reports when paging can stop', () => {
    const w = new IndexWindow(0, 2);
    w.take();
    expect(w.exhausted).toBe(false);
    w.take();
    expect(w.exhausted).toBe(true);
  });
});
