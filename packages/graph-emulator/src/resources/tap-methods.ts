/**
 * `/users/{id | userPrincipalName}/authentication/temporaryAccessPassMethods`: create, list, get
 * and delete, with the tenant policy deciding what may be created.
 */
import { randomUUID } from 'node:crypto';
import { hasDirectoryRole, hasTargetPermission, isSelf, type PermissionSpec } from '../auth/principal.js';
import { parseDateTimeOffset } from '../core/dates.js';
import { isAdminRoleSet, ROLE } from '../directory/roles.js';
import type { UserRecord } from '../directory/user.js';
import { GraphHttpError, type GraphRequest } from '../http/graph-types.js';
import { contextUrl, json, keyLiteral, noContent } from '../http/odata.js';
import type { RouteMatch } from '../http/router.js';
import { policyCovers } from '../tap/policy.js';
import { generatePass } from '../tap/pass-generator.js';
import { serializeTap, TAP_TYPE, type TapRecord } from '../tap/tap-store.js';
import { authMethodsDenied, resolveUser, type Handler, type HandlerContext } from './context.js';

const ALL_READ = ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All', 'UserAuthMethod-TAP.Read.All', 'UserAuthMethod-TAP.ReadWrite.All'];
const ALL_WRITE = ['UserAuthenticationMethod.ReadWrite.All', 'UserAuthMethod-TAP.ReadWrite.All'];

export const TAP_READ: PermissionSpec = {
  delegated: ALL_READ,
  delegatedSelf: ['UserAuthenticationMethod.Read', 'UserAuthenticationMethod.ReadWrite', 'UserAuthMethod-TAP.Read', 'UserAuthMethod-TAP.ReadWrite'],
  application: ALL_READ,
};

export const TAP_WRITE: PermissionSpec = {
  delegated: ALL_WRITE,
  delegatedSelf: ['UserAuthenticationMethod.ReadWrite', 'UserAuthMethod-TAP.ReadWrite'],
  application: ALL_WRITE,
};

const READ_ROLES = [ROLE.globalReader, ROLE.authenticationAdministrator, ROLE.privilegedAuthenticationAdministrator, ROLE.globalAdministrator];
const WRITE_ROLES = [ROLE.authenticationAdministrator, ROLE.privilegedAuthenticationAdministrator, ROLE.globalAdministrator];
/** An Authentication Administrator may not manage the methods of other admins. */
const PRIVILEGED_WRITE_ROLES = [ROLE.privilegedAuthenticationAdministrator, ROLE.globalAdministrator];

export const POLICY_REFUSED = 'Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].';
export const GUEST_REFUSED = 'Temporary Access Pass cannot be added to an external guest user.';
export const START_IN_PAST = 'Invalid StartDateTime specified. It can not be a time in the past.';
/**
 * How far before the service's clock a start may lie: clients send "now" from their own clock, a
 * little behind or ahead; anything older is a time in the past.
 */
export const START_TOLERANCE_MS = 5 * 60_000;

function authorize(context: HandlerContext, spec: PermissionSpec, target: UserRecord, write: boolean): void {
  const { principal } = context;
  if (!hasTargetPermission(principal, spec, target.id)) throw authMethodsDenied();
  if (principal.kind !== 'delegated' || isSelf(principal, target.id)) return;
  const roles = write ? (isAdminRoleSet(target.roles) ? PRIVILEGED_WRITE_ROLES : WRITE_ROLES) : READ_ROLES;
  if (!hasDirectoryRole(principal, roles)) throw authMethodsDenied();
}

function collectionContext(context: HandlerContext, match: RouteMatch, user: UserRecord, entity: boolean): string {
  const owner = match.user?.kind === 'me' ? 'me' : `users(${keyLiteral(match.user?.key ?? user.id)})`;
  return contextUrl(context.baseUrl, `${owner}/authentication/temporaryAccessPassMethods${entity ? '/$entity' : ''}`);
}

function allowed(context: HandlerContext, user: UserRecord): boolean {
  return policyCovers(context.state.policy, user, (group) => context.state.groups.hasUserTransitively(group, user));
}

const BODY_FIELDS = new Set(['@odata.type', 'startDateTime', 'lifetimeInMinutes', 'isUsableOnce', 'id', 'temporaryAccessPass', 'createdDateTime', 'isUsable', 'methodUsabilityReason']);

interface CreateBody {
  readonly startMs?: number;
  readonly lifetimeInMinutes?: number;
  readonly isUsableOnce?: boolean;
}

function readCreateBody(request: GraphRequest): CreateBody {
  if (request.bodyInvalid) throw new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  const body = request.body ?? {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new GraphHttpError(400, 'BadRequest', 'The request body must be a JSON object.');
  const fields = body as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!BODY_FIELDS.has(key)) throw new GraphHttpError(400, 'BadRequest', `The property '${key}' does not exist on type 'microsoft.graph.temporaryAccessPassAuthenticationMethod'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
  }
  const type = fields['@odata.type'];
  if (type !== undefined && type !== TAP_TYPE) throw new GraphHttpError(400, 'BadRequest', `A type named '${String(type)}' could not be resolved by the model.`);
  const result: { -readonly [K in keyof CreateBody]: CreateBody[K] } = {};
  const start = fields['startDateTime'];
  if (start !== undefined && start !== null) {
    const ms = typeof start === 'string' ? parseDateTimeOffset(start) : undefined;
    if (ms === undefined) throw new GraphHttpError(400, 'BadRequest', `Cannot convert the literal '${String(start)}' to the expected type 'Edm.DateTimeOffset'.`);
    result.startMs = ms;
  }
  const lifetime = fields['lifetimeInMinutes'];
  if (lifetime !== undefined && lifetime !== null) {
    if (typeof lifetime !== 'number' || !Number.isInteger(lifetime)) throw new GraphHttpError(400, 'BadRequest', `Cannot convert the literal '${String(lifetime)}' to the expected type 'Edm.Int32'.`);
    result.lifetimeInMinutes = lifetime;
  }
  const once = fields['isUsableOnce'];
  if (once !== undefined && once !== null) {
    if (typeof once !== 'boolean') throw new GraphHttpError(400, 'BadRequest', `Cannot convert the literal '${String(once)}' to the expected type 'Edm.Boolean'.`);
    result.isUsableOnce = once;
  }
  return result;
}

export const createTap: Handler = (request, match, context) => {
  const { user } = resolveUser(match, context);
  // An admin cannot issue a pass to themselves through this API.
  if (isSelf(context.principal, user.id)) throw authMethodsDenied();
  authorize(context, TAP_WRITE, user, true);
  const body = readCreateBody(request);
  if (user.userType === 'Guest') throw new GraphHttpError(400, 'badRequest', GUEST_REFUSED);
  const policy = context.state.policy;
  if (!allowed(context, user)) throw new GraphHttpError(400, 'badRequest', POLICY_REFUSED);
  const lifetime = body.lifetimeInMinutes ?? policy.defaultLifetimeInMinutes;
  if (lifetime < policy.minimumLifetimeInMinutes || lifetime > policy.maximumLifetimeInMinutes) {
    throw new GraphHttpError(400, 'badRequest', `Invalid LifetimeInMinutes specified. The valid range between ${policy.minimumLifetimeInMinutes} and ${policy.maximumLifetimeInMinutes}.`);
  }
  if (body.startMs !== undefined && body.startMs < context.nowMs - START_TOLERANCE_MS) throw new GraphHttpError(400, 'badRequest', START_IN_PAST);
  if (policy.isUsableOnce && body.isUsableOnce === false) {
    throw new GraphHttpError(400, 'badRequest', 'Invalid IsUsableOnce specified. The Temporary Access Pass policy only allows passes that are usable once.');
  }
  const tap: TapRecord = {
    id: randomUUID(),
    userId: user.id,
    createdMs: context.nowMs,
    startMs: body.startMs ?? context.nowMs,
    lifetimeInMinutes: lifetime,
    isUsableOnce: body.isUsableOnce ?? policy.isUsableOnce,
    pass: generatePass(policy.defaultLength),
  };
  context.state.taps.issue(tap);
  const location = `${context.baseUrl}/v1.0/users/${user.id}/authentication/temporaryAccessPassMethods/${tap.id}`;
  return json(201, { '@odata.context': collectionContext(context, match, user, true), ...serializeTap(tap, context.nowMs, true, true) }, { Location: location });
};

function currentTap(context: HandlerContext, user: UserRecord, methodId: string | undefined): TapRecord {
  const tap = context.state.taps.current(user.id);
  if (tap === undefined || (methodId !== undefined && tap.id.toLowerCase() !== methodId.toLowerCase())) {
    throw new GraphHttpError(404, 'Request_ResourceNotFound', `Resource '${methodId ?? ''}' does not exist or one of its queried reference-property objects are not present.`);
  }
  return tap;
}

export const listTaps: Handler = (_request, match, context) => {
  const { user } = resolveUser(match, context);
  authorize(context, TAP_READ, user, false);
  const tap = context.state.taps.current(user.id);
  const covered = allowed(context, user);
  return json(200, {
    '@odata.context': collectionContext(context, match, user, false),
    value: tap === undefined ? [] : [serializeTap(tap, context.nowMs, covered, false)],
  });
};

export const getTap: Handler = (_request, match, context) => {
  const { user } = resolveUser(match, context);
  authorize(context, TAP_READ, user, false);
  const tap = currentTap(context, user, match.methodId);
  return json(200, { '@odata.context': collectionContext(context, match, user, true), ...serializeTap(tap, context.nowMs, allowed(context, user), false) });
};

export const deleteTap: Handler = (_request, match, context) => {
  const { user } = resolveUser(match, context);
  authorize(context, TAP_WRITE, user, true);
  const tap = currentTap(context, user, match.methodId);
  context.state.taps.delete(user.id, tap.id);
  return noContent();
};
