/**
 * `GET /users/delta`: a first round returns every user page by page and ends with an
 * `@odata.deltaLink`; following that link later returns only users changed since (current state,
 * or `@removed` for deleted ones). Tokens carry the directory version the round started at.
 */
import { DEFAULT_USER_PROPERTIES, serializeUser } from '../directory/user.js';
import { GraphHttpError } from '../http/graph-types.js';
import { buildQuery, contextUrl, json } from '../http/odata.js';
import { parseSelect } from '../query/user-list-query.js';
import type { Handler } from './context.js';

interface DeltaState {
  /** 'full': enumerating every slot; 'changes': enumerating changes since `since`. */
  readonly mode: 'full' | 'changes';
  readonly since: number;
  /** Directory version when the round began; changes after it belong to the next round. */
  readonly version: number;
  readonly position: number;
  readonly select?: string;
}

const DEFAULT_DELTA_PAGE = 100;

function encode(state: DeltaState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

function decode(text: string): DeltaState {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<DeltaState>;
    if ((value.mode === 'full' || value.mode === 'changes') && Number.isInteger(value.since) && Number.isInteger(value.version) && Number.isInteger(value.position)) {
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

function startState(request: Parameters<Handler>[0], version: number): DeltaState {
  const deltaToken = request.query.get('$deltatoken');
  const skipToken = request.query.get('$skiptoken');
  if (skipToken !== null) return decode(skipToken);
  if (deltaToken !== null) {
    const previous = decode(deltaToken);
    return { mode: 'changes', since: previous.version, version, position: 0, ...(previous.select === undefined ? {} : { select: previous.select }) };
  }
  for (const [name] of request.query) {
    const lower = name.toLowerCase();
    if (lower.startsWith('$') && lower !== '$select') throw new GraphHttpError(400, 'Request_UnsupportedQuery', `The emulator's users/delta supports only $select, $deltatoken and $skiptoken (got '${name}').`);
  }
  const select = request.query.get('$select') ?? undefined;
  return { mode: 'full', since: 0, version, position: 0, ...(select === undefined ? {} : { select }) };
}

export const deltaUsers: Handler = (request, _match, context) => {
  const directory = context.state.directory;
  const state = startState(request, directory.version);
  const select = parseSelect(state.select);
  const properties = select ?? DEFAULT_USER_PROPERTIES;
  const size = pageSize(request.headers['prefer']);
  const value: Record<string, unknown>[] = [];
  let position = state.position;
  let done: boolean;
  if (state.mode === 'full') {
    while (value.length < size && position < directory.slotCount) {
      const user = directory.at(position++);
      if (user !== undefined) value.push(serializeUser(user, properties));
    }
    done = position >= directory.slotCount;
  } else {
    const changed = directory.changedSince(state.since, state.version);
    while (value.length < size && position < changed.length) {
      const id = changed[position++] ?? '';
      const user = directory.current(id);
      value.push(user === undefined ? { id, '@removed': { reason: 'changed' } } : serializeUser(user, properties));
    }
    done = position >= changed.length;
  }
  const body: Record<string, unknown> = { '@odata.context': contextUrl(context.baseUrl, select === undefined ? 'users' : `users(${select.join(',')})`) };
  const link = (name: string, next: DeltaState) => `${context.baseUrl}/v1.0/users/delta${buildQuery([[name, encode(next)]])}`;
  if (done) body['@odata.deltaLink'] = link('$deltatoken', { ...state, mode: 'changes', since: state.version, position: 0 });
  else body['@odata.nextLink'] = link('$skiptoken', { ...state, position });
  body['value'] = value;
  const headers: Record<string, string> = request.headers['prefer'] === undefined ? {} : { 'Preference-Applied': `odata.maxpagesize=${size}` };
  return json(200, body, headers);
};
