/**
 * Groups (https://learn.microsoft.com/graph/api/group-list): `GET /groups`, `/groups/$count`,
 * `/groups/{id}`, the relationship lists `/groups/{id}/members`, `/transitiveMembers`,
 * `/memberOf`, `/transitiveMemberOf` (with a type-cast segment and `$count`), and a user's
 * `/memberOf` and `/transitiveMemberOf`. A mixed list answers `directoryObjects` with an
 * `@odata.type` on each item; an item whose type the token may not read comes back with only its
 * type and id, as Graph limits it.
 */
import {
  hasRoutePermission,
  hasTargetPermission,
  type PermissionSpec,
  type Principal,
} from '../auth/principal.js';
import { isGuid } from '../core/guid.js';
import {
  DEFAULT_GROUP_PROPERTIES,
  canonicalGroupProperty,
  GROUP_SCHEMA,
  groupValue,
  serializeGroup,
  type GroupRecord,
} from '../directory/group.js';
import type { DirectoryObject } from '../directory/groups.js';
import {
  canonicalUserProperty,
  DEFAULT_USER_PROPERTIES,
  serializeUser,
  USER_SINGLE_ONLY,
  userValue,
  type UserRecord,
} from '../directory/user.js';
import { USER_SCHEMA } from '../directory/user-schema.js';
import { GraphHttpError, type GraphRequest } from '../http/graph-types.js';
import { contextUrl, json, text } from '../http/odata.js';
import type { RelationMatch, RouteMatch } from '../http/router.js';
import {
  parseCollectionQuery,
  parseCountQuery,
  parseSelect,
  queryOptions,
  type CollectionRules,
} from '../query/collection-query.js';
import type { EntitySchema } from '../query/entity-schema.js';
import { arraySource } from '../query/result-sets.js';
import { forbidden, resolveUser, type Handler, type HandlerContext } from './context.js';
import { collectionPage, selectFragment } from './listing.js';
import { USERS_READ } from './users.js';

const GROUP_READ_PERMISSIONS = [
  'GroupMember.Read.All',
  'Group.Read.All',
  'GroupMember.ReadWrite.All',
  'Group.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];

export const GROUPS_READ: PermissionSpec = {
  delegated: GROUP_READ_PERMISSIONS,
  application: GROUP_READ_PERMISSIONS,
};

/** A user's memberships: readable with the user permissions or the group ones. */
export const MEMBER_OF_READ: PermissionSpec = {
  delegated: [...USERS_READ.delegated, ...GROUP_READ_PERMISSIONS],
  delegatedSelf: ['User.Read', 'User.ReadWrite'],
  application: [...USERS_READ.application, ...GROUP_READ_PERMISSIONS],
};

const USER_TYPE = '#microsoft.graph.user';
const GROUP_TYPE = '#microsoft.graph.group';

/** The mixed directoryObject type of a relationship list: user or group properties, per item. */
const DIRECTORY_OBJECT_SCHEMA: EntitySchema<DirectoryObject> = {
  resource: 'DirectoryObject',
  typeName: 'microsoft.graph.directoryObject',
  canonical: (name) => canonicalUserProperty(name) ?? canonicalGroupProperty(name),
  filter: (property) => USER_SCHEMA.filter(property) ?? GROUP_SCHEMA.filter(property),
  orderBy: (property) => (property === 'displayName' ? 'default' : undefined),
  tokenized: new Set(['displayName', 'description']),
  value: (record, property) =>
    record.kind === 'user'
      ? canonicalUserProperty(property) === undefined
        ? undefined
        : userValue(record.user, property)
      : canonicalGroupProperty(property) === undefined
        ? undefined
        : groupValue(record.group, property),
};

function groupOf(match: RouteMatch, context: HandlerContext): GroupRecord {
  const id = match.groupId ?? '';
  if (!isGuid(id)) throw new GraphHttpError(400, 'Request_BadRequest', `Invalid object identifier '${id}'.`);
  const group = context.state.groups.find(id);
  if (group === undefined)
    throw new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    );
  return group;
}

export const listGroups: Handler = (request, _match, context) => {
  const query = parseCollectionQuery(request, GROUP_SCHEMA);
  const groups = context.state.groups;
  const result = context.state.resultSets.resolve(
    arraySource(groups.all, `groups|${groups.version}`),
    query,
    GROUP_SCHEMA,
  );
  const properties = query.select ?? DEFAULT_GROUP_PROPERTIES;
  return collectionPage(request, context, query, result, selectFragment('groups', query.select), (group) =>
    serializeGroup(group, properties),
  );
};

export const countGroups: Handler = (request, _match, context) => {
  const query = parseCountQuery(request, GROUP_SCHEMA);
  const groups = context.state.groups;
  return text(
    200,
    String(
      context.state.resultSets.resolve(
        arraySource(groups.all, `groups|${groups.version}`),
        query,
        GROUP_SCHEMA,
      ).total,
    ),
  );
};

export const getGroup: Handler = (request, match, context) => {
  const group = groupOf(match, context);
  const select = parseSelect(queryOptions(request.query).get('$select'), GROUP_SCHEMA);
  return json(200, {
    '@odata.context': contextUrl(context.baseUrl, `${selectFragment('groups', select)}/$entity`),
    ...serializeGroup(group, select ?? DEFAULT_GROUP_PROPERTIES),
  });
};

/** Which member types the token may read in full (the others come back as type and id only). */
function readable(principal: Principal): { users: boolean; groups: boolean } {
  return {
    users: hasRoutePermission(principal, {
      delegated: USERS_READ.delegated,
      application: USERS_READ.application,
    }),
    groups: hasRoutePermission(principal, GROUPS_READ),
  };
}

function serializeObject(
  record: DirectoryObject,
  select: readonly string[] | undefined,
  can: { users: boolean; groups: boolean },
): Record<string, unknown> {
  if (record.kind === 'user') {
    if (!can.users) return { '@odata.type': USER_TYPE, id: record.user.id };
    const properties =
      select === undefined
        ? DEFAULT_USER_PROPERTIES
        : select.filter((p) => canonicalUserProperty(p) !== undefined);
    return { '@odata.type': USER_TYPE, ...serializeUser(record.user, properties) };
  }
  if (!can.groups) return { '@odata.type': GROUP_TYPE, id: record.group.id };
  const properties =
    select === undefined
      ? DEFAULT_GROUP_PROPERTIES
      : select.filter((p) => canonicalGroupProperty(p) !== undefined);
  return { '@odata.type': GROUP_TYPE, ...serializeGroup(record.group, properties) };
}

/** The items of a relationship before any query option. */
function relationItems(
  owner: DirectoryObject,
  relation: RelationMatch,
  context: HandlerContext,
): readonly DirectoryObject[] {
  const { groups, directory } = context.state;
  switch (relation.name) {
    case 'members':
      return owner.kind === 'group' ? groups.members(owner.group.id, directory) : [];
    case 'transitiveMembers':
      return owner.kind === 'group' ? groups.transitiveMembers(owner.group.id, directory) : [];
    case 'memberOf':
      return groups.memberOf(owner).map((group) => ({ kind: 'group', group }));
    case 'transitiveMemberOf':
      return groups.transitiveMemberOf(owner).map((group) => ({ kind: 'group', group }));
  }
}

/** A relationship list, its type-cast form and its `$count`. */
function listRelation(
  request: GraphRequest,
  owner: DirectoryObject,
  relation: RelationMatch,
  context: HandlerContext,
) {
  const items = relationItems(owner, relation, context);
  const ownerId = owner.kind === 'user' ? owner.user.id : owner.group.id;
  const version = `${relation.name}|${ownerId}|${context.state.directory.version}|${context.state.groups.version}`;
  const rules: CollectionRules = {
    relationship: true,
    cast: relation.cast !== undefined,
    singleOnly: USER_SINGLE_ONLY,
  };
  const can = readable(context.principal);
  if (relation.cast === 'microsoft.graph.user') {
    const users = items.flatMap((item): UserRecord[] => (item.kind === 'user' ? [item.user] : []));
    const source = arraySource(users, `${version}|users`);
    if (relation.count)
      return text(
        200,
        String(
          context.state.resultSets.resolve(source, parseCountQuery(request, USER_SCHEMA, rules), USER_SCHEMA)
            .total,
        ),
      );
    const query = parseCollectionQuery(request, USER_SCHEMA, rules);
    const result = context.state.resultSets.resolve(source, query, USER_SCHEMA);
    const properties = query.select ?? DEFAULT_USER_PROPERTIES;
    return collectionPage(request, context, query, result, selectFragment('users', query.select), (user) =>
      can.users ? serializeUser(user, properties) : { id: user.id },
    );
  }
  if (relation.cast !== undefined) {
    // Groups, or a type the emulator has none of (devices, contacts...): an empty list.
    const groups =
      relation.cast === 'microsoft.graph.group'
        ? items.flatMap((item): GroupRecord[] => (item.kind === 'group' ? [item.group] : []))
        : [];
    const source = arraySource(groups, `${version}|${relation.cast}`);
    if (relation.count)
      return text(
        200,
        String(
          context.state.resultSets.resolve(
            source,
            parseCountQuery(request, GROUP_SCHEMA, rules),
            GROUP_SCHEMA,
          ).total,
        ),
      );
    const query = parseCollectionQuery(request, GROUP_SCHEMA, rules);
    const result = context.state.resultSets.resolve(source, query, GROUP_SCHEMA);
    const properties = query.select ?? DEFAULT_GROUP_PROPERTIES;
    const entitySet = `${relation.cast.slice('microsoft.graph.'.length)}s`;
    return collectionPage(
      request,
      context,
      query,
      result,
      selectFragment(entitySet === 'groups' ? 'groups' : entitySet, query.select),
      (group) => (can.groups ? serializeGroup(group, properties) : { id: group.id }),
    );
  }
  const source = arraySource(items, version);
  if (relation.count)
    return text(
      200,
      String(
        context.state.resultSets.resolve(
          source,
          parseCountQuery(request, DIRECTORY_OBJECT_SCHEMA, rules),
          DIRECTORY_OBJECT_SCHEMA,
        ).total,
      ),
    );
  const query = parseCollectionQuery(request, DIRECTORY_OBJECT_SCHEMA, rules);
  const result = context.state.resultSets.resolve(source, query, DIRECTORY_OBJECT_SCHEMA);
  return collectionPage(
    request,
    context,
    query,
    result,
    selectFragment('directoryObjects', query.select),
    (record) => serializeObject(record, query.select, can),
  );
}

export const listGroupRelation: Handler = (request, match, context) => {
  const group = groupOf(match, context);
  if (match.relation === undefined) throw new Error('groups.members needs a relation');
  return listRelation(request, { kind: 'group', group }, match.relation, context);
};

export const listUserMemberOf: Handler = (request, match, context) => {
  const { user } = resolveUser(match, context);
  if (!hasTargetPermission(context.principal, MEMBER_OF_READ, user.id)) throw forbidden();
  if (match.relation === undefined) throw new Error('users.memberOf needs a relation');
  return listRelation(request, { kind: 'user', user }, match.relation, context);
};
