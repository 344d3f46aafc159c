import { describe, expect, it } from 'vitest';
import { odataEquals, odataString } from './literal.js';

describe('OData literals', () => {
  it('doubles apostrophes inside string literals', () => {
    expect(odataString("o'brien@contoso.com")).toBe("'o''brien@contoso.com'");
    expect(odataEquals('userPrincipalName', "a''b")).toBe("userPrincipalName eq 'a''''b'");
  });

  it('leaves other characters for the URL encoder', () => {
    expect(odataString('jane_fabrikam.com#EXT#@contoso.com')).toBe("'jane_fabrikam.com#EXT#@contoso.com'");
  });
});
