/** `startEmulator`: wires the tenant, token service, pipeline, test routes and HTTP server. */
import { randomBytes } from 'node:crypto';
import { TokenAuthority } from './auth/token-authority.js';
import { EmulatorClock, systemClock } from './core/clock.js';
import { graphDateTime } from './core/dates.js';
import { TenantState } from './core/tenant-state.js';
import { demoGroups } from './directory/seed-groups.js';
import { demoAdminUpn, demoUsers } from './directory/seed-users.js';
import { DEMO_APP_ID, DEMO_TENANT } from './directory/roles.js';
import type { Emulator, EmulatorState, NewUser } from './emulator-types.js';
import { FaultInjector } from './faults/faults.js';
import { LatencyModel } from './faults/latency.js';
import { GraphPipeline } from './http/pipeline.js';
import { RequestLog } from './http/request-log.js';
import { EmulatorServer } from './http/server.js';
import type { EmulatorOptions, RuntimeOptions } from './options.js';
import { tapSnapshot } from './snapshots.js';
import { applyPolicyPatch, DEMO_POLICY, type TapPolicy } from './tap/policy.js';
import { TestRoutes } from './testing/test-routes.js';
import { Throttler } from './throttle/throttler.js';
import type { DirectoryObject } from './directory/groups.js';
import type { UserRecord } from './directory/user.js';

function newUserRecord(user: NewUser, nowMs: number): Omit<UserRecord, 'id'> & { id?: string } {
  const mail = user.mail === undefined ? user.userPrincipalName : user.mail;
  return {
    givenName: null, surname: null, mail, mailNickname: user.userPrincipalName.split('@')[0] ?? '', otherMails: [], jobTitle: null, department: null,
    companyName: null, employeeId: null, officeLocation: null, city: null, country: null, usageLocation: null, mobilePhone: null, businessPhones: [],
    preferredLanguage: null, accountEnabled: true, userType: 'Member', createdDateTime: graphDateTime(nowMs), roles: [], groups: [],
    ...user,
  };
}

/** Where Graph's own links point. */
export const GRAPH_PUBLIC_URL = 'https://graph.microsoft.com';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = options.seed ?? 1;
  const clock = new EmulatorClock(options.clock ?? systemClock);
  const tenant = { id: DEMO_TENANT.id, domain: DEMO_TENANT.domain };
  const initialPolicy: TapPolicy = options.policy === undefined ? DEMO_POLICY : applyPolicyPatch(DEMO_POLICY, options.policy, { requireODataType: false });
  const state = new TenantState({ tenant, users: () => demoUsers(tenant.domain), groups: () => demoGroups(tenant.domain), syntheticUsers: options.users ?? 0, seed, policy: initialPolicy });
  const tokens = new TokenAuthority({ tenantId: tenant.id, defaultAppId: DEMO_APP_ID, defaultUser: demoAdminUpn(tenant.domain), clock, directory: () => state.directory });
  const log = new RequestLog(options.maxRecordedRequests ?? 10_000);

  let runtime: RuntimeOptions = { throttling: options.throttling ?? {}, faults: options.faults ?? {}, latency: options.latency ?? {} };
  let throttler = new Throttler(runtime.throttling ?? {}, () => state.directory.size);
  let faults = new FaultInjector(runtime.faults ?? {}, seed);
  let latency = new LatencyModel(runtime.latency ?? {}, seed);
  const configure = (next: RuntimeOptions): void => {
    // Build everything first so an invalid setting changes nothing.
    const nextThrottler = next.throttling === undefined ? throttler : new Throttler(next.throttling, () => state.directory.size);
    const nextFaults = next.faults === undefined ? faults : new FaultInjector(next.faults, seed);
    const nextLatency = next.latency === undefined ? latency : new LatencyModel(next.latency, seed);
    [throttler, faults, latency] = [nextThrottler, nextFaults, nextLatency];
    runtime = { ...runtime, ...next };
  };

  if (options.secret !== undefined && options.secret.length < 16) throw new Error('The test-route secret needs at least 16 characters');
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  let url = '';
  const linkBase = (): string => (options.links === 'local' ? url : GRAPH_PUBLIC_URL);
  const pipeline = new GraphPipeline({
    state,
    tokens,
    clock,
    baseUrl: linkBase,
    throttler: () => throttler,
    faults: () => faults,
    latency: () => latency,
    recordBatchItem: (request) => log.record(request, new Date(clock.now()).toISOString()),
  });

  const found = (user: string): UserRecord => {
    const record = state.directory.find(user)?.user;
    if (record === undefined) throw new Error(`No user '${user}' in the tenant`);
    return record;
  };
  const memberObject = (member: string): DirectoryObject => {
    const group = state.groups.find(member);
    if (group !== undefined) return { kind: 'group', group };
    return { kind: 'user', user: found(member) };
  };
  const stateAccess: EmulatorState = {
    currentTap: (user) => {
      const record = state.directory.find(user)?.user;
      const tap = record === undefined ? undefined : state.taps.current(record.id);
      return record === undefined || tap === undefined ? undefined : tapSnapshot(tap, record, state.policy, (group) => state.groups.hasUserTransitively(group, record), clock.now());
    },
    issuedCount: (user) => {
      const record = state.directory.find(user)?.user;
      return record === undefined ? 0 : state.taps.issuedCount(record.id);
    },
    issuedCounts: () => new Map(state.taps.issuedCounts()),
    totalIssued: () => state.taps.totalIssued,
    markTapUsed: (user) => {
      const record = found(user);
      const tap = state.taps.markUsed(record.id, clock.now());
      return tap === undefined ? undefined : tapSnapshot(tap, record, state.policy, (group) => state.groups.hasUserTransitively(group, record), clock.now());
    },
    policy: () => state.policy,
    setPolicy: (patch) => (state.policy = applyPolicyPatch(state.policy, patch, { requireODataType: false })),
    findUser: (user) => state.directory.find(user)?.user,
    addUser: (user) => {
      if (typeof user.userPrincipalName !== 'string' || !user.userPrincipalName.includes('@')) throw new Error('A new user needs a userPrincipalName like name@domain');
      if (typeof user.displayName !== 'string' || user.displayName === '') throw new Error('A new user needs a displayName');
      return state.directory.add(newUserRecord(user, clock.now()));
    },
    updateUser: (user, patch) => {
      const updated = state.directory.update(user, patch);
      if (updated === undefined) throw new Error(`No user '${user}' in the tenant`);
      return updated;
    },
    removeUser: (user) => {
      const removed = state.directory.remove(user);
      if (removed === undefined) throw new Error(`No user '${user}' in the tenant`);
      return removed;
    },
    userCount: () => state.directory.size,
    findGroup: (group) => state.groups.find(group),
    addGroupMember: (group, member) => state.groups.addMember(group, memberObject(member)),
    removeGroupMember: (group, member) => state.groups.removeMember(group, memberObject(member)),
  };

  const emulator: Emulator = {
    get url() {
      return url;
    },
    get linkBaseUrl() {
      return linkBase();
    },
    secret,
    tenant,
    mintToken: (mintOptions) => tokens.mint(mintOptions),
    get requests() {
      return log.entries;
    },
    clearRequests: () => log.clear(),
    state: stateAccess,
    clock: { now: () => new Date(clock.now()), advance: (ms) => clock.advance(ms), set: (time) => clock.set(time) },
    configure,
    reset: () => {
      state.reset();
      clock.resetOffset();
      log.clear();
      configure(runtime);
    },
    close: () => server.close(),
  };

  const testRoutes = new TestRoutes(emulator, () => Number(new URL(url).port));
  const server = new EmulatorServer({
    testRoute: (method, rawPath, headers, body) => testRoutes.handle(method, rawPath, headers, body),
    graph: (request) => pipeline.dispatch(request),
    record: (request, rawBody) => log.record(request, new Date(clock.now()).toISOString(), rawBody),
  });
  const port = await server.listen(options.port ?? 0);
  url = `http://127.0.0.1:${port}`;
  return emulator;
}
