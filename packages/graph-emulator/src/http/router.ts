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
  | 'batch';

export const ROUTE_IDS: readonly RouteId[] = ['users.list', 'users.count', 'users.delta', 'users.get', 'tap.list', 'tap.create', 'tap.get', 'tap.delete', 'policy.get', 'policy.update', 'policy.delete', 'batch'];

/** A user addressed in the URL: by id or UPN, or `/me`. */
export type UserRef = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'me' };

export interface RouteMatch {
  readonly id: RouteId;
  readonly user?: UserRef;
  readonly methodId?: string;
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

/** The authentication segments after a user: `/authentication/temporaryAccessPassMethods[/{id}]`. */
function matchUserTail(method: string, user: UserRef, rest: readonly Segment[]): RouteMatch {
  if (rest.length === 0) return { id: pick(method, { GET: 'users.get' }), user };
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
  if (is(head, '$batch') && segments.length === 1) return { id: pick(method, { POST: 'batch' }) };
  throw notFound(head);
}
