/**
 * Who is calling: a signed-in user (delegated, `scp`) or an application (`roles`), read from a
 * verified token. Permission names compare case-insensitively, as Entra ID treats them.
 */

export interface Principal {
  readonly kind: 'delegated' | 'application';
  readonly tenantId: string;
  readonly appId: string;
  /** Lower-cased delegated scopes (`scp`). */
  readonly scopes: ReadonlySet<string>;
  /** Lower-cased application permissions (`roles`). */
  readonly roles: ReadonlySet<string>;
  /** Directory role template ids of the signed-in user (`wids`). */
  readonly wids: ReadonlySet<string>;
  readonly userId?: string;
  readonly upn?: string;
}

/** The permissions an operation accepts; any one of them is enough. */
export interface PermissionSpec {
  readonly delegated: readonly string[];
  /** Delegated permissions that only let a user act on themselves (e.g. User.Read). */
  readonly delegatedSelf?: readonly string[];
  readonly application: readonly string[];
}

function hasAny(granted: ReadonlySet<string>, wanted: readonly string[]): boolean {
  return wanted.some((permission) => granted.has(permission.toLowerCase()));
}

/** Whether the token carries any permission the operation accepts, for some target. */
export function hasRoutePermission(principal: Principal, spec: PermissionSpec): boolean {
  if (principal.kind === 'application') return hasAny(principal.roles, spec.application);
  return hasAny(principal.scopes, spec.delegated) || hasAny(principal.scopes, spec.delegatedSelf ?? []);
}

/** Whether the token's permissions cover this particular target (self-only scopes cover only self). */
export function hasTargetPermission(principal: Principal, spec: PermissionSpec, targetUserId: string): boolean {
  if (principal.kind === 'application') return hasAny(principal.roles, spec.application);
  if (hasAny(principal.scopes, spec.delegated)) return true;
  return isSelf(principal, targetUserId) && hasAny(principal.scopes, spec.delegatedSelf ?? []);
}

export function isSelf(principal: Principal, userId: string): boolean {
  return principal.kind === 'delegated' && principal.userId?.toLowerCase() === userId.toLowerCase();
}

/** For delegated calls on others: the signed-in user must hold one of these directory roles. */
export function hasDirectoryRole(principal: Principal, roleIds: readonly string[]): boolean {
  return principal.kind === 'application' || roleIds.some((role) => principal.wids.has(role));
}
