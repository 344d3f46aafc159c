/**
 * The `EntraIDUserPipeBind` parameter type: `-Identity` accepts a UPN, a GUID, a user record or
 * any object naming a user, and the cmdlet receives the resolved identity.
 */
import * as v from 'valibot';
import { ConversionFailure, defineParameterType } from '../../../cmdlet/parameter-types.js';
import type { ParameterType } from '../../../cmdlet/parameter-types.js';
import { resolveUserIdentity } from './user-pipe-bind.js';
import type { UserIdentity } from './user-pipe-bind.js';

/** The bound value: a class, so the binder can tell an already-converted value from raw input. */
export class EntraIDUserPipeBind {
  constructor(readonly identity: UserIdentity) {}
  toString(): string {
    return this.identity.display;
  }
}

export const userPipeBindType: ParameterType<EntraIDUserPipeBind> = defineParameterType({
  name: 'EntraIDUserPipeBind',
  fullName: 'EntraShell.EntraIDUserPipeBind',
  schema: v.instance(EntraIDUserPipeBind),
  convert(value) {
    const identity = resolveUserIdentity(value);
    if (identity === undefined) {
      throw new ConversionFailure(
        'Specify a user principal name, a user id (GUID), or an object with an Id, UserPrincipalName, UserId or ObjectId property.',
      );
    }
    return new EntraIDUserPipeBind(identity);
  },
});
