/** Every Graph operation the emulator serves: its permissions, its throttling cost, its handler. */
import type { PermissionSpec } from '../auth/principal.js';
import type { RouteId } from '../http/router.js';
import type { Handler } from './context.js';
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
}

export const OPERATIONS: Readonly<Record<Exclude<RouteId, 'batch'>, Operation>> = {
  'users.list': { permissions: USERS_READ, baseCost: 2, write: false, handle: listUsers },
  'users.count': { permissions: USERS_READ, baseCost: 1, write: false, handle: countUsers },
  'users.delta': { permissions: USERS_READ, baseCost: 1, write: false, handle: deltaUsers },
  'users.get': { permissions: USER_READ, baseCost: 1, write: false, handle: getUser },
  'tap.list': { permissions: TAP_READ, baseCost: 1, write: false, handle: listTaps },
  'tap.get': { permissions: TAP_READ, baseCost: 1, write: false, handle: getTap },
  'tap.create': { permissions: TAP_WRITE, baseCost: 1, write: true, handle: createTap },
  'tap.delete': { permissions: TAP_WRITE, baseCost: 1, write: true, handle: deleteTap },
  'policy.get': { permissions: POLICY_READ, baseCost: 1, write: false, handle: getPolicy },
  'policy.update': { permissions: POLICY_WRITE, baseCost: 1, write: true, handle: updatePolicy },
  'policy.delete': { permissions: POLICY_WRITE, baseCost: 1, write: true, handle: resetPolicy },
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
