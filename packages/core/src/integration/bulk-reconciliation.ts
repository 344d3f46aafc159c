/**
 * Reconciling a bulk Temporary Access Pass run against what the service holds afterwards: the
 * accounting behind "nothing lost, nothing duplicated, no stale pass" in the fault soak and the
 * bulk benchmark. Pure: it takes the run's records and a snapshot of the service's passes (the
 * Graph emulator's test view, which includes the current secret) and returns figures.
 *
 * Passes may be given as the secrets themselves or as fingerprints of them (the benchmarks hash
 * them so the secrets never leave the process that received them); both sides must match.
 */

export interface BulkInputUser {
  readonly id: string;
  readonly userPrincipalName: string;
}

/** A TemporaryAccessPass record the run produced. */
export interface ReportedPass {
  readonly userPrincipalName?: string | null;
  readonly userId?: string | null;
  readonly pass: string | null;
}

/** An error record the run produced. */
export interface ReportedError {
  /** The record's target object: how the user was given (UPN or id). */
  readonly target: string;
  readonly errorId: string;
  readonly message: string;
}

/** The service's view of one user after the run. */
export interface ServicePass {
  readonly userId: string;
  /** Passes created for the user over the run (replaced ones included). */
  readonly issued: number;
  /** The pass the user holds now, or undefined. */
  readonly currentPass: string | undefined;
}

export interface BulkReconciliationInput {
  readonly input: readonly BulkInputUser[];
  readonly passes: readonly ReportedPass[];
  readonly errors: readonly ReportedError[];
  /** Every user the service issued a pass to (others count as never issued). */
  readonly service: readonly ServicePass[];
}

export interface BulkReconciliation {
  readonly inputUsers: number;
  readonly passRecords: number;
  readonly errorRecords: number;
  /** Input users with no record at all. */
  readonly lost: readonly string[];
  /** Input users with more than one record (passes and errors together). */
  readonly duplicated: readonly string[];
  /** Records that name no input user. */
  readonly unknownRecords: readonly string[];
  /** Users whose reported pass is not the one the service holds now (a retry replaced it). */
  readonly stalePasses: readonly string[];
  /** Error records that do not name their user, or carry no error id (cause). */
  readonly errorsWithoutCause: readonly string[];
  /** Users reported as an error who nevertheless hold a pass the service issued during the run. */
  readonly unseenPasses: readonly string[];
  /** Users outside the input who were issued passes. */
  readonly unexpectedIssues: readonly string[];
  /** Passes the service created for input users, and how many of them a later attempt replaced. */
  readonly passesIssued: number;
  readonly passesSuperseded: number;
  readonly errorsByCause: Readonly<Record<string, number>>;
  /** True when every input user has exactly one record, every pass is current and nothing is unaccounted for. */
  readonly ok: boolean;
}

interface UserTally {
  readonly user: BulkInputUser;
  passes: ReportedPass[];
  errors: ReportedError[];
}

export function reconcileBulkIssuance(run: BulkReconciliationInput): BulkReconciliation {
  const tallies = new Map<string, UserTally>();
  const byKey = new Map<string, UserTally>();
  for (const user of run.input) {
    const tally: UserTally = { user, passes: [], errors: [] };
    tallies.set(user.id.toLowerCase(), tally);
    byKey.set(user.id.toLowerCase(), tally);
    byKey.set(user.userPrincipalName.toLowerCase(), tally);
  }
  const find = (...keys: (string | null | undefined)[]): UserTally | undefined => {
    for (const key of keys) {
      const tally = key ? byKey.get(key.toLowerCase()) : undefined;
      if (tally !== undefined) return tally;
    }
    return undefined;
  };

  const unknownRecords: string[] = [];
  for (const pass of run.passes) {
    const tally = find(pass.userId, pass.userPrincipalName);
    if (tally === undefined) unknownRecords.push(pass.userPrincipalName ?? pass.userId ?? '(no user)');
    else tally.passes.push(pass);
  }
  const errorsWithoutCause: string[] = [];
  const errorsByCause: Record<string, number> = {};
  for (const error of run.errors) {
    errorsByCause[error.errorId] = (errorsByCause[error.errorId] ?? 0) + 1;
    const tally = find(error.target);
    if (tally === undefined) {
      unknownRecords.push(error.target);
      continue;
    }
    tally.errors.push(error);
    if (error.errorId === '' || error.errorId === 'NotSpecified' || !error.message.includes(error.target)) errorsWithoutCause.push(error.target);
  }

  const service = new Map(run.service.map((s) => [s.userId.toLowerCase(), s]));
  const lost: string[] = [];
  const duplicated: string[] = [];
  const stalePasses: string[] = [];
  const unseenPasses: string[] = [];
  let passesIssued = 0;
  let passesSuperseded = 0;
  for (const [id, tally] of tallies) {
    const name = tally.user.userPrincipalName;
    const held = service.get(id);
    const records = tally.passes.length + tally.errors.length;
    passesIssued += held?.issued ?? 0;
    if (records === 0) lost.push(name);
    if (records > 1) duplicated.push(name);
    const [reported] = tally.passes;
    if (reported !== undefined) {
      passesSuperseded += Math.max(0, (held?.issued ?? 0) - 1);
      if (held?.currentPass === undefined || reported.pass !== held.currentPass) stalePasses.push(name);
    } else if (tally.errors.length > 0 && (held?.issued ?? 0) > 0) {
      unseenPasses.push(name);
    }
  }
  const unexpectedIssues = run.service.filter((s) => s.issued > 0 && !tallies.has(s.userId.toLowerCase())).map((s) => s.userId);

  const ok = [lost, duplicated, unknownRecords, stalePasses, errorsWithoutCause, unseenPasses, unexpectedIssues].every((list) => list.length === 0);
  return {
    inputUsers: run.input.length,
    passRecords: run.passes.length,
    errorRecords: run.errors.length,
    lost,
    duplicated,
    unknownRecords,
    stalePasses,
    errorsWithoutCause,
    unseenPasses,
    unexpectedIssues,
    passesIssued,
    passesSuperseded,
    errorsByCause,
    ok,
  };
}

/** The reconciliation as `label: figure` lines, for benchmark and test output. */
export function reconciliationLines(r: BulkReconciliation): string[] {
  const causes = Object.entries(r.errorsByCause)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cause, count]) => `${cause} ${count}`)
    .join(', ');
  const sample = (list: readonly string[]): string => (list.length === 0 ? '0' : `${list.length} (${list.slice(0, 3).join(', ')}${list.length > 3 ? ', ...' : ''})`);
  return [
    `input users                      ${r.inputUsers}`,
    `pass records                     ${r.passRecords}`,
    `error records                    ${r.errorRecords}${causes === '' ? '' : ` (${causes})`}`,
    `lost (no record)                 ${sample(r.lost)}`,
    `duplicated (> 1 record)          ${sample(r.duplicated)}`,
    `records for unknown users        ${sample(r.unknownRecords)}`,
    `stale passes (not current)       ${sample(r.stalePasses)}`,
    `errors not naming user + cause   ${sample(r.errorsWithoutCause)}`,
    `errors hiding an issued pass     ${sample(r.unseenPasses)}`,
    `passes issued to other users     ${sample(r.unexpectedIssues)}`,
    `passes issued / superseded       ${r.passesIssued} / ${r.passesSuperseded}`,
    `reconciled                       ${r.ok ? 'yes' : 'NO'}`,
  ];
}
