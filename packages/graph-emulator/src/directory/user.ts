/**
 * The user resource: the record the emulator stores, the Graph properties it exposes, which ones
 * come back by default, and what each property supports in `$filter` / `$orderby`.
 */

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

export type UserProperty = Exclude<keyof UserRecord, 'roles' | 'groups'>;

/** Every property `$select` accepts (the emulator's subset of microsoft.graph.user). */
export const SELECTABLE_USER_PROPERTIES: readonly UserProperty[] = [
  ...DEFAULT_USER_PROPERTIES,
  'accountEnabled',
  'city',
  'companyName',
  'country',
  'createdDateTime',
  'department',
  'employeeId',
  'mailNickname',
  'otherMails',
  'usageLocation',
  'userType',
];

const BY_LOWER = new Map<string, UserProperty>(SELECTABLE_USER_PROPERTIES.map((p) => [p.toLowerCase(), p]));

/** Graph matches property names case-insensitively and answers with the canonical casing. */
export function canonicalUserProperty(name: string): UserProperty | undefined {
  return BY_LOWER.get(name.trim().toLowerCase());
}

/** Whether an operator works by default or needs the advanced query parameters. */
export type Support = 'default' | 'advanced';

export interface FilterCapabilities {
  readonly type: 'string' | 'boolean' | 'dateTime';
  readonly eq: Support;
  readonly startsWith?: Support;
  readonly endsWith?: Support;
  /** ge / le / gt / lt. */
  readonly range?: Support;
  /** Whether `eq null` / `ne null` is allowed (always an advanced query). */
  readonly nullable?: boolean;
}

const D: Support = 'default';
const A: Support = 'advanced';

/**
 * Filter support per property, after Graph's table for directory objects: `ne` and `not` need
 * advanced queries wherever `eq` works, `in` follows `eq`, `endsWith` exists only on mail-like
 * properties and only as an advanced query.
 */
export const USER_FILTER_CAPABILITIES: Readonly<Partial<Record<UserProperty, FilterCapabilities>>> = {
  id: { type: 'string', eq: D },
  userPrincipalName: { type: 'string', eq: D, startsWith: D, endsWith: A, range: D },
  displayName: { type: 'string', eq: D, startsWith: D, nullable: true },
  mail: { type: 'string', eq: D, startsWith: D, endsWith: A, range: D },
  otherMails: undefined,
  givenName: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  surname: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  department: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  jobTitle: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  mailNickname: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  accountEnabled: { type: 'boolean', eq: D },
  userType: { type: 'string', eq: D, nullable: true },
  city: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  country: { type: 'string', eq: D, startsWith: D, range: D, nullable: true },
  usageLocation: { type: 'string', eq: D, startsWith: D, range: D },
  employeeId: { type: 'string', eq: D, startsWith: D, nullable: true },
  companyName: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  officeLocation: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  mobilePhone: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  preferredLanguage: { type: 'string', eq: A, startsWith: A, range: A, nullable: true },
  createdDateTime: { type: 'dateTime', eq: D, range: D },
};

/** `$orderby` support for users: displayName and userPrincipalName by default, createdDateTime advanced. */
export const USER_ORDERBY_SUPPORT: Readonly<Partial<Record<UserProperty, Support>>> = {
  displayName: D,
  userPrincipalName: D,
  createdDateTime: A,
};

/** Properties `$search` looks into (tokenized, prefix match). */
export const USER_SEARCHABLE: ReadonlySet<UserProperty> = new Set<UserProperty>([
  'displayName',
  'givenName',
  'surname',
  'mail',
  'mailNickname',
  'userPrincipalName',
  'jobTitle',
  'department',
  'employeeId',
]);

/** The Graph JSON of a user with the given properties, in the given order. */
export function serializeUser(user: UserRecord, properties: readonly UserProperty[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of properties) out[property] = user[property];
  return out;
}
