/** The in-process handle `startEmulator` returns. */
import type { MintTokenOptions } from './auth/token-authority.js';
import type { UserPatch } from './directory/directory.js';
import type { GroupRecord } from './directory/group.js';
import type { UserRecord } from './directory/user.js';
import type { RecordedRequest } from './http/request-log.js';
import type { RuntimeOptions } from './options.js';
import type { TapSnapshot } from './snapshots.js';
import type { TapPolicy } from './tap/policy.js';

/** A user to add: UPN and display name are required, the rest defaults sensibly. */
export type NewUser = Partial<UserRecord> & { readonly userPrincipalName: string; readonly displayName: string };

/** Direct access to tenant state for tests (no HTTP, no auth). `user` is an id or a UPN. */
export interface EmulatorState {
  /** The user's current pass, including the secret; undefined when none. */
  currentTap(user: string): TapSnapshot | undefined;
  /** How many passes were ever created for the user (replacements included). */
  issuedCount(user: string): number;
  /** Pass counts by user id, for every user that was ever issued one. */
  issuedCounts(): ReadonlyMap<string, number>;
  totalIssued(): number;
  /** Records a sign-in with the user's pass (a one-time pass becomes OneTimeUsed). */
  markTapUsed(user: string): TapSnapshot | undefined;
  policy(): TapPolicy;
  /** Validated like a PATCH (without the @odata.type requirement); throws on invalid values. */
  setPolicy(patch: Partial<TapPolicy>): TapPolicy;
  findUser(user: string): UserRecord | undefined;
  addUser(user: NewUser): UserRecord;
  updateUser(user: string, patch: UserPatch): UserRecord;
  removeUser(user: string): UserRecord;
  userCount(): number;
  /** A group by id. */
  findGroup(group: string): GroupRecord | undefined;
  /** Makes a user (id or UPN) or a group (id) a direct member; dynamic groups refuse. Throws when either is unknown. */
  addGroupMember(group: string, member: string): void;
  removeGroupMember(group: string, member: string): void;
}

export interface EmulatorClockControl {
  now(): Date;
  advance(ms: number): void;
  set(time: Date | number): void;
}

export interface Emulator {
  /** `http://127.0.0.1:<port>`; Graph lives under `<url>/v1.0`. */
  readonly url: string;
  /** The base of the links the emulator writes: `https://graph.microsoft.com` unless `links: 'local'`. */
  readonly linkBaseUrl: string;
  /** What the test routes (`/_emulator/...`) want in the `X-Emulator-Secret` header. */
  readonly secret: string;
  readonly tenant: { readonly id: string; readonly domain: string };
  /** Mints an access token the emulator accepts (see README: the token recipe). */
  mintToken(options?: MintTokenOptions): string;
  /** Requests received so far (oldest dropped past `maxRecordedRequests`). */
  readonly requests: ReadonlyArray<RecordedRequest>;
  clearRequests(): void;
  readonly state: EmulatorState;
  readonly clock: EmulatorClockControl;
  /** Replaces the throttling, faults or latency settings given (fresh buckets, re-seeded draws). */
  configure(options: RuntimeOptions): void;
  /** Back to the initial tenant: users, passes, policy, clock offset, buckets, fault sequence, log. */
  reset(): void;
  close(): Promise<void>;
}
