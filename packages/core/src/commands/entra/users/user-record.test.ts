import { describe, expect, it } from 'vitest';
import { PSHashtable } from '../../../values/model.js';
import { buildUserSelect, DEFAULT_USER_SELECT, ENTRA_USER_TYPE_NAME, userRecordFromGraph } from './user-record.js';

describe('userRecordFromGraph', () => {
  it("maps Graph's camelCase properties to PnP's names and keeps extras in AdditionalProperties and as properties", () => {
    const record = userRecordFromGraph({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
      id: '72e2eb87-c124-4bd9-8e01-a447a1752058',
      userPrincipalName: 'johndoe@contoso.onmicrosoft.com',
      displayName: 'John Doe',
      givenName: 'John',
      surname: 'Doe',
      mail: 'johndoe@contoso.com',
      businessPhones: ['+1 555 0100'],
      accountEnabled: true,
      department: 'Sales',
      employeeOrgData: { division: 'North' },
    });
    expect(record.typeNames[0]).toBe(ENTRA_USER_TYPE_NAME);
    expect(record.propertyNames()).toEqual([
      'Id',
      'UserPrincipalName',
      'DisplayName',
      'GivenName',
      'Surname',
      'Mail',
      'JobTitle',
      'MobilePhone',
      'OfficeLocation',
      'PreferredLanguage',
      'BusinessPhones',
      'AccountEnabled',
      'Department',
      'EmployeeOrgData',
      'AdditionalProperties',
    ]);
    expect(record.get('DisplayName')).toBe('John Doe');
    expect(record.get('Department')).toBe('Sales');
    expect((record.get('EmployeeOrgData') as PSHashtable).get('division')).toBe('North');
    expect(record.get('JobTitle')).toBeNull();
    expect(record.get('BusinessPhones')).toEqual(['+1 555 0100']);
    expect(record.get('AccountEnabled')).toBe(true);
    const extra = record.get('AdditionalProperties');
    expect(extra).toBeInstanceOf(PSHashtable);
    const table = extra as PSHashtable;
    expect(table.keys()).toEqual(['department', 'employeeOrgData']);
    expect(table.get('Department')).toBe('Sales');
    expect((table.get('employeeOrgData') as PSHashtable).get('division')).toBe('North');
  });

  it('gives an empty BusinessPhones array when Graph did not return it', () => {
    expect(userRecordFromGraph({ id: 'x' }).get('BusinessPhones')).toEqual([]);
  });

  it("keeps a delta query's @removed marker visible", () => {
    const record = userRecordFromGraph({ id: 'x', '@removed': { reason: 'changed' } });
    expect((record.get('AdditionalProperties') as PSHashtable).has('@removed')).toBe(true);
    // Annotations stay out of the record's own properties.
    expect(record.propertyNames()).not.toContain('@removed');
  });
});

describe('buildUserSelect', () => {
  it("is PnP's default set, with -Select adding to it", () => {
    expect(buildUserSelect(undefined, false)).toEqual([...DEFAULT_USER_SELECT]);
    expect(buildUserSelect(['Department', 'mail', 'DisplayName'], false)).toEqual([...DEFAULT_USER_SELECT, 'Department']);
  });

  it('takes only -Select with -IgnoreDefaultProperties, mapping record names to Graph names', () => {
    expect(buildUserSelect(['DisplayName', 'department,companyName', 'AdditionalProperties'], true)).toEqual([
      'displayName',
      'department',
      'companyName',
    ]);
  });
});
