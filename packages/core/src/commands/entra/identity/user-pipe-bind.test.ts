import { describe, expect, it } from 'vitest';
import { PSGuid, PSHashtable, PSObject } from '../../../values/model.js';
import { resolveUserIdentity } from './user-pipe-bind.js';

const ID = '72e2eb87-c124-4bd9-8e01-a447a1752058';
const UPN = 'johndoe@contoso.onmicrosoft.com';

describe('resolveUserIdentity', () => {
  it('reads a UPN string', () => {
    expect(resolveUserIdentity(UPN)).toEqual({ key: UPN, userPrincipalName: UPN, display: UPN });
  });

  it('reads a GUID string and a [guid]', () => {
    expect(resolveUserIdentity(ID.toUpperCase())).toEqual({ key: ID, id: ID, display: ID });
    expect(resolveUserIdentity(new PSGuid(ID))).toEqual({ key: ID, id: ID, display: ID });
  });

  it('takes both id and UPN from a user record, keyed by id', () => {
    const user = new PSObject({ Id: ID, UserPrincipalName: UPN, DisplayName: 'John Doe' }, ['EntraShell.EntraIDUser']);
    expect(resolveUserIdentity(user)).toEqual({ key: ID, id: ID, userPrincipalName: UPN, display: UPN });
  });

  it('reads UserId and ObjectId columns, case-insensitively, from CSV rows and hashtables', () => {
    expect(resolveUserIdentity(new PSObject({ userid: ID }))).toMatchObject({ key: ID, id: ID });
    expect(resolveUserIdentity(PSHashtable.from({ ObjectId: ID, upn: UPN }))).toMatchObject({ key: ID, userPrincipalName: UPN });
    expect(resolveUserIdentity({ userPrincipalName: UPN })).toMatchObject({ key: UPN });
  });

  it('falls back to an Id column holding a UPN', () => {
    expect(resolveUserIdentity(new PSObject({ Id: UPN }))).toEqual({ key: UPN, userPrincipalName: UPN, display: UPN });
  });

  it('prefers a GUID in UserId over a non-GUID Id', () => {
    expect(resolveUserIdentity(new PSObject({ Id: 'row-7', UserId: ID }))).toMatchObject({ key: ID, id: ID });
  });

  it("never takes a pass record's Id for the user", () => {
    const pass = new PSObject({ UserPrincipalName: UPN, UserId: null, TemporaryAccessPass: 'x', Id: '6f1c4b0e-3a0b-4a3e-9b0b-0c6a7d0f3b1a' });
    expect(resolveUserIdentity(pass)).toEqual({ key: UPN, userPrincipalName: UPN, display: UPN });
    const row = new PSObject({ UserPrincipalName: UPN, UserId: ID, Id: '6f1c4b0e-3a0b-4a3e-9b0b-0c6a7d0f3b1a' });
    expect(resolveUserIdentity(row)).toMatchObject({ key: ID, id: ID });
  });

  it('returns undefined for values that name no user', () => {
    expect(resolveUserIdentity(null)).toBeUndefined();
    expect(resolveUserIdentity('  ')).toBeUndefined();
    expect(resolveUserIdentity(42)).toBeUndefined();
    expect(resolveUserIdentity(new PSObject({ Name: 'x' }))).toBeUndefined();
  });
});
