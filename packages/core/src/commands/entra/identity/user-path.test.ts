import { describe, expect, it } from 'vitest';
import { tapMethodPath, tapMethodsPath, userPath } from './user-path.js';

describe('userPath', () => {
  it('uses a GUID as is, in canonical form', () => {
    expect(userPath('72E2EB87-C124-4BD9-8E01-A447A1752058')).toBe('/users/72e2eb87-c124-4bd9-8e01-a447a1752058');
  });

  it('keeps @ readable in a plain UPN', () => {
    expect(userPath('johndoe@contoso.onmicrosoft.com')).toBe('/users/johndoe@contoso.onmicrosoft.com');
  });

  it('encodes # in guest UPNs as %23 so the path is not cut at the fragment', () => {
    expect(userPath('jane_fabrikam.com#EXT#@contoso.onmicrosoft.com')).toBe('/users/jane_fabrikam.com%23EXT%23@contoso.onmicrosoft.com');
  });

  it("leaves an apostrophe as is in a plain segment (it is a legal path character)", () => {
    expect(userPath("o'brien@contoso.onmicrosoft.com")).toBe("/users/o'brien@contoso.onmicrosoft.com");
  });

  it('uses the key form for a UPN starting with $, doubling apostrophes inside', () => {
    expect(userPath('$admin@contoso.onmicrosoft.com')).toBe("/users('$admin@contoso.onmicrosoft.com')");
    expect(userPath("$o'hara#EXT#@contoso.com")).toBe("/users('$o''hara%23EXT%23@contoso.com')");
  });

  it('percent-encodes characters that would change the URL structure', () => {
    expect(userPath('a/b?c%d e@contoso.com')).toBe('/users/a%2Fb%3Fc%25d%20e@contoso.com');
  });

  it('builds the TAP method paths on top of the user path', () => {
    expect(tapMethodsPath('jane_fabrikam.com#EXT#@contoso.onmicrosoft.com')).toBe(
      '/users/jane_fabrikam.com%23EXT%23@contoso.onmicrosoft.com/authentication/temporaryAccessPassMethods',
    );
    expect(tapMethodPath('$x@y.com', 'abc')).toBe("/users('$x@y.com')/authentication/temporaryAccessPassMethods/abc");
  });
});
