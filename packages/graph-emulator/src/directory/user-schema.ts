/**
 * What `$filter`, `$orderby` and `$search` accept on users, after Graph's table for directory
 * objects (https://learn.microsoft.com/graph/aad-advanced-queries): `ne` and `not` need advanced
 * queries wherever `eq` works, `in` follows `eq`, `endsWith` exists only on mail-like properties
 * and only as an advanced query, and some properties are indexed only in the advanced store.
 */
import type { EntitySchema, FilterCapabilities, Support } from '../query/entity-schema.js';
import { canonicalUserProperty, userValue, type UserRecord } from './user.js';

const D: Support = 'default';
const A: Support = 'advanced';

const USER_FILTER: Readonly<Record<string, FilterCapabilities>> = {
  id: { type: 'string', eq: D },
  userPrincipalName: { type: 'string', eq: D, startsWith: D, endsWith: A, range: D },
  displayName: { type: 'string', eq: D, startsWith: D, nullable: true },
  mail: { type: 'string', eq: D, startsWith: D, endsWith: A, range: D },
  otherMails: { type: 'string', eq: D, startsWith: D, endsWith: A, collection: true },
  proxyAddresses: { type: 'string', eq: D, startsWith: D, endsWith: A, collection: true },
  imAddresses: { type: 'string', eq: D, startsWith: D, collection: true },
  businessPhones: { type: 'string', eq: D, collection: true },
  givenName: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  surname: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  department: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  jobTitle: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  mailNickname: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  accountEnabled: { type: 'boolean', eq: D },
  userType: { type: 'string', eq: D, nullable: true },
  city: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  country: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  state: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  usageLocation: { type: 'string', eq: D, startsWith: D, range: D },
  employeeId: { type: 'string', eq: D, startsWith: D, nullable: true },
  creationType: { type: 'string', eq: D },
  ageGroup: { type: 'string', eq: D },
  externalUserState: { type: 'string', eq: D },
  onPremisesSyncEnabled: { type: 'boolean', eq: D },
  onPremisesUserPrincipalName: { type: 'string', eq: D, startsWith: D, range: D },
  onPremisesSecurityIdentifier: { type: 'string', eq: D, nullable: true },
  companyName: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  officeLocation: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  mobilePhone: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  preferredLanguage: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  employeeType: { type: 'string', eq: A, startsWith: A, range: A },
  postalCode: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  streetAddress: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  onPremisesImmutableId: { type: 'string', eq: A, range: A },
  onPremisesSamAccountName: { type: 'string', eq: A, startsWith: A, range: A },
  showInAddressList: { type: 'boolean', eq: A },
  createdDateTime: { type: 'dateTime', eq: D, range: D },
};

/** `$orderby`: displayName and userPrincipalName by default, createdDateTime as an advanced query. */
const USER_ORDERBY: Readonly<Record<string, Support>> = {
  displayName: D,
  userPrincipalName: D,
  createdDateTime: A,
};

export const USER_SCHEMA: EntitySchema<UserRecord> = {
  resource: 'User',
  typeName: 'microsoft.graph.user',
  canonical: canonicalUserProperty,
  filter: (property) => USER_FILTER[property],
  orderBy: (property) => USER_ORDERBY[property],
  tokenized: new Set(['displayName']),
  value: userValue,
};
