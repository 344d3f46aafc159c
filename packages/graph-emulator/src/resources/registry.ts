/** Every Graph operation the emulator serves: its permissions, its throttling cost, its handler. */
import type { PermissionSpec } from '../auth/principal.js';
import type { RouteId } from '../http/router.js';
import { authMethodsDenied, forbidden, type Handler } from './context.js';
import { countGroups, getGroup, GROUPS_READ, listGroupRelation, listGroups, listUserMemberOf, MEMBER_OF_READ } from './groups.js';
import type { GraphHttpError } from '../http/graph-types.js';
import { createTap, deleteTap, getTap, listTaps, TAP_READ, TAP_WRITE } from './tap-methods.js';
import { getPolicy, POLICY_READ, POLICY_WRITE, resetPolicy, updatePolicy } from './tap-policy.js';
import { deltaUsers } from './users-delta.js';
import { countUsers, getUser, listUsers, USER_READ, USERS_READ } from './users.js';

export interface Operation {
  readonly permissions: PermissionSpec;
  /** Graph's base resource-unit cost (identity and access service limits). */
  readonly baseCost: number;
  /** Writes also draw from the write buckets. */
  readonly write: boolean;
  readonly handle: Handler;
  /** The 403 a caller without any accepted permission gets (the service's own code and words). */
  readonly denied: () => GraphHttpError;
}

export const OPERATIONS: Readonly<Record<Exclude<RouteId, 'batch'>, Operation>> = {
  'users.list': { permissions: USERS_READ, baseCost: 2, write: false, denied: forbidden, handle: listUsers },
  'users.count': { permissions: USERS_READ, baseCost: 1, write: false, denied: forbidden, handle: countUsers },
  'users.delta': { permissions: USERS_READ, baseCost: 1, write: false, denied: forbidden, handle: deltaUsers },
  'users.get': { permissions: USER_READ, baseCost: 1, write: false, denied: forbidden, handle: getUser },
  'tap.list': { permissions: TAP_READ, baseCost: 1, write: false, denied: authMethodsDenied, handle: listTaps },
  'tap.get': { permissions: TAP_READ, baseCost: 1, write: false, denied: authMethodsDenied, handle: getTap },
  'tap.create': { permissions: TAP_WRITE, baseCost: 1, write: true, denied: authMethodsDenied, handle: createTap },
  'tap.delete': { permissions: TAP_WRITE, baseCost: 1, write: true, denied: authMethodsDenied, handle: deleteTap },
  'policy.get': { permissions: POLICY_READ, baseCost: 1, write: false, denied: forbidden, handle: getPolicy },
  'policy.update': { permissions: POLICY_WRITE, baseCost: 1, write: true, denied: forbidden, handle: updatePolicy },
  'policy.delete': { permissions: POLICY_WRITE, baseCost: 1, write: true, denied: forbidden, handle: resetPolicy },
  'groups.list': { permissions: GROUPS_READ, baseCost: 2, write: false, denied: forbidden, handle: listGroups },
  'groups.count': { permissions: GROUPS_READ, baseCost: 1, write: false, denied: forbidden, handle: countGroups },
  'groups.get': { permissions: GROUPS_READ, baseCost: 1, write: false, denied: forbidden, handle: getGroup },
  'groups.members': { permissions: GROUPS_READ, baseCost: 2, write: false, denied: forbidden, handle: listGroupRelation },
  'users.memberOf': { permissions: MEMBER_OF_READ, baseCost: 2, write: false, denied: forbidden, handle: listUserMemberOf },
};

/**
 * Resource units for one request: the base cost, minus 1 with $select, plus 1 with $expand,
 * minus 1 with $top below 20, never below 1.
 */
export function requestCost(operation: Operation, query: URLSearchParams): { readonly resourceUnits: number; readonly writes: number } {
  let units = operation.baseCost;
  const names = new Map([...query.keys()].map((name) => [name.toLowerCase(), name]));
  if (names.has('$select')) units -= 1;
  if (names.has('$expand')) units += 1;
  const topName = names.get('$top');
  const top = topName === undefined ? NaN : Number(query.get(topName));
  if (Number.isInteger(top) && top < 20) units -= 1;
  return { resourceUnits: Math.max(1, units), writes: operation.write ? 1 : 0 };
}
