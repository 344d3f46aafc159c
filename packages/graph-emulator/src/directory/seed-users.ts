/**
 * The demo tenant's people: about fifty users of Contoso across departments, with the accounts
 * the seed examples and the encoding tests need (John Doe, a guest, an apostrophe, a leading `$`,
 * a disabled account, admins who sign in). Ids are derived from the UPN, so they never change.
 */
import { guidFromWords } from '../core/guid.js';
import { hashString } from '../core/prng.js';
import { office } from './offices.js';
import { JOHN_DOE_ID, ROLE } from './roles.js';
import { seededMemberships } from './seed-groups.js';
import type { UserRecord } from './user.js';

interface SeedRow {
  readonly given: string | null;
  readonly surname: string | null;
  readonly upn: string;
  readonly department: string | null;
  readonly jobTitle: string | null;
  readonly office: string;
  readonly displayName?: string;
  readonly id?: string;
  readonly roles?: readonly string[];
  readonly accountEnabled?: boolean;
  readonly guestMail?: string;
  readonly companyName?: string;
  readonly noMobile?: boolean;
}

const ROWS: readonly SeedRow[] = [
  // Sales
  { given: 'John', surname: 'Doe', upn: 'johndoe', department: 'Sales', jobTitle: 'Sales Representative', office: 'SEA', id: JOHN_DOE_ID },
  { given: 'Adele', surname: 'Vance', upn: 'adelevance', department: 'Sales', jobTitle: 'Retail Manager', office: 'SEA' },
  { given: 'Lynne', surname: 'Robbins', upn: 'lynnerobbins', department: 'Sales', jobTitle: 'Account Executive', office: 'NYC' },
  { given: 'Pradeep', surname: 'Gupta', upn: 'pradeepgupta', department: 'Sales', jobTitle: 'Sales Director', office: 'LON' },
  { given: 'Isaiah', surname: 'Langer', upn: 'isaiahlanger', department: 'Sales', jobTitle: 'Sales Representative', office: 'NYC' },
  { given: 'Emma', surname: 'Fischer', upn: 'emmafischer', department: 'Sales', jobTitle: 'Key Account Manager', office: 'MUC' },
  { given: 'Lucas', surname: 'Martin', upn: 'lucasmartin', department: 'Sales', jobTitle: 'Inside Sales Representative', office: 'PAR' },
  // Marketing
  { given: 'Megan', surname: 'Bowen', upn: 'meganbowen', department: 'Marketing', jobTitle: 'Marketing Manager', office: 'SEA' },
  { given: 'Patti', surname: 'Fernandez', upn: 'pattifernandez', department: 'Marketing', jobTitle: 'Brand Director', office: 'NYC' },
  { given: 'Alex', surname: 'Wilber', upn: 'alexwilber', department: 'Marketing', jobTitle: 'Marketing Assistant', office: 'SEA' },
  { given: 'Chloé', surname: 'Dubois', upn: 'chloedubois', department: 'Marketing', jobTitle: 'Content Strategist', office: 'PAR' },
  { given: 'Sophie', surname: 'Turner', upn: 'sophieturner', department: 'Marketing', jobTitle: 'Social Media Specialist', office: 'LON' },
  { given: 'Laura', surname: 'Chen', upn: 'laurachen', department: 'Marketing', jobTitle: 'Events Coordinator', office: 'NYC' },
  // IT
  { given: null, surname: null, upn: 'admin', displayName: 'Contoso Admin', department: 'IT', jobTitle: 'Identity Administrator', office: 'SEA', roles: [ROLE.privilegedAuthenticationAdministrator, ROLE.authenticationPolicyAdministrator] },
  { given: 'Grady', surname: 'Archie', upn: 'gradyarchie', department: 'IT', jobTitle: 'Helpdesk Technician', office: 'SEA', roles: [ROLE.authenticationAdministrator] },
  { given: 'Diego', surname: 'Siciliani', upn: 'diegosiciliani', department: 'IT', jobTitle: 'Security Engineer', office: 'NYC', roles: [ROLE.securityAdministrator] },
  { given: 'Irvin', surname: 'Sayers', upn: 'irvinsayers', department: 'IT', jobTitle: 'Chief Information Officer', office: 'SEA', roles: [ROLE.globalAdministrator] },
  { given: 'Nestor', surname: 'Wilke', upn: 'nestorwilke', department: 'IT', jobTitle: 'Systems Engineer', office: 'SEA' },
  { given: 'Lee', surname: 'Gu', upn: 'leegu', department: 'IT', jobTitle: 'Network Engineer', office: 'LON', accountEnabled: false },
  { given: null, surname: null, upn: '$adm.ops', displayName: 'Operations Service Account', department: 'IT', jobTitle: 'Service Account', office: 'SEA', noMobile: true },
  { given: null, surname: null, upn: 'bg.emergency', displayName: 'Break Glass Emergency Access', department: 'IT', jobTitle: null, office: 'SEA', roles: [ROLE.globalAdministrator], noMobile: true },
  // Finance
  { given: 'Johanna', surname: 'Lorenz', upn: 'johannalorenz', department: 'Finance', jobTitle: 'Finance Manager', office: 'MUC' },
  { given: 'Joni', surname: 'Sherman', upn: 'jonisherman', department: 'Finance', jobTitle: 'Accountant', office: 'SEA' },
  { given: 'Raul', surname: 'Razo', upn: 'raulrazo', department: 'Finance', jobTitle: 'Controller', office: 'NYC' },
  { given: 'Henrietta', surname: 'Mueller', upn: 'henriettamueller', department: 'Finance', jobTitle: 'Financial Analyst', office: 'MUC' },
  { given: 'Zrinka', surname: 'Makovac', upn: 'zrinkamakovac', department: 'Finance', jobTitle: 'Payroll Specialist', office: 'LON' },
  // HR
  { given: 'Miriam', surname: 'Graham', upn: 'miriamgraham', department: 'HR', jobTitle: 'HR Director', office: 'SEA' },
  { given: 'Allan', surname: 'Deyoung', upn: 'allandeyoung', department: 'HR', jobTitle: 'Recruiter', office: 'NYC' },
  { given: 'Debra', surname: 'Berger', upn: 'debraberger', department: 'HR', jobTitle: 'HR Generalist', office: 'SEA' },
  { given: 'Amara', surname: 'Okafor', upn: 'amaraokafor', department: 'HR', jobTitle: 'Benefits Specialist', office: 'LON' },
  // Engineering
  { given: 'Conor', surname: "O'Brien", upn: "o'brien", department: 'Engineering', jobTitle: 'Software Engineer', office: 'LON' },
  { given: 'Lidia', surname: 'Holloway', upn: 'lidiaholloway', department: 'Engineering', jobTitle: 'Product Manager', office: 'SEA' },
  { given: 'Christie', surname: 'Cline', upn: 'christiecline', department: 'Engineering', jobTitle: 'Principal Engineer', office: 'SEA' },
  { given: 'Enrico', surname: 'Cattaneo', upn: 'enricocattaneo', department: 'Engineering', jobTitle: 'Engineering Manager', office: 'MUC' },
  { given: 'Ben', surname: 'Walters', upn: 'benwalters', department: 'Engineering', jobTitle: 'DevOps Engineer', office: 'NYC' },
  { given: 'Priya', surname: 'Raman', upn: 'priyaraman', department: 'Engineering', jobTitle: 'Data Scientist', office: 'SEA' },
  { given: 'Hiroshi', surname: 'Tanaka', upn: 'hiroshitanaka', department: 'Engineering', jobTitle: 'QA Engineer', office: 'SEA' },
  { given: 'Mateo', surname: 'Rossi', upn: 'mateorossi', department: 'Engineering', jobTitle: 'Frontend Engineer', office: 'PAR' },
  { given: 'Sven', surname: 'Lindqvist', upn: 'svenlindqvist', department: 'Engineering', jobTitle: 'Backend Engineer', office: 'MUC' },
  // Support
  { given: 'Cameron', surname: 'White', upn: 'cameronwhite', department: 'Support', jobTitle: 'Support Engineer', office: 'SEA' },
  { given: 'Nora', surname: 'Kelly', upn: 'norakelly', department: 'Support', jobTitle: 'Support Team Lead', office: 'LON' },
  { given: 'Jamal', surname: 'Carter', upn: 'jamalcarter', department: 'Support', jobTitle: 'Customer Success Manager', office: 'NYC' },
  { given: 'Aisha', surname: 'Mahmoud', upn: 'aishamahmoud', department: 'Support', jobTitle: 'Support Specialist', office: 'LON' },
  { given: 'Pierre', surname: 'Lefèvre', upn: 'pierrelefevre', department: 'Support', jobTitle: 'Support Engineer', office: 'PAR' },
  // Legal, Operations, Executive
  { given: 'Tanya', surname: 'Pope', upn: 'tanyapope', department: 'Legal', jobTitle: 'Corporate Counsel', office: 'SEA' },
  { given: 'Omar', surname: 'Haddad', upn: 'omarhaddad', department: 'Operations', jobTitle: 'Operations Manager', office: 'NYC' },
  { given: 'Grace', surname: 'Kim', upn: 'gracekim', department: 'Executive', jobTitle: 'Chief Executive Officer', office: 'SEA' },
  { given: 'Daniel', surname: 'Okoro', upn: 'danielokoro', department: 'Operations', jobTitle: 'Facilities Coordinator', office: 'LON' },
  // Guests
  { given: 'Jane', surname: 'Smith', upn: 'jane_fabrikam.com#EXT#', displayName: 'Jane Smith (Fabrikam)', department: null, jobTitle: null, office: 'SEA', guestMail: 'jane@fabrikam.com', companyName: 'Fabrikam' },
  { given: 'Carlos', surname: 'Mendes', upn: 'carlos_tailspintoys.com#EXT#', displayName: 'Carlos Mendes (Tailspin Toys)', department: null, jobTitle: null, office: 'NYC', guestMail: 'carlos@tailspintoys.com', companyName: 'Tailspin Toys' },
];

function seedGuid(upn: string): string {
  return guidFromWords(hashString(upn, 1), hashString(upn, 2), hashString(upn, 3), hashString(upn, 4));
}

function createdDate(upn: string): string {
  const start = Date.UTC(2019, 0, 1);
  const days = hashString(upn, 5) % (7 * 365);
  const seconds = hashString(upn, 6) % 86_400;
  return new Date(start + days * 86_400_000 + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function toUser(row: SeedRow, domain: string, memberships: ReadonlyMap<string, readonly string[]>): UserRecord {
  const upn = `${row.upn}@${domain}`;
  const place = office(row.office);
  const h = hashString(upn, 7);
  const guest = row.guestMail !== undefined;
  const mailNickname = row.upn.replace(/[^A-Za-z0-9._#-]/g, '');
  return {
    id: row.id ?? seedGuid(upn),
    userPrincipalName: upn,
    displayName: row.displayName ?? `${row.given ?? ''} ${row.surname ?? ''}`.trim(),
    givenName: row.given,
    surname: row.surname,
    mail: row.guestMail ?? upn,
    mailNickname,
    otherMails: guest && row.guestMail ? [row.guestMail] : [],
    jobTitle: row.jobTitle,
    department: row.department,
    companyName: row.companyName ?? 'Contoso',
    employeeId: guest ? null : `E${String(10000 + (h % 90000))}`,
    officeLocation: guest ? null : place.officeLocation,
    city: guest ? null : place.city,
    country: guest ? null : place.country,
    usageLocation: place.usageLocation,
    mobilePhone: guest || row.noMobile ? null : `${place.phonePrefix}${String(1000 + (h % 9000))}`,
    businessPhones: guest || row.noMobile ? [] : [`${place.phonePrefix}${String(1000 + ((h >>> 8) % 9000))}`],
    preferredLanguage: place.preferredLanguage,
    accountEnabled: row.accountEnabled ?? true,
    userType: guest ? 'Guest' : 'Member',
    createdDateTime: createdDate(upn),
    roles: row.roles ?? [],
    groups: memberships.get(row.upn) ?? [],
  };
}

/** The demo tenant's users, in a stable order. */
export function demoUsers(domain: string): UserRecord[] {
  const memberships = seededMemberships(domain);
  return ROWS.map((row) => toUser(row, domain, memberships));
}

/** The UPN of the admin the CLI and `mintToken()` sign in as by default. */
export function demoAdminUpn(domain: string): string {
  return `admin@${domain}`;
}
