/**
 * The permission pre-check: before a cmdlet calls Graph, compare the permissions it needs (the
 * alternatives Graph documents) with what the token carries, and explain what is missing and how to
 * grant it. The same explanation turns a bare 403 from Graph into something an admin can act on.
 */
import type { TokenClaims } from './claims.js';

export interface PermissionRequirement {
  /** Any one of these delegated permissions suffices (least privileged first). */
  readonly delegated: readonly string[];
  /** Any one of these application permissions suffices. */
  readonly application: readonly string[];
  /**
   * What a delegated caller needs besides the permission, in words, e.g. "the Authentication
   * Administrator or Privileged Authentication Administrator role". Used to explain a 403.
   */
  readonly delegatedRoleHint?: string;
}

export interface MissingPermission {
  readonly kind: 'delegated' | 'application';
  /** The alternatives, any one of which would do. */
  readonly required: readonly string[];
  /** What the token carries for that kind. */
  readonly granted: readonly string[];
  readonly message: string;
}

export interface PermissionCheckContext {
  /** The cmdlet, for the message: "New-EntraIDUserTemporaryAccessPass needs ...". */
  readonly command?: string;
  /** The app registration (client id) to name in the advice. */
  readonly appId?: string;
}

/** null when the token carries one of the alternatives; otherwise what is missing and how to grant it. */
export function checkPermissions(
  claims: TokenClaims,
  requirement: PermissionRequirement,
  context: PermissionCheckContext = {},
): MissingPermission | null {
  const kind = claims.kind;
  const required = kind === 'delegated' ? requirement.delegated : requirement.application;
  const granted = kind === 'delegated' ? claims.delegatedPermissions : claims.applicationPermissions;
  if (required.length === 0) {
    // Graph documents no permission of this kind for the operation: it cannot be done this way.
    return { kind, required, granted, message: unsupportedKindMessage(kind, requirement, context) };
  }
  if (required.some((permission) => isGranted(permission, granted))) return null;
  return { kind, required, granted, message: missingMessage(kind, required, granted, context.appId ?? claims.appId, context.command) };
}

/**
 * Why Graph answered 403: the missing permission when that is the cause, otherwise the other
 * usual causes (a directory role for delegated calls), so the user is never left with
 * "Insufficient privileges" alone.
 */
export function explainForbidden(claims: TokenClaims, requirement: PermissionRequirement, context: PermissionCheckContext = {}): string {
  const missing = checkPermissions(claims, requirement, context);
  if (missing !== null) return missing.message;
  const held = (claims.kind === 'delegated' ? claims.delegatedPermissions : claims.applicationPermissions).filter((permission) =>
    (claims.kind === 'delegated' ? requirement.delegated : requirement.application).some((wanted) => isGranted(wanted, [permission])),
  );
  const base = `The token carries the ${claims.kind} permission ${held.join(', ')}, yet Microsoft Graph refused the request.`;
  if (claims.kind === 'delegated') {
    const role = requirement.delegatedRoleHint ?? 'a directory role that allows this operation';
    return `${base} With delegated access the signed-in user also needs ${role}; an admin can assign it in the Entra admin center (Roles & admins).`;
  }
  return `${base} The operation may be restricted for this target (for example a privileged user or an administrative unit).`;
}

/**
 * Exact match (case-insensitive), or a ReadWrite permission standing in for its Read counterpart:
 * Graph's X.ReadWrite.All includes everything X.Read.All allows.
 */
export function isGranted(required: string, granted: readonly string[]): boolean {
  const wanted = required.toLowerCase();
  return granted.some((permission) => {
    const held = permission.toLowerCase();
    return held === wanted || held === wanted.replace('.read.', '.readwrite.') || held === wanted.replace(/\.read$/, '.readwrite');
  });
}

function missingMessage(
  kind: 'delegated' | 'application',
  required: readonly string[],
  granted: readonly string[],
  appId: string | undefined,
  command: string | undefined,
): string {
  const needs = required.length === 1 ? `the ${kind} permission ${required[0]}` : `one of the ${kind} permissions ${required.join(', ')}`;
  const subject = command === undefined ? 'This operation' : command;
  const has = granted.length === 0 ? `The token carries no ${kind} permissions.` : `The token carries: ${granted.join(', ')}.`;
  const app = appId === undefined ? 'your app registration' : `the app registration ${appId}`;
  const first = required[0] ?? '';
  const grant =
    kind === 'delegated'
      ? `To grant it, add the delegated permission ${first} to ${app} (Entra admin center > App registrations > API permissions > Microsoft Graph > Delegated permissions), grant admin consent, then sign in again with Connect-EntraID -Scopes ${first}.`
      : `To grant it, add the application permission ${first} to ${app} (Entra admin center > App registrations > API permissions > Microsoft Graph > Application permissions), grant admin consent, then connect again: an app token carries only the permissions consented when it was issued.`;
  return `${subject} needs ${needs}. ${has} ${grant}`;
}

function unsupportedKindMessage(kind: 'delegated' | 'application', requirement: PermissionRequirement, context: PermissionCheckContext): string {
  const subject = context.command ?? 'This operation';
  const other = kind === 'delegated' ? requirement.application : requirement.delegated;
  const otherKind = kind === 'delegated' ? 'application' : 'delegated';
  return `${subject} is not available with ${kind} permissions; connect with ${otherKind} permissions (${other.join(' or ')}) instead.`;
}
