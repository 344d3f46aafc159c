/**
 * OData literals for `$filter`. A `'` inside a string literal is doubled; percent-encoding of the
 * whole query value is the URL builder's job (URLSearchParams), never done twice.
 */

/** `o'brien@contoso.com` → `'o''brien@contoso.com'`. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `userPrincipalName eq 'o''brien@contoso.com'`. */
export function odataEquals(property: string, value: string): string {
  return `${property} eq ${odataString(value)}`;
}
