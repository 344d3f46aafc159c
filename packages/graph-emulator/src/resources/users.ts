/** `GET /users/{id | userPrincipalName}`, `GET /users` and `GET /users/$count`. */
import type { PermissionSpec } from '../auth/principal.js';
import { hasTargetPermission } from '../auth/principal.js';
import { DEFAULT_USER_PROPERTIES, serializeUser, type UserProperty } from '../directory/user.js';
import { buildQuery, contextUrl, json, text } from '../http/odata.js';
import { encodePageToken } from '../query/skiptoken.js';
import { parseSelect, parseUserCountQuery, parseUserListQuery, queryOptions } from '../query/user-list-query.js';
import { forbidden, resolveUser, type Handler } from './context.js';

export const USERS_READ: PermissionSpec = {
  delegated: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  application: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
};

/** Reading one user also works with User.Read when it is the signed-in user. */
export const USER_READ: PermissionSpec = { ...USERS_READ, delegatedSelf: ['User.Read', 'User.ReadWrite'] };

function usersContext(baseUrl: string, select: readonly UserProperty[] | undefined, entity: boolean): string {
  const fragment = select === undefined ? 'users' : `users(${select.join(',')})`;
  return contextUrl(baseUrl, entity ? `${fragment}/$entity` : fragment);
}

export const getUser: Handler = (request, match, context) => {
  const { user } = resolveUser(match, context);
  if (!hasTargetPermission(context.principal, USER_READ, user.id)) throw forbidden();
  const select = parseSelect(queryOptions(request.query).get('$select'));
  return json(200, {
    '@odata.context': usersContext(context.baseUrl, select, true),
    ...serializeUser(user, select ?? DEFAULT_USER_PROPERTIES),
  });
};

export const listUsers: Handler = (request, _match, context) => {
  const query = parseUserListQuery(request);
  const result = context.state.resultSets.resolve(context.state.directory, query);
  const properties = query.select ?? DEFAULT_USER_PROPERTIES;
  const value: Record<string, unknown>[] = [];
  let position = query.position;
  while (value.length < query.top && position < result.total) {
    const user = result.userAt(position++);
    if (user !== undefined) value.push(serializeUser(user, properties));
  }
  const body: Record<string, unknown> = { '@odata.context': usersContext(context.baseUrl, query.select, false) };
  if (query.includeCount) body['@odata.count'] = result.total;
  if (position < result.total) {
    const params = [...request.query].filter(([name]) => name.toLowerCase() !== '$skiptoken');
    params.push(['$skiptoken', encodePageToken({ query: query.identity, position })]);
    body['@odata.nextLink'] = `${context.baseUrl}/v1.0/users${buildQuery(params)}`;
  }
  body['value'] = value;
  return json(200, body);
};

export const countUsers: Handler = (request, _match, context) => {
  const query = parseUserCountQuery(request);
  return text(200, String(context.state.resultSets.resolve(context.state.directory, query).total));
};
