import { describe, expect, it } from 'vitest';
import { decodeTokenClaims } from './claims.js';
import { makeJwt } from './test-support/jwt.js';

describe('decodeTokenClaims', () => {
  it('reads a delegated token', () => {
    const claims = decodeTokenClaims(
      makeJwt({
        tid: 'tenant-guid',
        scp: 'User.Read.All UserAuthenticationMethod.ReadWrite.All',
        upn: 'admin@contoso.com',
        name: 'Admin',
        oid: 'oid-1',
        appid: 'app-1',
        app_displayname: 'entra-shell',
        aud: 'https://graph.microsoft.com',
        exp: 2_000_000_000,
        wids: ['c4e39bd9-1100-46d3-8c65-fb160da0071f'],
      }),
    );
    expect(claims).toEqual({
      tenantId: 'tenant-guid',
      kind: 'delegated',
      delegatedPermissions: ['User.Read.All', 'UserAuthenticationMethod.ReadWrite.All'],
      applicationPermissions: [],
      userPrincipalName: 'admin@contoso.com',
      displayName: 'Admin',
      objectId: 'oid-1',
      appId: 'app-1',
      appDisplayName: 'entra-shell',
      audience: 'https://graph.microsoft.com',
      expiresOn: new Date(2_000_000_000_000),
      roleTemplateIds: ['c4e39bd9-1100-46d3-8c65-fb160da0071f'],
    });
  });

  it('reads an application token and the v2 claim names', () => {
    const claims = decodeTokenClaims(makeJwt({ roles: ['User.Read.All'], azp: 'app-2', idtyp: 'app' }));
    expect(claims).toMatchObject({ kind: 'application', applicationPermissions: ['User.Read.All'], appId: 'app-2', expiresOn: undefined });
    expect(decodeTokenClaims(makeJwt({ preferred_username: 'p@contoso.com', scp: 'User.Read' })).userPrincipalName).toBe('p@contoso.com');
    expect(decodeTokenClaims(makeJwt({ unique_name: 'u@contoso.com', scp: 'User.Read' })).userPrincipalName).toBe('u@contoso.com');
  });

  it('refuses what is not a JWT without repeating it', () => {
    expect(() => decodeTokenClaims('secret-opaque-token')).toThrow('The access token is not a JWT (expected three dot-separated parts).');
    try {
      decodeTokenClaims('abc.!!!secret!!!.def');
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
  });
});
