/**
 * The user resource: the record the emulator stores, every v1.0 property `$select` accepts, which
 * ones come back by default, which a list may not return, and the value of each on a stored user.
 */
import { sidFromObjectId } from '../core/guid.js';

export interface UserRecord {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly surname: string | null;
  readonly mail: string | null;
  readonly mailNickname: string;
  readonly otherMails: readonly string[];
  readonly jobTitle: string | null;
  readonly department: string | null;
  readonly companyName: string | null;
  readonly employeeId: string | null;
  readonly officeLocation: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly usageLocation: string | null;
  readonly mobilePhone: string | null;
  readonly businessPhones: readonly string[];
  readonly preferredLanguage: string | null;
  readonly accountEnabled: boolean;
  readonly userType: 'Member' | 'Guest';
  readonly createdDateTime: string;
  /** Emulator-only: directory role template ids (they become the `wids` claim). Never serialized. */
  readonly roles: readonly string[];
  /** Emulator-only: ids of the groups the user belongs to (for TAP policy targets). Never serialized. */
  readonly groups: readonly string[];
}

/** Graph's default property set for users, in the order Graph returns it. */
export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

/** The properties the emulator stores; every other v1.0 property is derived or null. */
export type UserProperty = Exclude<keyof UserRecord, 'roles' | 'groups'>;

/** Every property of microsoft.graph.user in v1.0: `$select` accepts each of them. */
export const USER_PROPERTIES: readonly string[] = [
  'aboutMe',
  'accountEnabled',
  'ageGroup',
  'assignedLicenses',
  'assignedPlans',
  'authorizationInfo',
  'birthday',
  'businessPhones',
  'city',
  'companyName',
  'consentProvidedForMinor',
  'country',
  'createdDateTime',
  'creationType',
  'customSecurityAttributes',
  'deletedDateTime',
  'department',
  'deviceEnrollmentLimit',
  'displayName',
  'employeeHireDate',
  'employeeId',
  'employeeLeaveDateTime',
  'employeeOrgData',
  'employeeType',
  'externalUserState',
  'externalUserStateChangeDateTime',
  'faxNumber',
  'givenName',
  'hireDate',
  'id',
  'identities',
  'imAddresses',
  'interests',
  'isManagementRestricted',
  'isResourceAccount',
  'jobTitle',
  'lastPasswordChangeDateTime',
  'legalAgeGroupClassification',
  'licenseAssignmentStates',
  'mail',
  'mailboxSettings',
  'mailNickname',
  'mobilePhone',
  'mySite',
  'officeLocation',
  'onPremisesDistinguishedName',
  'onPremisesDomainName',
  'onPremisesExtensionAttributes',
  'onPremisesImmutableId',
  'onPremisesLastSyncDateTime',
  'onPremisesProvisioningErrors',
  'onPremisesSamAccountName',
  'onPremisesSecurityIdentifier',
  'onPremisesSyncEnabled',
  'onPremisesUserPrincipalName',
  'otherMails',
  'passwordPolicies',
  'passwordProfile',
  'pastProjects',
  'postalCode',
  'preferredDataLocation',
  'preferredLanguage',
  'preferredName',
  'provisionedPlans',
  'proxyAddresses',
  'responsibilities',
  'schools',
  'securityIdentifier',
  'serviceProvisioningErrors',
  'showInAddressList',
  'signInActivity',
  'signInSessionsValidFromDateTime',
  'skills',
  'state',
  'streetAddress',
  'surname',
  'usageLocation',
  'userPrincipalName',
  'userType',
];

/**
 * Properties Graph returns only when reading a single user: selecting one of them on a list
 * (`/users?$select=aboutMe`) answers 501 (https://learn.microsoft.com/graph/api/user-list).
 */
export const USER_SINGLE_ONLY: ReadonlySet<string> = new Set([
  'aboutMe',
  'birthday',
  'hireDate',
  'interests',
  'mySite',
  'pastProjects',
  'preferredName',
  'responsibilities',
  'schools',
  'skills',
  'mailboxSettings',
]);

const canonical = new Map(USER_PROPERTIES.map((name) => [name.toLowerCase(), name]));

/** Graph matches property names case-insensitively and answers with the canonical casing. */
export function canonicalUserProperty(name: string): string | undefined {
  return canonical.get(name.trim().toLowerCase());
}

const STORED: ReadonlySet<string> = new Set<UserProperty>([
  'id',
  'userPrincipalName',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'mailNickname',
  'otherMails',
  'jobTitle',
  'department',
  'companyName',
  'employeeId',
  'officeLocation',
  'city',
  'country',
  'usageLocation',
  'mobilePhone',
  'businessPhones',
  'preferredLanguage',
  'accountEnabled',
  'userType',
  'createdDateTime',
]);

/** Collection-valued properties the emulator does not model: Graph answers `[]`, never null. */
const EMPTY_COLLECTIONS: ReadonlySet<string> = new Set([
  'assignedLicenses',
  'assignedPlans',
  'imAddresses',
  'interests',
  'licenseAssignmentStates',
  'onPremisesProvisioningErrors',
  'pastProjects',
  'provisionedPlans',
  'responsibilities',
  'schools',
  'serviceProvisioningErrors',
  'skills',
]);

/** A property's value on a stored user: stored ones as they are, the others derived or null. */
export function userValue(user: UserRecord, property: string): unknown {
  if (STORED.has(property)) return user[property as UserProperty];
  if (EMPTY_COLLECTIONS.has(property)) return [];
  const guest = user.userType === 'Guest';
  switch (property) {
    case 'identities':
      return [
        {
          signInType: 'userPrincipalName',
          issuer: user.userPrincipalName.slice(user.userPrincipalName.lastIndexOf('@') + 1),
          issuerAssignedId: user.userPrincipalName,
        },
      ];
    case 'proxyAddresses':
      return user.mail === null || guest ? [] : [`SMTP:${user.mail}`];
    case 'securityIdentifier':
      return sidFromObjectId(user.id);
    case 'creationType':
      return guest ? 'Invitation' : null;
    case 'externalUserState':
      return guest ? 'Accepted' : null;
    case 'authorizationInfo':
      return { certificateUserIds: [] };
    case 'onPremisesExtensionAttributes':
      return Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, null]));
    case 'deviceEnrollmentLimit':
      return 5;
    default:
      return null;
  }
}

/** The Graph JSON of a user with the given properties, in the given order. */
export function serializeUser(user: UserRecord, properties: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of properties) out[property] = userValue(user, property);
  return out;
}
