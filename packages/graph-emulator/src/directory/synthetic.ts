/**
 * Synthetic users for benchmarks: N users computed from their index, never stored. Memory stays
 * flat at 100,000 users because a user is rebuilt when it is read; ids and UPNs encode the index
 * so a lookup by id or UPN is a parse plus one rebuild, not a map.
 */
import { guidFromWords } from '../core/guid.js';
import { mix32, pick } from '../core/prng.js';
import { OFFICE_CODES, office } from './offices.js';
import { DEMO_GROUPS } from './roles.js';
import type { UserRecord } from './user.js';

const GIVEN = [
  'amelia', 'liam', 'olivia', 'noah', 'ava', 'elijah', 'sofia', 'mateo', 'isla', 'lucas', 'mia', 'leo', 'zara', 'omar',
  'hana', 'kenji', 'priya', 'arjun', 'chloe', 'felix', 'nina', 'ivan', 'elena', 'marco', 'sara', 'tomas', 'aisha',
  'kofi', 'lena', 'jonas', 'maya', 'diego', 'yuki', 'ravi', 'ines', 'hugo', 'freya', 'oscar', 'alma', 'theo',
];
const SURNAME = [
  'nguyen', 'smith', 'garcia', 'muller', 'rossi', 'kowalski', 'tanaka', 'okafor', 'silva', 'jensen', 'novak', 'haddad',
  'patel', 'kim', 'dubois', 'schmidt', 'larsen', 'moreau', 'costa', 'walsh', 'ibrahim', 'fischer', 'yamamoto', 'reyes',
  'lindgren', 'petrov', 'murphy', 'santos', 'weber', 'chen', 'khan', 'hughes', 'bianchi', 'ortiz', 'nakamura', 'berg',
];
const DEPARTMENTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Sales', ['Sales Representative', 'Account Executive', 'Sales Manager']],
  ['Marketing', ['Marketing Specialist', 'Content Strategist', 'Marketing Manager']],
  ['IT', ['Systems Engineer', 'Helpdesk Technician', 'Network Engineer']],
  ['Finance', ['Accountant', 'Financial Analyst', 'Controller']],
  ['HR', ['HR Generalist', 'Recruiter', 'Benefits Specialist']],
  ['Engineering', ['Software Engineer', 'QA Engineer', 'DevOps Engineer', 'Engineering Manager']],
  ['Support', ['Support Engineer', 'Support Specialist', 'Customer Success Manager']],
  ['Operations', ['Operations Analyst', 'Facilities Coordinator']],
];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const FIRST_DAY = Date.UTC(2018, 0, 1);
const DAYS = 8 * 365;
/** Creation dates are a day from this range plus a time of day; formatting the days once keeps reads cheap. */
const DAY_TEXT = Array.from({ length: DAYS }, (_, day) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 11));

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function createdDateTime(day: number, second: number): string {
  return `${DAY_TEXT[day] ?? '2018-01-01T'}${two(Math.floor(second / 3600))}:${two(Math.floor(second / 60) % 60)}:${two(second % 60)}Z`;
}

export class SyntheticUsers {
  readonly #salt: number;
  readonly #upnPattern: RegExp;

  constructor(
    readonly count: number,
    seed: number,
    private readonly domain: string,
  ) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError('users must be a non-negative integer');
    this.#salt = mix32(seed ^ 0x5eed);
    const escapedDomain = domain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.#upnPattern = new RegExp(`^[a-z]+\\.[a-z]+(\\d+)@${escapedDomain}$`, 'i');
  }

  #word(index: number, k: number): number {
    return mix32(index * 8 + k + this.#salt);
  }

  idOf(index: number): string {
    // The last 8 hex digits carry the index (xor the salt), so idOf can be inverted.
    return guidFromWords(this.#word(index, 0), this.#word(index, 1), (this.#word(index, 2) & 0xffff0000) | (this.#salt & 0xffff), (index ^ this.#salt) >>> 0);
  }

  indexOfId(id: string): number | undefined {
    const tail = id.slice(-8);
    if (!/^[0-9a-f]{8}$/i.test(tail)) return undefined;
    const index = (parseInt(tail, 16) ^ this.#salt) >>> 0;
    return index < this.count && this.idOf(index) === id.toLowerCase() ? index : undefined;
  }

  indexOfUpn(upn: string): number | undefined {
    const match = this.#upnPattern.exec(upn);
    if (!match?.[1]) return undefined;
    const index = Number(match[1]);
    return index < this.count && this.#upnOf(index).toLowerCase() === upn.toLowerCase() ? index : undefined;
  }

  #names(index: number): [string, string] {
    return [pick(GIVEN, this.#word(index, 3)), pick(SURNAME, this.#word(index, 4))];
  }

  #upnOf(index: number): string {
    const [given, surname] = this.#names(index);
    return `${given}.${surname}${index}@${this.domain}`;
  }

  at(index: number): UserRecord {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) throw new RangeError(`No synthetic user ${index}`);
    const [given, surname] = this.#names(index);
    const upn = `${given}.${surname}${index}@${this.domain}`;
    const [department, titles] = pick(DEPARTMENTS, this.#word(index, 5));
    const place = office(pick(OFFICE_CODES, this.#word(index, 6)));
    const h = this.#word(index, 7);
    return {
      id: this.idOf(index),
      userPrincipalName: upn,
      displayName: `${capitalize(given)} ${capitalize(surname)}`,
      givenName: capitalize(given),
      surname: capitalize(surname),
      mail: upn,
      mailNickname: upn.slice(0, upn.indexOf('@')),
      otherMails: [],
      jobTitle: pick(titles, h >>> 4),
      department,
      companyName: 'Contoso',
      employeeId: `S${String(index).padStart(7, '0')}`,
      officeLocation: place.officeLocation,
      city: place.city,
      country: place.country,
      usageLocation: place.usageLocation,
      mobilePhone: h % 4 === 0 ? null : `${place.phonePrefix}${String(1000 + (h % 9000))}`,
      businessPhones: [`${place.phonePrefix}${String(1000 + ((h >>> 12) % 9000))}`],
      preferredLanguage: place.preferredLanguage,
      accountEnabled: h % 50 !== 0,
      userType: 'Member',
      createdDateTime: createdDateTime(h % DAYS, this.#word(index, 2) % 86_400),
      roles: [],
      groups: index % 10 === 0 ? [DEMO_GROUPS.tapPilot] : [],
    };
  }
}
