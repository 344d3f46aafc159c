/**
 * Maps a Graph URL to an operation. Segments are matched case-insensitively, percent-decoded one
 * by one (so `%23` in a guest UPN stays inside its segment), and the OData key form
 * `users('$x@y.com')` is understood, which is the only way to address a UPN starting with `$`.
 */
import { GraphHttpError } from './graph-types.js';

export type RouteId =
  | 'users.list'
  | 'users.count'
  | 'users.delta'
  | 'users.get'
  | 'tap.list'
  | 'tap.create'
  | 'tap.get'
  | 'tap.delete'
  | 'policy.get'
  | 'policy.update'
  | 'policy.delete'
  | 'groups.list'
  | 'groups.count'
  | 'groups.get'
  | 'groups.members'
  | 'users.memberOf'
  | 'batch';

export const ROUTE_IDS: readonly RouteId[] = [
  'users.list',
  'users.count',
  'users.delta',
  'users.get',
  'tap.list',
  'tap.create',
  'tap.get',
  'tap.delete',
  'policy.get',
  'policy.update',
  'policy.delete',
  'groups.list',
  'groups.count',
  'groups.get',
  'groups.members',
  'users.memberOf',
  'batch',
];

/** A user addressed in the URL: by id or UPN, or `/me`. */
export type UserRef = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'me' };

/** A relationship list: `/groups/{id}/members`, `/users/{id}/memberOf`, their transitive forms. */
export interface RelationMatch {
  readonly name: 'members' | 'transitiveMembers' | 'memberOf' | 'transitiveMemberOf';
  /** The type-cast segment, e.g. `microsoft.graph.user`. */
  readonly cast?: string;
  /** A `$count` segment at the end. */
  readonly count: boolean;
}

export interface RouteMatch {
  readonly id: RouteId;
  readonly user?: UserRef;
  readonly methodId?: string;
  readonly groupId?: string;
  readonly relation?: RelationMatch;
}

interface Segment {
  readonly name: string;
  readonly key?: string;
}

function unquoteKey(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) return trimmed.slice(1, -1).replace(/''/g, "'");
  return trimmed;
}

function segmentsOf(rawPath: string): Segment[] {
  return rawPath
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(part);
      } catch {
        throw new GraphHttpError(400, 'BadRequest', `The request URL contains an invalid percent-encoded segment '${part}'.`);
      }
      const keyed = /^([A-Za-z$][\w.$]*)\((.*)\)$/s.exec(decoded);
      return keyed?.[1] !== undefined && keyed[2] !== undefined ? { name: keyed[1], key: unquoteKey(keyed[2]) } : { name: decoded };
    });
}

function notFound(segment: Segment | undefined): GraphHttpError {
  const text = segment === undefined ? '' : segment.key === undefined ? segment.name : `${segment.name}('${segment.key}')`;
  return new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${text}'.`);
}

const is = (segment: Segment | undefined, name: string): boolean => segment !== undefined && segment.key === undefined && segment.name.toLowerCase() === name;

function methodNotAllowed(): GraphHttpError {
  return new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
}

function pick(method: string, choices: Partial<Record<string, RouteId>>): RouteId {
  const id = choices[method];
  if (id === undefined) throw methodNotAllowed();
  return id;
}

/** Directory object types a relationship list may be cast to. */
const CASTS = new Set(['microsoft.graph.user', 'microsoft.graph.group', 'microsoft.graph.device', 'microsoft.graph.orgcontact', 'microsoft.graph.serviceprincipal', 'microsoft.graph.directoryrole', 'microsoft.graph.administrativeunit']);

/** `members[/microsoft.graph.user][/$count]` and the like, after the relationship segment. */
function matchRelation(name: RelationMatch['name'], rest: readonly Segment[]): RelationMatch {
  let index = 0;
  let cast: string | undefined;
  const first = rest[0];
  if (first !== undefined && first.key === undefined && CASTS.has(first.name.toLowerCase())) {
    cast = first.name.toLowerCase();
    index++;
  }
  const count = is(rest[index], '$count');
  if (count) index++;
  if (index < rest.length) throw notFound(rest[index]);
  return { name, count, ...(cast === undefined ? {} : { cast }) };
}

const USER_RELATIONS = new Map<string, RelationMatch['name']>([
  ['memberof', 'memberOf'],
  ['transitivememberof', 'transitiveMemberOf'],
]);
const GROUP_RELATIONS = new Map<string, RelationMatch['name']>([
  ['members', 'members'],
  ['transitivemembers', 'transitiveMembers'],
  ['memberof', 'memberOf'],
  ['transitivememberof', 'transitiveMemberOf'],
]);

/** The authentication segments after a user: `/authentication/temporaryAccessPassMethods[/{id}]`, or a membership list. */
function matchUserTail(method: string, user: UserRef, rest: readonly Segment[]): RouteMatch {
  if (rest.length === 0) return { id: pick(method, { GET: 'users.get' }), user };
  const relation = rest[0]?.key === undefined ? USER_RELATIONS.get(rest[0]?.name.toLowerCase() ?? '') : undefined;
  if (relation !== undefined) return { id: pick(method, { GET: 'users.memberOf' }), user, relation: matchRelation(relation, rest.slice(1)) };
  if (!is(rest[0], 'authentication')) throw notFound(rest[0]);
  const collection = rest[1];
  if (collection === undefined || collection.name.toLowerCase() !== 'temporaryaccesspassmethods') throw notFound(collection ?? rest[0]);
  const methodId = collection.key ?? rest[2]?.name;
  if (rest.length > (collection.key === undefined ? 3 : 2)) throw notFound(rest[rest.length - 1]);
  if (methodId === undefined) return { id: pick(method, { GET: 'tap.list', POST: 'tap.create' }), user };
  return { id: pick(method, { GET: 'tap.get', DELETE: 'tap.delete' }), user, methodId };
}

function matchUsers(method: string, segments: readonly Segment[]): RouteMatch {
  const [head, second, ...rest] = segments;
  if (head?.key !== undefined) return matchUserTail(method, { kind: 'key', key: head.key }, segments.slice(1));
  if (second === undefined) return { id: pick(method, { GET: 'users.list' }) };
  if (rest.length === 0 && is(second, '$count')) return { id: pick(method, { GET: 'users.count' }) };
  const delta = second.name.toLowerCase() === 'delta' && (second.key === undefined || second.key === '');
  if (rest.length === 0 && delta) return { id: pick(method, { GET: 'users.delta' }) };
  // A bare segment starting with `$` is read as a system segment, not a key: Graph refuses it.
  if (second.key !== undefined || second.name.startsWith('$')) throw notFound(second);
  return matchUserTail(method, { kind: 'key', key: second.name }, rest);
}

function matchPolicy(method: string, segments: readonly Segment[]): RouteMatch {
  const [, policy, configurations, config, ...rest] = segments;
  if (!is(policy, 'authenticationmethodspolicy')) throw notFound(policy);
  if (configurations === undefined || configurations.name.toLowerCase() !== 'authenticationmethodconfigurations') throw notFound(configurations);
  const id = configurations.key ?? config?.name;
  const extra = configurations.key === undefined ? rest : config === undefined ? [] : [config, ...rest];
  if (id === undefined || id.toLowerCase() !== 'temporaryaccesspass' || extra.length > 0) throw notFound(extra[0] ?? config ?? configurations);
  return { id: pick(method, { GET: 'policy.get', PATCH: 'policy.update', DELETE: 'policy.delete' }) };
}

function matchGroups(method: string, segments: readonly Segment[]): RouteMatch {
  const [head, second, third, ...rest] = segments;
  let groupId: string;
  let tail: readonly (Segment | undefined)[];
  if (head?.key !== undefined) {
    groupId = head.key;
    tail = [second, third, ...rest];
  } else {
    if (second === undefined) return { id: pick(method, { GET: 'groups.list' }) };
    if (third === undefined && is(second, '$count')) return { id: pick(method, { GET: 'groups.count' }) };
    if (second.key !== undefined || second.name.startsWith('$')) throw notFound(second);
    groupId = second.name;
    tail = [third, ...rest];
  }
  const present = tail.filter((segment): segment is Segment => segment !== undefined);
  if (present.length === 0) return { id: pick(method, { GET: 'groups.get' }), groupId };
  const relation = present[0]?.key === undefined ? GROUP_RELATIONS.get(present[0]?.name.toLowerCase() ?? '') : undefined;
  if (relation === undefined) throw notFound(present[0]);
  return { id: pick(method, { GET: 'groups.members' }), groupId, relation: matchRelation(relation, present.slice(1)) };
}

/** Resolves `/v1.0/...`; throws Graph's error for unknown segments, versions and methods. */
export function matchRoute(method: string, rawPath: string): RouteMatch {
  const [version, ...segments] = segmentsOf(rawPath);
  if (version === undefined || version.name.toLowerCase() !== 'v1.0') {
    throw new GraphHttpError(400, 'BadRequest', `Invalid version: '${version?.name ?? ''}'. This emulator serves Microsoft Graph v1.0 only.`);
  }
  const head = segments[0];
  if (head === undefined) throw notFound(undefined);
  if (head.name.toLowerCase() === 'users') return matchUsers(method, segments);
  if (is(head, 'me')) return matchUserTail(method, { kind: 'me' }, segments.slice(1));
  if (is(head, 'policies')) return matchPolicy(method, segments);
  if (head.name.toLowerCase() === 'groups') return matchGroups(method, segments);
  if (is(head, '$batch') && segments.length === 1) return { id: pick(method, { POST: 'batch' }) };
  throw notFound(head);
}
