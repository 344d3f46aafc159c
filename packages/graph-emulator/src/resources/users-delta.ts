/**
 * `GET /users/delta` (https://learn.microsoft.com/graph/api/user-delta): a first round returns
 * every user page by page and ends with an `@odata.deltaLink`; following that link later returns
 * only users changed since (current state, or `@removed` for deleted ones). `id` comes back on
 * every item whatever `$select` says; `$filter` accepts only `id eq '...'` clauses joined by `or`
 * (at most 50), to track given objects. Tokens carry the directory version the round started at
 * and the options of the first request.
 */
import { isGuid } from '../core/guid.js';
import { DEFAULT_USER_PROPERTIES, serializeUser, USER_SINGLE_ONLY } from '../directory/user.js';
import { USER_SCHEMA } from '../directory/user-schema.js';
import { GraphHttpError } from '../http/graph-types.js';
import { buildQuery, contextUrl, json } from '../http/odata.js';
import { parseSelect } from '../query/collection-query.js';
import { QuerySyntaxError, type FilterNode } from '../query/filter-ast.js';
import { parseFilter } from '../query/filter-parser.js';
import type { Handler } from './context.js';

interface DeltaState {
  /** 'full': enumerating every slot; 'changes': enumerating changes since `since`. */
  readonly mode: 'full' | 'changes';
  readonly since: number;
  /** Directory version when the round began; changes after it belong to the next round. */
  readonly version: number;
  readonly position: number;
  readonly select?: string;
  /** Object ids a `$filter=id eq '...'` asked to track (lower case). */
  readonly ids?: readonly string[];
}

const DEFAULT_DELTA_PAGE = 100;
/** "There is a limit of 50 filtered objects." */
export const MAX_DELTA_FILTER_IDS = 50;

function encode(state: DeltaState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

function decode(text: string): DeltaState {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<DeltaState>;
    const idsOk =
      value.ids === undefined ||
      (Array.isArray(value.ids) && value.ids.every((id) => typeof id === 'string'));
    if (
      (value.mode === 'full' || value.mode === 'changes') &&
      Number.isInteger(value.since) &&
      Number.isInteger(value.version) &&
      Number.isInteger(value.position) &&
      idsOk
    ) {
      return value as DeltaState;
    }
  } catch {
    // fall through to the error below
  }
  throw new GraphHttpError(400, 'Request_BadRequest', 'The delta token or skip token is invalid.');
}

function pageSize(prefer: string | undefined): number {
  const match = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer ?? '');
  const size = match?.[1] === undefined ? DEFAULT_DELTA_PAGE : Number(match[1]);
  return Math.min(Math.max(size, 1), 999);
}

function unsupportedDeltaFilter(): GraphHttpError {
  return new GraphHttpError(
    400,
    'Request_UnsupportedQuery',
    "Unsupported query. On delta, $filter supports only clauses of the form id eq '{value}', joined with 'or'.",
  );
}

/** The ids of `id eq 'a' or id eq 'b'`; anything else is refused. */
function filteredIds(text: string): string[] {
  let tree: FilterNode;
  try {
    tree = parseFilter(text);
  } catch (error) {
    if (error instanceof QuerySyntaxError)
      throw new GraphHttpError(400, 'BadRequest', `Invalid filter clause: ${error.message}.`);
    throw error;
  }
  const clauses = tree.kind === 'or' ? tree.operands : [tree];
  const ids = clauses.map((clause) => {
    if (
      clause.kind !== 'compare' ||
      clause.op !== 'eq' ||
      clause.property.toLowerCase() !== 'id' ||
      clause.value.type !== 'string'
    )
      throw unsupportedDeltaFilter();
    return clause.value.value.toLowerCase();
  });
  if (ids.length > MAX_DELTA_FILTER_IDS)
    throw new GraphHttpError(
      400,
      'Request_UnsupportedQuery',
      `Unsupported query. A delta $filter can track at most ${MAX_DELTA_FILTER_IDS} objects; this one names ${ids.length}.`,
    );
  return [...new Set(ids)];
}

function startState(request: Parameters<Handler>[0], version: number): DeltaState {
  const deltaToken = request.query.get('$deltatoken');
  const skipToken = request.query.get('$skiptoken');
  if (skipToken !== null) return decode(skipToken);
  if (deltaToken !== null) {
    const previous = decode(deltaToken);
    return {
      mode: 'changes',
      since: previous.version,
      version,
      position: 0,
      ...(previous.select === undefined ? {} : { select: previous.select }),
      ...(previous.ids === undefined ? {} : { ids: previous.ids }),
    };
  }
  let select: string | undefined;
  let ids: string[] | undefined;
  for (const [name, value] of request.query) {
    const lower = name.toLowerCase();
    if (lower === '$select') select = value;
    else if (lower === '$filter') ids = filteredIds(value);
    else if (lower.startsWith('$'))
      throw new GraphHttpError(
        400,
        'Request_UnsupportedQuery',
        `The emulator's users/delta supports only $select, $filter on id, $deltatoken and $skiptoken (got '${name}').`,
      );
  }
  return {
    mode: 'full',
    since: 0,
    version,
    position: 0,
    ...(select === undefined ? {} : { select }),
    ...(ids === undefined ? {} : { ids }),
  };
}

export const deltaUsers: Handler = (request, _match, context) => {
  const directory = context.state.directory;
  const state = startState(request, directory.version);
  const select = parseSelect(state.select, USER_SCHEMA, USER_SINGLE_ONLY);
  // "The id property is always returned."
  const properties =
    select === undefined ? DEFAULT_USER_PROPERTIES : select.includes('id') ? select : [...select, 'id'];
  const tracked = state.ids === undefined ? undefined : new Set(state.ids);
  const size = pageSize(request.headers['prefer']);
  const value: Record<string, unknown>[] = [];
  let position = state.position;
  let done: boolean;
  if (state.mode === 'full' && state.ids !== undefined) {
    const ids = state.ids;
    while (value.length < size && position < ids.length) {
      const id = ids[position++] ?? '';
      const user = isGuid(id) ? directory.current(id) : undefined;
      if (user !== undefined) value.push(serializeUser(user, properties));
    }
    done = position >= ids.length;
  } else if (state.mode === 'full') {
    while (value.length < size && position < directory.slotCount) {
      const user = directory.at(position++);
      if (user !== undefined) value.push(serializeUser(user, properties));
    }
    done = position >= directory.slotCount;
  } else {
    const changed = directory
      .changedSince(state.since, state.version)
      .filter((id) => tracked === undefined || tracked.has(id.toLowerCase()));
    while (value.length < size && position < changed.length) {
      const id = changed[position++] ?? '';
      const user = directory.current(id);
      value.push(
        user === undefined ? { id, '@removed': { reason: 'changed' } } : serializeUser(user, properties),
      );
    }
    done = position >= changed.length;
  }
  const body: Record<string, unknown> = {
    '@odata.context': contextUrl(
      context.baseUrl,
      select === undefined ? 'users' : `users(${select.join(',')})`,
    ),
  };
  const link = (name: string, next: DeltaState) =>
    `${context.baseUrl}/v1.0/users/delta${buildQuery([[name, encode(next)]])}`;
  if (done)
    body['@odata.deltaLink'] = link('$deltatoken', {
      ...state,
      mode: 'changes',
      since: state.version,
      position: 0,
    });
  else body['@odata.nextLink'] = link('$skiptoken', { ...state, position });
  body['value'] = value;
  const headers: Record<string, string> =
    request.headers['prefer'] === undefined ? {} : { 'Preference-Applied': `odata.maxpagesize=${size}` };
  return json(200, body, headers);
};
