/**
 * The Entra cmdlets, for the session's command registry, and their default views (registered on
 * import, idempotently).
 */
import type { CmdletDefinition } from '../../cmdlet/define.js';
import { getEntraIDUser } from './users/get-entraid-user.js';
import { newEntraIDUserTemporaryAccessPass } from './tap/new-entraid-user-tap.js';
import { getEntraIDUserTemporaryAccessPass } from './tap/get-entraid-user-tap.js';
import { removeEntraIDUserTemporaryAccessPass } from './tap/remove-entraid-user-tap.js';
import { getEntraIDTemporaryAccessPassPolicy } from './tap/get-tap-policy.js';
import { setEntraIDTemporaryAccessPassPolicy } from './tap/set-tap-policy.js';
import { registerEntraViews } from './views.js';

registerEntraViews();

export const entraCmdlets: readonly CmdletDefinition[] = [
  getEntraIDUser,
  newEntraIDUserTemporaryAccessPass,
  getEntraIDUserTemporaryAccessPass,
  removeEntraIDUserTemporaryAccessPass,
  getEntraIDTemporaryAccessPassPolicy,
  setEntraIDTemporaryAccessPassPolicy,
];

export {
  getEntraIDUser,
  newEntraIDUserTemporaryAccessPass,
  getEntraIDUserTemporaryAccessPass,
  removeEntraIDUserTemporaryAccessPass,
  getEntraIDTemporaryAccessPassPolicy,
  setEntraIDTemporaryAccessPassPolicy,
  registerEntraViews,
};
export { DEFAULT_TAP_THROTTLE_LIMIT } from './tap/new-entraid-user-tap.js';
export { EntraIDUserPipeBind, userPipeBindType } from './identity/user-pipe-bind-type.js';
export { resolveUserIdentity, type UserIdentity } from './identity/user-pipe-bind.js';
export { userPath, tapMethodsPath } from './identity/user-path.js';
export { ENTRA_USER_TYPE_NAME } from './users/user-record.js';
export { TAP_TYPE_NAME, TAP_METHOD_TYPE_NAME } from './tap/tap-record.js';
export { TAP_POLICY_TYPE_NAME } from './tap/tap-policy-record.js';
