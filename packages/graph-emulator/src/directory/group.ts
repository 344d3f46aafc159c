/**
 * The group resource (https://learn.microsoft.com/graph/api/resources/group): the record the
 * emulator stores, the v1.0 properties `$select` accepts, the default property set a list
 * returns, and what `$filter`, `$orderby` and `$search` accept on each property.
 */
import { sidFromObjectId } from '../core/guid.js';
import type { EntitySchema, FilterCapabilities, Support } from '../query/entity-schema.js';
import { propertyLookup } from '../query/entity-schema.js';

export interface GroupRecord {
  readonly id: string;
  readonly displayName: string;
  readonly description: string | null;
  readonly mail: string | null;
  readonly mailNickname: string;
  readonly mailEnabled: boolean;
  readonly securityEnabled: boolean;
  /** `Unified` for Microsoft 365 groups, `DynamicMembership` for rule-based ones. */
  readonly groupTypes: readonly string[];
  readonly visibility: 'Public' | 'Private' | 'HiddenMembership' | null;
  readonly isAssignableToRole: boolean | null;
  readonly membershipRule: string | null;
  readonly createdDateTime: string;
}

/** The default property set of a group, in the order Graph returns it. */
export const DEFAULT_GROUP_PROPERTIES = [
  'id',
  'deletedDateTime',
  'classification',
  'createdDateTime',
  'creationOptions',
  'description',
  'displayName',
  'expirationDateTime',
  'groupTypes',
  'isAssignableToRole',
  'mail',
  'mailEnabled',
  'mailNickname',
  'membershipRule',
  'membershipRuleProcessingState',
  'onPremisesDomainName',
  'onPremisesLastSyncDateTime',
  'onPremisesNetBiosName',
  'onPremisesSamAccountName',
  'onPremisesSecurityIdentifier',
  'onPremisesSyncEnabled',
  'preferredDataLocation',
  'preferredLanguage',
  'proxyAddresses',
  'renewedDateTime',
  'resourceBehaviorOptions',
  'resourceProvisioningOptions',
  'securityEnabled',
  'securityIdentifier',
  'theme',
  'visibility',
  'onPremisesProvisioningErrors',
  'serviceProvisioningErrors',
] as const;

/** Every property of microsoft.graph.group in v1.0. */
export const GROUP_PROPERTIES: readonly string[] = [
  ...DEFAULT_GROUP_PROPERTIES,
  'allowExternalSenders',
  'assignedLabels',
  'assignedLicenses',
  'autoSubscribeNewMembers',
  'hasMembersWithLicenseErrors',
  'hideFromAddressLists',
  'hideFromOutlookClients',
  'isArchived',
  'isManagementRestricted',
  'isSubscribedByMail',
  'licenseProcessingState',
  'uniqueName',
  'unseenCount',
];

export const canonicalGroupProperty = propertyLookup(GROUP_PROPERTIES);

const EMPTY_COLLECTIONS: ReadonlySet<string> = new Set([
  'creationOptions',
  'resourceBehaviorOptions',
  'resourceProvisioningOptions',
  'onPremisesProvisioningErrors',
  'serviceProvisioningErrors',
  'assignedLabels',
  'assignedLicenses',
]);

const unified = (group: GroupRecord): boolean => group.groupTypes.includes('Unified');

/** A property's value on a stored group: stored ones as they are, the others derived or null. */
export function groupValue(group: GroupRecord, property: string): unknown {
  if (EMPTY_COLLECTIONS.has(property)) return [];
  switch (property) {
    case 'id':
    case 'displayName':
    case 'description':
    case 'mail':
    case 'mailNickname':
    case 'mailEnabled':
    case 'securityEnabled':
    case 'groupTypes':
    case 'visibility':
    case 'isAssignableToRole':
    case 'membershipRule':
    case 'createdDateTime':
      return group[property];
    case 'membershipRuleProcessingState':
      return group.membershipRule === null ? null : 'On';
    case 'proxyAddresses':
      return group.mail === null ? [] : [`SMTP:${group.mail}`];
    case 'renewedDateTime':
      return group.createdDateTime;
    case 'securityIdentifier':
      return sidFromObjectId(group.id);
    case 'resourceProvisioningOptions':
      return [];
    case 'isArchived':
      return unified(group) ? false : null;
    case 'hasMembersWithLicenseErrors':
      return false;
    default:
      return null;
  }
}

/** The Graph JSON of a group with the given properties, in the given order. */
export function serializeGroup(group: GroupRecord, properties: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of properties) out[property] = groupValue(group, property);
  return out;
}

const D: Support = 'default';

/** `$filter` on groups, after the group resource's property table. */
const GROUP_FILTER: Readonly<Record<string, FilterCapabilities>> = {
  id: { type: 'string', eq: D },
  displayName: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  description: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  mail: { type: 'string', eq: D, startsWith: D, range: D, endsWith: 'advanced', nullable: true },
  mailNickname: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  mailEnabled: { type: 'boolean', eq: D },
  securityEnabled: { type: 'boolean', eq: D },
  isAssignableToRole: { type: 'boolean', eq: D },
  visibility: { type: 'string', eq: D },
  membershipRule: { type: 'string', eq: D, startsWith: D },
  onPremisesSyncEnabled: { type: 'boolean', eq: D },
  createdDateTime: { type: 'dateTime', eq: D, range: D },
  groupTypes: { type: 'string', eq: D, collection: true },
  proxyAddresses: { type: 'string', eq: D, startsWith: D, endsWith: 'advanced', collection: true },
};

export const GROUP_SCHEMA: EntitySchema<GroupRecord> = {
  resource: 'Group',
  typeName: 'microsoft.graph.group',
  canonical: canonicalGroupProperty,
  filter: (property) => GROUP_FILTER[property],
  orderBy: (property) => (property === 'displayName' ? D : undefined),
  tokenized: new Set(['displayName', 'description']),
  value: groupValue,
};
