/** Everything the tenant holds: users, groups, passes, the TAP policy, and cached query results. */
import { Directory } from '../directory/directory.js';
import { GroupDirectory } from '../directory/groups.js';
import type { GroupSeed } from '../directory/seed-groups.js';
import { SyntheticUsers } from '../directory/synthetic.js';
import type { UserRecord } from '../directory/user.js';
import { ResultSets } from '../query/result-sets.js';
import type { TapPolicy } from '../tap/policy.js';
import { TapStore } from '../tap/tap-store.js';

export interface TenantInfo {
  readonly id: string;
  readonly domain: string;
}

export interface TenantSeed {
  readonly tenant: TenantInfo;
  readonly users: () => UserRecord[];
  readonly groups: () => GroupSeed[];
  readonly syntheticUsers: number;
  readonly seed: number;
  readonly policy: TapPolicy;
}

export class TenantState {
  directory!: Directory;
  groups!: GroupDirectory;
  taps!: TapStore;
  policy!: TapPolicy;
  readonly resultSets = new ResultSets();

  constructor(private readonly seed: TenantSeed) {
    this.reset();
  }

  get tenant(): TenantInfo {
    return this.seed.tenant;
  }

  /** Back to the initial tenant: seeded users and groups, no passes, the configured policy. */
  reset(): void {
    const synthetic = this.seed.syntheticUsers > 0 ? new SyntheticUsers(this.seed.syntheticUsers, this.seed.seed, this.seed.tenant.domain) : undefined;
    this.directory = new Directory(this.seed.users(), synthetic);
    this.groups = new GroupDirectory(this.seed.groups());
    this.taps = new TapStore();
    this.policy = this.seed.policy;
    this.resultSets.clear();
  }
}
