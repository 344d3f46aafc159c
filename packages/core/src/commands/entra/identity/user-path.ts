/**
 * Graph URL paths for one user, addressed by object id or user principal name.
 *
 * PnP put the UPN into the path unencoded, so a guest UPN (`jane_fabrikam.com#EXT#@contoso...`)
 * was cut at `#` and the request went to the wrong resource. Here:
 * - a GUID goes as is (canonical form);
 * - a UPN is percent-encoded as a path segment (`#` → `%23`, `/`, `?`, `%`, spaces...), keeping
 *   `@` and `'` readable since both are legal in a path segment and Graph accepts them;
 * - a UPN starting with `$` would be read by Graph as an OData system segment (`$ref`, `$count`),
 *   so it uses the key form `/users('$x@y.com')`, where a `'` inside the key is doubled.
 */
import { canonicalGuid } from './guid.js';

/** Percent-encodes one path segment, leaving the characters Graph reads literally. */
function encodeSegment(text: string): string {
  return encodeURIComponent(text).replace(/%40/g, '@').replace(/%24/g, '$');
}

/** The path of the user resource, e.g. `/users/72e2eb87-...` or `/users/jane_fabrikam.com%23EXT%23@contoso.com`. */
export function userPath(key: string): string {
  const guid = canonicalGuid(key);
  if (guid) return `/users/${guid}`;
  if (key.startsWith('$')) return `/users('${encodeSegment(key.replace(/'/g, "''"))}')`;
  return `/users/${encodeSegment(key)}`;
}

/** The collection of a user's Temporary Access Pass methods. */
export function tapMethodsPath(key: string): string {
  return `${userPath(key)}/authentication/temporaryAccessPassMethods`;
}

/** One Temporary Access Pass method of a user. */
export function tapMethodPath(key: string, methodId: string): string {
  return `${tapMethodsPath(key)}/${encodeURIComponent(methodId)}`;
}
