/**
 * @entra-shell/graph-emulator: a local Microsoft Graph v1.0 subset (users, Temporary Access
 * Passes, the TAP policy, $batch) with Graph's auth, throttling and errors, for the demo tenant,
 * tests and benchmarks.
 */
export { GRAPH_PUBLIC_URL, startEmulator } from './emulator.js';
export type { Emulator, EmulatorClockControl, EmulatorState, NewUser } from './emulator-types.js';
export type { EmulatorOptions, RuntimeOptions } from './options.js';
export type { RecordedRequest } from './http/request-log.js';
export type { TapSnapshot } from './snapshots.js';
export { ManualClock, type Clock } from './core/clock.js';
export { DEFAULT_ADMIN_SCOPES, GRAPH_APP_ID, GRAPH_AUDIENCE, type MintTokenOptions } from './auth/token-authority.js';
export type { ThrottleLimit, ThrottleLimits, ThrottlingOptions } from './throttle/throttler.js';
export type { FaultKind, FaultOptions, FaultRates } from './faults/faults.js';
export type { LatencyOptions, RouteLatency } from './faults/latency.js';
export type { RouteId } from './http/router.js';
export { DEMO_POLICY, GRAPH_DEFAULT_POLICY, type PolicyTarget, type TapPolicy } from './tap/policy.js';
export type { UserRecord } from './directory/user.js';
export type { GroupRecord } from './directory/group.js';
export type { UserPatch } from './directory/directory.js';
export { DEMO_APP_ID, DEMO_GROUPS, DEMO_TENANT, JOHN_DOE_ID, ROLE } from './directory/roles.js';
