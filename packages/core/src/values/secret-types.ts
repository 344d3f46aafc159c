/**
 * The .NET types whose values are secrets by nature: a parameter of one of these types (a
 * cmdlet's `types.secureString`, a script function's `[SecureString]$Password` or
 * `[PSCredential]$Credential`) is a secret parameter without saying so, exactly as if it had been
 * declared `secret: true`.
 */
const SECRET_TYPE_NAMES: ReadonlySet<string> = new Set([
  'system.security.securestring',
  'system.management.automation.pscredential',
]);

/** True for SecureString and PSCredential, and arrays of them (`System.Security.SecureString[]`). */
export function isSecretTypeName(fullName: string): boolean {
  return SECRET_TYPE_NAMES.has(fullName.replace(/\[[\s,]*\]$/, '').toLowerCase());
}
