/**
 * Values that are secrets by their shape alone, whoever made them: a JSON Web Token (an access or
 * ID token: base64url of `{"...`, which always starts `eyJ`), the token of a `Bearer` header, and,
 * for a string literal assigned to a variable, something that looks like a Temporary Access Pass.
 */

/** `eyJ` + base64url, with up to two more dot-separated parts; not inside a longer word. */
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}(?:\.[A-Za-z0-9_-]*){0,2}/g;
/** The credentials after `Bearer ` (RFC 6750's b64token characters); `Bearer $token` does not match. */
const BEARER = /(?<=\bBearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/gi;

const PATTERNS: readonly RegExp[] = [JWT, BEARER];

/** True when `text` holds a token-shaped value anywhere. */
export function holdsTokenShape(text: string): boolean {
  return PATTERNS.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

/** `text` with every token-shaped value replaced by asterisks of the same length. */
export function maskTokenShapes(text: string): string {
  let masked = text;
  for (const pattern of PATTERNS) masked = masked.replace(pattern, (found) => '*'.repeat(found.length));
  return masked;
}

/** The characters Entra ID draws passes from: letters, digits and a few symbols (no spaces, dots or dashes). */
const PASS_CHARACTERS = /^[A-Za-z0-9!@#$%&*+=?]{8,48}$/;

/**
 * A string that looks like a Temporary Access Pass: 8 to 48 of the pass characters, mixing at
 * least three of lower case, upper case, digits and symbols. User names, mail addresses, GUIDs,
 * dates and paths never match (they hold dots, dashes or slashes, or are one kind of character);
 * a password typed into a variable usually does, which is as it should be.
 */
export function looksLikePass(text: string): boolean {
  if (!PASS_CHARACTERS.test(text)) return false;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(text)).length;
  return kinds >= 3;
}
