import { describe, expect, it } from 'vitest';
import { decodeTokenClaims } from './claims.js';
import { checkPermissions, explainForbidden, isGranted, type PermissionRequirement } from './permissions.js';
import { makeJwt } from './test-support/jwt.js';

const tap: PermissionRequirement = {
  delegated: ['UserAuthenticationMethod.ReadWrite.All'],
  application: ['UserAuthenticationMethod.ReadWrite.All'],
  delegatedRoleHint: 'the Authentication Administrator or Privileged Authentication Administrator role',
};
const readUsers: PermissionRequirement = { delegated: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'], application: ['User.Read.All', 'Directory.Read.All'] };

describe('checkPermissions', () => {
  it('passes when one alternative is granted, ReadWrite standing in for Read', () => {
    expect(checkPermissions(decodeTokenClaims(makeJwt({ scp: 'userauthenticationmethod.readwrite.all' })), tap)).toBeNull();
    expect(checkPermissions(decodeTokenClaims(makeJwt({ roles: ['Directory.ReadWrite.All'] })), readUsers)).toBeNull();
    expect(isGranted('User.Read', ['User.ReadWrite'])).toBe(true);
    expect(isGranted('User.ReadWrite.All', ['User.Read.All'])).toBe(false);
  });

  it('names the missing delegated permission and how to grant it', () => {
    const claims = decodeTokenClaims(makeJwt({ scp: 'User.Read.All', appid: 'app-guid' }));
    const missing = checkPermissions(claims, tap, { command: 'New-EntraIDUserTemporaryAccessPass' });
    expect(missing).toMatchObject({ kind: 'delegated', required: ['UserAuthenticationMethod.ReadWrite.All'], granted: ['User.Read.All'] });
    expect(missing?.message).toBe(
      'New-EntraIDUserTemporaryAccessPass needs the delegated permission UserAuthenticationMethod.ReadWrite.All. The token carries: User.Read.All. ' +
        'To grant it, add the delegated permission UserAuthenticationMethod.ReadWrite.All to the app registration app-guid ' +
        '(Entra admin center > App registrations > API permissions > Microsoft Graph > Delegated permissions), grant admin consent, ' +
        'then sign in again with Connect-EntraID -Scopes UserAuthenticationMethod.ReadWrite.All.',
    );
  });

  it('names application alternatives and admin consent for app tokens', () => {
    const missing = checkPermissions(decodeTokenClaims(makeJwt({ roles: [] })), readUsers, { command: 'Get-EntraIDUser', appId: 'my-app' });
    expect(missing?.kind).toBe('application');
    expect(missing?.message).toMatch(/^Get-EntraIDUser needs one of the application permissions User\.Read\.All, Directory\.Read\.All\. The token carries no application permissions\. /);
    expect(missing?.message).toContain('Application permissions), grant admin consent, then connect again');
    expect(missing?.message).toContain('the app registration my-app');
  });

  it('says when an operation has no permission of the token kind', () => {
    const selfOnly: PermissionRequirement = { delegated: ['UserAuthenticationMethod.ReadWrite'], application: [] };
    expect(checkPermissions(decodeTokenClaims(makeJwt({ roles: ['X'] })), selfOnly)?.message).toBe(
      'This operation is not available with application permissions; connect with delegated permissions (UserAuthenticationMethod.ReadWrite) instead.',
    );
  });
});

describe('explainForbidden', () => {
  it('repeats the missing permission when that is the cause', () => {
    expect(explainForbidden(decodeTokenClaims(makeJwt({ scp: 'User.Read.All' })), tap)).toMatch(/needs the delegated permission UserAuthenticationMethod\.ReadWrite\.All/);
  });
  it('points at the directory role when the permission is there', () => {
    expect(explainForbidden(decodeTokenClaims(makeJwt({ scp: 'UserAuthenticationMethod.ReadWrite.All' })), tap)).toBe(
      'The token carries the delegated permission UserAuthenticationMethod.ReadWrite.All, yet Microsoft Graph refused the request. ' +
        'With delegated access the signed-in user also needs the Authentication Administrator or Privileged Authentication Administrator role; ' +
        'an admin can assign it in the Entra admin center (Roles & admins).',
    );
  });
});
