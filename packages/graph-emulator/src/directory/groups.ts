/**
 * The tenant's groups and who is in them. A user's direct memberships are the groups on its record
 * (seeded and synthetic users carry them), the rule of a dynamic group, and changes made at
 * runtime (kept here, so a membership change does not show up as a user change in delta). Groups
 * nest; transitive lists walk the nesting once, cycle-safe. Member lists are computed with one
 * scan of the directory and cached until the directory or the groups change.
 */
import type { Directory } from './directory.js';
import type { GroupRecord } from './group.js';
import type { GroupSeed } from './seed-groups.js';
import type { UserRecord } from './user.js';

/** An item of a members or memberOf list. */
export type DirectoryObject =
  | { readonly kind: 'user'; readonly user: UserRecord }
  | { readonly kind: 'group'; readonly group: GroupRecord };

export class MembershipError extends Error {}

export class GroupDirectory {
  readonly #groups: GroupRecord[];
  readonly #byId = new Map<string, GroupRecord>();
  readonly #nested = new Map<string, string[]>();
  readonly #rules = new Map<string, (user: UserRecord) => boolean>();
  readonly #added = new Map<string, Set<string>>();
  readonly #removed = new Map<string, Set<string>>();
  readonly #cache = new Map<string, readonly DirectoryObject[]>();
  #version = 0;

  constructor(seeds: readonly GroupSeed[]) {
    this.#groups = seeds.map((seed) => seed.record);
    for (const seed of seeds) {
      const id = seed.record.id.toLowerCase();
      this.#byId.set(id, seed.record);
      this.#nested.set(
        id,
        seed.groups.map((group) => group.toLowerCase()),
      );
      if (seed.rule !== undefined) this.#rules.set(id, seed.rule);
    }
  }

  /** Increases with every membership change. */
  get version(): number {
    return this.#version;
  }

  get all(): readonly GroupRecord[] {
    return this.#groups;
  }

  find(id: string): GroupRecord | undefined {
    return this.#byId.get(id.toLowerCase());
  }

  isDynamic(groupId: string): boolean {
    return this.#rules.has(groupId.toLowerCase());
  }

  /** Whether the user is a direct member of the group. */
  hasUser(groupId: string, user: UserRecord): boolean {
    const id = groupId.toLowerCase();
    if (this.#removed.get(id)?.has(user.id)) return false;
    if (this.#added.get(id)?.has(user.id)) return true;
    if (user.groups.some((group) => group.toLowerCase() === id)) return true;
    return this.#rules.get(id)?.(user) ?? false;
  }

  /** Whether the user is a member of the group directly or through nested groups. */
  hasUserTransitively(groupId: string, user: UserRecord): boolean {
    return [groupId.toLowerCase(), ...this.#nestedClosure(groupId)].some((id) => this.hasUser(id, user));
  }

  /** The groups directly inside a group. */
  memberGroups(groupId: string): GroupRecord[] {
    return (this.#nested.get(groupId.toLowerCase()) ?? []).flatMap((id) => this.#byId.get(id) ?? []);
  }

  /** Ids of every group nested inside a group, at any depth (the group itself excluded). */
  #nestedClosure(groupId: string): string[] {
    const start = groupId.toLowerCase();
    const seen = new Set<string>();
    const queue = [...(this.#nested.get(start) ?? [])];
    while (queue.length > 0) {
      const id = queue.shift() ?? '';
      if (id === start || seen.has(id)) continue;
      seen.add(id);
      queue.push(...(this.#nested.get(id) ?? []));
    }
    return [...seen];
  }

  /** The direct members of a group: users in directory order, then nested groups. */
  members(groupId: string, directory: Directory): readonly DirectoryObject[] {
    const id = groupId.toLowerCase();
    return this.#cached(`direct|${id}|${directory.version}`, () => [
      ...this.#users([id], directory),
      ...this.memberGroups(id).map((group) => ({ kind: 'group' as const, group })),
    ]);
  }

  /** Every member at any depth, once each: users, then the nested groups themselves. */
  transitiveMembers(groupId: string, directory: Directory): readonly DirectoryObject[] {
    const id = groupId.toLowerCase();
    return this.#cached(`transitive|${id}|${directory.version}`, () => {
      const nested = this.#nestedClosure(id);
      const groups = nested.flatMap((nestedId) => this.#byId.get(nestedId) ?? []);
      return [
        ...this.#users([id, ...nested], directory),
        ...groups.map((group) => ({ kind: 'group' as const, group })),
      ];
    });
  }

  /** The groups a user or group is directly in. */
  memberOf(member: DirectoryObject): GroupRecord[] {
    if (member.kind === 'user') return this.#groups.filter((group) => this.hasUser(group.id, member.user));
    const id = member.group.id.toLowerCase();
    return this.#groups.filter((group) => (this.#nested.get(group.id.toLowerCase()) ?? []).includes(id));
  }

  /** The groups a user or group is in at any depth, once each. */
  transitiveMemberOf(member: DirectoryObject): GroupRecord[] {
    const result = new Map<string, GroupRecord>();
    const queue = this.memberOf(member);
    while (queue.length > 0) {
      const group = queue.shift();
      if (group === undefined || result.has(group.id)) continue;
      result.set(group.id, group);
      queue.push(...this.memberOf({ kind: 'group', group }));
    }
    return this.#groups.filter((group) => result.has(group.id));
  }

  #users(groupIds: readonly string[], directory: Directory): DirectoryObject[] {
    const users: DirectoryObject[] = [];
    for (let slot = 0; slot < directory.slotCount; slot++) {
      const user = directory.at(slot);
      if (user !== undefined && groupIds.some((id) => this.hasUser(id, user)))
        users.push({ kind: 'user', user });
    }
    return users;
  }

  #cached(key: string, compute: () => readonly DirectoryObject[]): readonly DirectoryObject[] {
    const full = `${key}|${this.#version}`;
    const hit = this.#cache.get(full);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.#cache.size >= 32) this.#cache.clear();
    this.#cache.set(full, value);
    return value;
  }

  /** Adds a user or a group as a direct member; dynamic groups refuse, as Graph does. */
  addMember(groupId: string, member: DirectoryObject): void {
    const id = this.#changeable(groupId);
    if (member.kind === 'group') {
      const memberId = member.group.id.toLowerCase();
      if (memberId === id || this.#nestedClosure(memberId).includes(id))
        throw new MembershipError('A group cannot be nested inside itself.');
      const nested = this.#nested.get(id) ?? [];
      if (!nested.includes(memberId)) this.#nested.set(id, [...nested, memberId]);
    } else {
      this.#removed.get(id)?.delete(member.user.id);
      if (!member.user.groups.some((group) => group.toLowerCase() === id))
        this.#setOf(this.#added, id).add(member.user.id);
    }
    this.#touch();
  }

  removeMember(groupId: string, member: DirectoryObject): void {
    const id = this.#changeable(groupId);
    if (member.kind === 'group') {
      const memberId = member.group.id.toLowerCase();
      this.#nested.set(
        id,
        (this.#nested.get(id) ?? []).filter((nestedId) => nestedId !== memberId),
      );
    } else {
      this.#added.get(id)?.delete(member.user.id);
      this.#setOf(this.#removed, id).add(member.user.id);
    }
    this.#touch();
  }

  #changeable(groupId: string): string {
    const id = groupId.toLowerCase();
    if (!this.#byId.has(id)) throw new MembershipError(`No group '${groupId}' in the tenant`);
    if (this.#rules.has(id))
      throw new MembershipError(
        `Group '${groupId}' has dynamic membership: its rule decides who is a member`,
      );
    return id;
  }

  #setOf(map: Map<string, Set<string>>, id: string): Set<string> {
    let set = map.get(id);
    if (set === undefined) map.set(id, (set = new Set()));
    return set;
  }

  #touch(): void {
    this.#version++;
    this.#cache.clear();
  }
}
