import { describe, expect, it } from 'vitest';
import { demoUsers } from '../directory/seed-users.js';
import { USER_SCHEMA } from '../directory/user-schema.js';
import { compileFilter, FilterRejection } from './filter-compiler.js';
import { parseFilter } from './filter-parser.js';

const users = demoUsers('contoso.onmicrosoft.com');
const matching = (filter: string) => {
  const { predicate } = compileFilter(parseFilter(filter), USER_SCHEMA);
  return users.filter(predicate).map((u) => u.userPrincipalName.split('@')[0]);
};
const advancedOf = (filter: string) => compileFilter(parseFilter(filter), USER_SCHEMA).advanced;

describe('compileFilter', () => {
  it('compares strings case-insensitively', () => {
    expect(matching("userPrincipalName eq 'JOHNDOE@contoso.onmicrosoft.com'")).toEqual(['johndoe']);
    expect(matching("startswith(displayName,'jo')")).toEqual(['johndoe', 'johannalorenz', 'jonisherman']);
  });

  it('handles in, and, or, not, ne and endsWith', () => {
    expect(matching("department in ('Legal','Executive')")).toEqual(['tanyapope', 'gracekim']);
    expect(matching("department eq 'IT' and accountEnabled eq false")).toEqual(['leegu']);
    expect(matching("userType eq 'Guest' or surname eq 'O''Brien'")).toEqual(["o'brien", 'jane_fabrikam.com#EXT#', 'carlos_tailspintoys.com#EXT#']);
    expect(matching("not (userType eq 'Member')")).toHaveLength(2);
    expect(matching("userType ne 'Member'")).toHaveLength(2);
    expect(matching("endswith(userPrincipalName,'#EXT#@contoso.onmicrosoft.com')")).toHaveLength(2);
  });

  it('says which parts need advanced query parameters', () => {
    expect(advancedOf("department eq 'Sales'")).toEqual([]);
    expect(advancedOf("department ne 'Sales'")).toEqual([{ kind: 'operator', name: 'ne' }]);
    expect(advancedOf("endswith(mail,'.com')")).toEqual([{ kind: 'operator', name: 'endsWith' }]);
    expect(advancedOf("officeLocation eq '18/2111'")).toEqual([{ kind: 'property', name: 'officeLocation' }]);
    expect(advancedOf('jobTitle eq null')).toEqual([{ kind: 'property', name: 'jobTitle' }]);
  });

  it('rejects unknown properties, unsupported operators and mismatched types with Graph messages', () => {
    const reject = (filter: string) => {
      try {
        compileFilter(parseFilter(filter), USER_SCHEMA);
      } catch (error) {
        if (error instanceof FilterRejection) return [error.code, error.message];
      }
      return undefined;
    };
    expect(reject("shoeSize eq '42'")).toEqual(['BadRequest', "Could not find a property named 'shoeSize' on type 'microsoft.graph.user'."]);
    expect(reject("endswith(displayName,'e')")).toEqual(['Request_UnsupportedQuery', "Unsupported or invalid query filter clause specified for property 'displayName' of resource 'User'."]);
    expect(reject("startswith(accountEnabled,'t')")).toEqual(['Request_UnsupportedQuery', "Unsupported or invalid query filter clause specified for property 'accountEnabled' of resource 'User'."]);
    expect(reject("accountEnabled eq 'true'")).toEqual(['BadRequest', "A binary operator with incompatible types was detected. Found operand types 'Edm.Boolean' and 'Edm.String' for operator kind 'Equal'."]);
  });
});
