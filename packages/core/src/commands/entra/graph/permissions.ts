/**
 * The Microsoft Graph permissions each Entra cmdlet needs, as Graph documents them (any one of
 * the alternatives suffices, least privileged first). The pre-check and the 403 explanation both
 * read these; `requiredPermissions` on each cmdlet repeats them for Get-Help and Get-Command.
 */
import type { RequiredPermissions } from '../../../cmdlet/define.js';
import type { PermissionRequirement } from '../../../auth/permissions.js';

/** GET /users, /users/{id}, /users/delta. */
export const USER_READ: PermissionRequirement = {
  delegated: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  application: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
};

/** Create and delete a user's Temporary Access Pass. */
export const TAP_WRITE: PermissionRequirement = {
  delegated: ['UserAuthenticationMethod.ReadWrite.All'],
  application: ['UserAuthenticationMethod.ReadWrite.All'],
  delegatedRoleHint: 'the Authentication Administrator or Privileged Authentication Administrator role (Privileged for passes of other administrators)',
};

/** List or get a user's Temporary Access Pass methods. */
export const TAP_READ: PermissionRequirement = {
  delegated: ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'],
  application: ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'],
  delegatedRoleHint: 'the Authentication Administrator, Privileged Authentication Administrator or Global Reader role',
};

/** GET the Temporary Access Pass policy. */
export const POLICY_READ: PermissionRequirement = {
  delegated: ['Policy.Read.All', 'Policy.ReadWrite.AuthenticationMethod'],
  application: ['Policy.Read.All', 'Policy.ReadWrite.AuthenticationMethod'],
  delegatedRoleHint: 'the Authentication Policy Administrator or Global Reader role',
};

/** PATCH the Temporary Access Pass policy. */
export const POLICY_WRITE: PermissionRequirement = {
  delegated: ['Policy.ReadWrite.AuthenticationMethod'],
  application: ['Policy.ReadWrite.AuthenticationMethod'],
  delegatedRoleHint: 'the Authentication Policy Administrator role',
};

/** The same requirement in the shape cmdlet declarations carry. */
export function declared(requirement: PermissionRequirement): RequiredPermissions {
  return { delegated: requirement.delegated, application: requirement.application };
}
