import { describe, expect, it } from 'vitest';
import { GraphHttpError } from './graph-types.js';
import { matchRoute } from './router.js';

const TAP = '/v1.0/users/johndoe@contoso.com/authentication/temporaryAccessPassMethods';

describe('matchRoute', () => {
  it('maps users paths, case-insensitively', () => {
    expect(matchRoute('GET', '/v1.0/users')).toEqual({ id: 'users.list' });
    expect(matchRoute('GET', '/v1.0/Users/$count')).toEqual({ id: 'users.count' });
    expect(matchRoute('GET', '/V1.0/users/delta')).toEqual({ id: 'users.delta' });
    expect(matchRoute('GET', '/v1.0/users/a%40b.com')).toEqual({ id: 'users.get', user: { kind: 'key', key: 'a@b.com' } });
  });

  it('decodes each segment on its own, so %2F and %23 stay in the key', () => {
    expect(matchRoute('GET', '/v1.0/users/x%2Fy%23EXT%23@c.com').user).toEqual({ kind: 'key', key: 'x/y#EXT#@c.com' });
  });

  it("reads the key form with doubled quotes", () => {
    expect(matchRoute('GET', "/v1.0/users('o''brien@c.com')").user).toEqual({ kind: 'key', key: "o'brien@c.com" });
    expect(matchRoute('POST', "/v1.0/users('$x@c.com')/authentication/temporaryAccessPassMethods")).toEqual({ id: 'tap.create', user: { kind: 'key', key: '$x@c.com' } });
  });

  it('maps TAP methods and the policy', () => {
    expect(matchRoute('GET', TAP).id).toBe('tap.list');
    expect(matchRoute('POST', TAP).id).toBe('tap.create');
    expect(matchRoute('GET', `${TAP}/abc`)).toMatchObject({ id: 'tap.get', methodId: 'abc' });
    expect(matchRoute('DELETE', `${TAP}('abc')`)).toMatchObject({ id: 'tap.delete', methodId: 'abc' });
    expect(matchRoute('PATCH', '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass').id).toBe('policy.update');
    expect(matchRoute('GET', '/v1.0/me/authentication/temporaryAccessPassMethods')).toEqual({ id: 'tap.list', user: { kind: 'me' } });
    expect(matchRoute('POST', '/v1.0/$batch').id).toBe('batch');
  });

  it.each([
    ['GET', '/beta/users', 400],
    ['GET', '/v1.0/devices', 400],
    ['GET', '/v1.0/users/$x@c.com', 400],
    ['GET', `${TAP}/abc/extra`, 400],
    ['GET', '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Fido2', 400],
    ['PUT', '/v1.0/users', 405],
    ['GET', '/v1.0/$batch', 405],
    ['GET', '/v1.0/users/%E0%A4%A', 400],
  ])('refuses %s %s with %i', (method, path, status) => {
    try {
      matchRoute(method, path);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphHttpError);
      expect((error as GraphHttpError).status).toBe(status);
    }
  });
});
