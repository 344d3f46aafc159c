/**
 * The demo tenant's groups: New Hires (with a nested group, itself nested in Onboarding), security
 * groups, Microsoft 365 groups (one with a guest member), a mail-enabled security group, a
 * distribution list, role-assignable groups and dynamic groups whose rule covers synthetic users
 * too. Members are named by the part of the UPN before `@`. Ids never change.
 */
import { guidFromWords } from '../core/guid.js';
import { hashString } from '../core/prng.js';
import type { GroupRecord } from './group.js';
import { DEMO_GROUPS } from './roles.js';
import type { UserRecord } from './user.js';

export interface GroupSeed {
  readonly record: GroupRecord;
  /** UPN local parts of the seeded users who are direct members. */
  readonly users: readonly string[];
  /** Ids of groups that are direct members. */
  readonly groups: readonly string[];
  /** Dynamic membership: the rule as a predicate over users (synthetic ones included). */
  readonly rule?: (user: UserRecord) => boolean;
}

interface Spec {
  readonly displayName: string;
  readonly nickname: string;
  readonly description: string;
  readonly kind: 'security' | 'mailSecurity' | 'm365' | 'distribution';
  readonly id?: string;
  readonly visibility?: 'Public' | 'Private';
  readonly roleAssignable?: boolean;
  readonly department?: string;
  readonly users?: readonly string[];
  readonly groups?: readonly string[];
  readonly created: string;
}

const ENGINEERING_NEW_HIRES = guidFor('newhires-engineering');
const ONBOARDING = guidFor('onboarding');

const SPECS: readonly Spec[] = [
  {
    id: DEMO_GROUPS.newHires,
    displayName: 'New Hires',
    nickname: 'newhires',
    description: 'People who joined Contoso this quarter',
    kind: 'security',
    users: ['lucasmartin', 'laurachen', 'amaraokafor', 'danielokoro', 'hiroshitanaka'],
    groups: [ENGINEERING_NEW_HIRES],
    created: '2025-01-06T09:00:00Z',
  },
  {
    id: ENGINEERING_NEW_HIRES,
    displayName: 'New Hires - Engineering',
    nickname: 'newhires-engineering',
    description: 'Engineers who joined this quarter',
    kind: 'security',
    users: ['mateorossi', 'svenlindqvist', 'priyaraman'],
    created: '2025-01-06T09:05:00Z',
  },
  {
    id: ONBOARDING,
    displayName: 'Onboarding Program',
    nickname: 'onboarding',
    description: 'Everyone in the onboarding program, and the HR staff who run it',
    kind: 'security',
    users: ['miriamgraham', 'debraberger'],
    groups: [DEMO_GROUPS.newHires],
    created: '2024-09-02T08:00:00Z',
  },
  {
    id: DEMO_GROUPS.tapPilot,
    displayName: 'TAP Pilot',
    nickname: 'tap-pilot',
    description: 'Help desk and IT staff piloting Temporary Access Passes',
    kind: 'security',
    users: [
      'admin',
      'gradyarchie',
      'diegosiciliani',
      'nestorwilke',
      'cameronwhite',
      'norakelly',
      'aishamahmoud',
    ],
    created: '2023-03-14T10:30:00Z',
  },
  {
    id: DEMO_GROUPS.breakGlass,
    displayName: 'Break Glass Accounts',
    nickname: 'break-glass',
    description: 'Emergency access accounts excluded from every policy',
    kind: 'security',
    roleAssignable: true,
    users: ['bg.emergency'],
    created: '2021-06-01T07:00:00Z',
  },
  {
    displayName: 'IT Admins',
    nickname: 'it-admins',
    description: 'Administrators of the Contoso tenant',
    kind: 'security',
    roleAssignable: true,
    users: ['admin', 'irvinsayers', 'gradyarchie'],
    created: '2021-06-01T07:10:00Z',
  },
  {
    displayName: 'Help Desk',
    nickname: 'helpdesk',
    description: 'Help desk technicians and support engineers',
    kind: 'mailSecurity',
    users: ['gradyarchie', 'cameronwhite', 'norakelly', 'aishamahmoud'],
    created: '2022-02-10T12:00:00Z',
  },
  {
    displayName: 'Contoso Marketing',
    nickname: 'marketing',
    description: 'Marketing team workspace, shared with our agency at Fabrikam',
    kind: 'm365',
    visibility: 'Public',
    users: [
      'meganbowen',
      'pattifernandez',
      'alexwilber',
      'chloedubois',
      'sophieturner',
      'laurachen',
      'jane_fabrikam.com#EXT#',
    ],
    created: '2022-05-18T15:20:00Z',
  },
  {
    displayName: 'Project Falcon',
    nickname: 'projectfalcon',
    description: 'Confidential product launch with Tailspin Toys',
    kind: 'm365',
    visibility: 'Private',
    users: ['johndoe', 'adelevance', 'enricocattaneo', 'christiecline', 'carlos_tailspintoys.com#EXT#'],
    created: '2024-11-04T09:45:00Z',
  },
  {
    displayName: 'Sales Team',
    nickname: 'sales',
    description: 'Everyone in the Sales department (dynamic)',
    kind: 'security',
    department: 'Sales',
    created: '2022-01-12T08:00:00Z',
  },
  {
    displayName: 'Engineering Department',
    nickname: 'engineering',
    description: 'Everyone in the Engineering department (dynamic)',
    kind: 'security',
    department: 'Engineering',
    created: '2022-01-12T08:05:00Z',
  },
  {
    displayName: 'Finance Team',
    nickname: 'finance',
    description: 'Finance and payroll',
    kind: 'security',
    users: ['johannalorenz', 'jonisherman', 'raulrazo', 'henriettamueller', 'zrinkamakovac'],
    created: '2022-03-01T09:00:00Z',
  },
  {
    displayName: 'Contoso Announcements',
    nickname: 'announcements',
    description: 'Company-wide announcements (distribution list)',
    kind: 'distribution',
    users: ['gracekim', 'miriamgraham', 'omarhaddad'],
    created: '2020-10-05T14:00:00Z',
  },
  {
    displayName: 'Legal & Compliance',
    nickname: 'legal',
    description: 'Legal counsel & compliance reviewers',
    kind: 'security',
    users: ['tanyapope'],
    created: '2023-07-20T11:00:00Z',
  },
];

function guidFor(nickname: string): string {
  const key = `group:${nickname}`;
  return guidFromWords(hashString(key, 11), hashString(key, 12), hashString(key, 13), hashString(key, 14));
}

function toRecord(spec: Spec, domain: string): GroupRecord {
  const mailEnabled = spec.kind !== 'security';
  return {
    id: spec.id ?? guidFor(spec.nickname),
    displayName: spec.displayName,
    description: spec.description,
    mail: mailEnabled ? `${spec.nickname}@${domain}` : null,
    mailNickname: spec.nickname,
    mailEnabled,
    securityEnabled: spec.kind === 'security' || spec.kind === 'mailSecurity',
    groupTypes: [
      ...(spec.kind === 'm365' ? ['Unified'] : []),
      ...(spec.department === undefined ? [] : ['DynamicMembership']),
    ],
    visibility: spec.visibility ?? null,
    isAssignableToRole: spec.roleAssignable === true ? true : null,
    membershipRule: spec.department === undefined ? null : `(user.department -eq "${spec.department}")`,
    createdDateTime: spec.created,
  };
}

/** The demo tenant's groups, in a stable order. */
export function demoGroups(domain: string): GroupSeed[] {
  return SPECS.map((spec) => {
    const department = spec.department;
    return {
      record: toRecord(spec, domain),
      users: spec.users ?? [],
      groups: spec.groups ?? [],
      ...(department === undefined ? {} : { rule: (user: UserRecord) => user.department === department }),
    };
  });
}

/** For each seeded user (by UPN local part), the groups that list them as a direct member. */
export function seededMemberships(domain: string): ReadonlyMap<string, readonly string[]> {
  const memberships = new Map<string, string[]>();
  for (const seed of demoGroups(domain)) {
    for (const user of seed.users) memberships.set(user, [...(memberships.get(user) ?? []), seed.record.id]);
  }
  return memberships;
}
