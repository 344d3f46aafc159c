/** `GET /users/{id | userPrincipalName}`, `GET /users` and `GET /users/$count`. */
import type { PermissionSpec } from '../auth/principal.js';
import { hasTargetPermission } from '../auth/principal.js';
import {
  DEFAULT_USER_PROPERTIES,
  serializeUser,
  USER_SINGLE_ONLY,
  type UserRecord,
} from '../directory/user.js';
import { USER_SCHEMA } from '../directory/user-schema.js';
import { contextUrl, json, text } from '../http/odata.js';
import {
  parseCollectionQuery,
  parseCountQuery,
  parseSelect,
  queryOptions,
} from '../query/collection-query.js';
import type { SlotSource } from '../query/result-sets.js';
import type { Directory } from '../directory/directory.js';
import { forbidden, resolveUser, type Handler } from './context.js';
import { collectionPage, selectFragment } from './listing.js';

export const USERS_READ: PermissionSpec = {
  delegated: [
    'User.ReadBasic.All',
    'User.Read.All',
    'User.ReadWrite.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
  ],
  application: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
};

/** Reading one user also works with User.Read when it is the signed-in user. */
export const USER_READ: PermissionSpec = { ...USERS_READ, delegatedSelf: ['User.Read', 'User.ReadWrite'] };

/** The directory's users as a slot source for the query layer. */
export function userSource(directory: Directory): SlotSource<UserRecord> {
  return {
    version: `users|${directory.version}`,
    slotCount: directory.slotCount,
    dense: directory.size === directory.slotCount,
    at: (slot) => directory.at(slot),
  };
}

export const getUser: Handler = (request, match, context) => {
  const { user } = resolveUser(match, context);
  if (!hasTargetPermission(context.principal, USER_READ, user.id)) throw forbidden();
  const select = parseSelect(queryOptions(request.query).get('$select'), USER_SCHEMA);
  return json(200, {
    '@odata.context': contextUrl(context.baseUrl, `${selectFragment('users', select)}/$entity`),
    ...serializeUser(user, select ?? DEFAULT_USER_PROPERTIES),
  });
};

export const listUsers: Handler = (request, _match, context) => {
  const query = parseCollectionQuery(request, USER_SCHEMA, { singleOnly: USER_SINGLE_ONLY });
  const result = context.state.resultSets.resolve(userSource(context.state.directory), query, USER_SCHEMA);
  const properties = query.select ?? DEFAULT_USER_PROPERTIES;
  return collectionPage(request, context, query, result, selectFragment('users', query.select), (user) =>
    serializeUser(user, properties),
  );
};

export const countUsers: Handler = (request, _match, context) => {
  const query = parseCountQuery(request, USER_SCHEMA);
  return text(
    200,
    String(context.state.resultSets.resolve(userSource(context.state.directory), query, USER_SCHEMA).total),
  );
};
