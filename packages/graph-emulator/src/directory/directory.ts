/**
 * The tenant's users: the demo seed, the synthetic users and anything added at runtime, addressed
 * by a stable slot number. Changes (add, update, remove) are versioned so `/users/delta` can
 * answer "what changed since then".
 */
import { randomUUID } from 'node:crypto';
import { isGuid } from '../core/guid.js';
import type { SyntheticUsers } from './synthetic.js';
import type { UserRecord } from './user.js';

export interface FoundUser {
  readonly slot: number;
  readonly user: UserRecord;
}

/** What a test may set on a new or existing user. */
export type UserPatch = Partial<Omit<UserRecord, 'id'>>;

export class Directory {
  readonly #seed: readonly UserRecord[];
  readonly #synthetic: SyntheticUsers | undefined;
  readonly #added: UserRecord[] = [];
  readonly #fixedById = new Map<string, number>();
  readonly #fixedByUpn = new Map<string, number>();
  readonly #patched = new Map<string, UserRecord>();
  readonly #removed = new Set<string>();
  readonly #changes: { version: number; id: string }[] = [];
  #version = 0;

  constructor(seed: readonly UserRecord[], synthetic?: SyntheticUsers) {
    this.#seed = seed;
    this.#synthetic = synthetic;
    seed.forEach((user, slot) => this.#index(user, slot));
  }

  #index(user: UserRecord, slot: number): void {
    this.#fixedById.set(user.id.toLowerCase(), slot);
    this.#fixedByUpn.set(user.userPrincipalName.toLowerCase(), slot);
  }

  get #syntheticCount(): number {
    return this.#synthetic?.count ?? 0;
  }

  /** Number of slots, including removed users (they read as undefined). */
  get slotCount(): number {
    return this.#seed.length + this.#syntheticCount + this.#added.length;
  }

  /** Number of users that exist now. */
  get size(): number {
    return this.slotCount - this.#removed.size;
  }

  /** Increases with every change; the state a delta token refers to. */
  get version(): number {
    return this.#version;
  }

  #base(slot: number): UserRecord | undefined {
    if (slot < 0 || !Number.isInteger(slot)) return undefined;
    if (slot < this.#seed.length) return this.#seed[slot];
    const synthetic = slot - this.#seed.length;
    if (this.#synthetic && synthetic < this.#syntheticCount) return this.#synthetic.at(synthetic);
    return this.#added[synthetic - this.#syntheticCount];
  }

  /** The user in a slot as it is now, or undefined when the slot is empty or removed. */
  at(slot: number): UserRecord | undefined {
    const base = this.#base(slot);
    if (base === undefined || this.#removed.has(base.id)) return undefined;
    return this.#patched.get(base.id) ?? base;
  }

  #slotOfId(id: string): number | undefined {
    const fixed = this.#fixedById.get(id.toLowerCase());
    if (fixed !== undefined) return fixed;
    const index = this.#synthetic?.indexOfId(id);
    return index === undefined ? undefined : this.#seed.length + index;
  }

  #slotOfUpn(upn: string): number | undefined {
    const lower = upn.toLowerCase();
    for (const [id, user] of this.#patched) {
      if (user.userPrincipalName.toLowerCase() === lower) return this.#slotOfId(id);
    }
    const fixed = this.#fixedByUpn.get(lower);
    if (fixed !== undefined) return fixed;
    const index = this.#synthetic?.indexOfUpn(upn);
    return index === undefined ? undefined : this.#seed.length + index;
  }

  /** Finds a user by object id or user principal name (case-insensitive), as Graph does. */
  find(key: string): FoundUser | undefined {
    const slot = isGuid(key) ? this.#slotOfId(key) : this.#slotOfUpn(key);
    if (slot === undefined) return undefined;
    const user = this.at(slot);
    if (user === undefined) return undefined;
    // A renamed user is no longer found under the old UPN.
    if (!isGuid(key) && user.userPrincipalName.toLowerCase() !== key.toLowerCase()) return undefined;
    return { slot, user };
  }

  #touch(id: string): void {
    this.#version++;
    this.#changes.push({ version: this.#version, id });
  }

  add(user: Omit<UserRecord, 'id'> & { id?: string }): UserRecord {
    const id = (user.id ?? randomUUID()).toLowerCase();
    if (this.#slotOfId(id) !== undefined) throw new Error(`A user with id '${id}' already exists`);
    if (this.#slotOfUpn(user.userPrincipalName) !== undefined) throw new Error(`A user with userPrincipalName '${user.userPrincipalName}' already exists`);
    const record: UserRecord = { ...user, id };
    const slot = this.slotCount;
    this.#added.push(record);
    this.#index(record, slot);
    this.#touch(id);
    return record;
  }

  update(key: string, patch: UserPatch): UserRecord | undefined {
    const found = this.find(key);
    if (found === undefined) return undefined;
    if (patch.userPrincipalName !== undefined) {
      const other = this.find(patch.userPrincipalName);
      if (other !== undefined && other.user.id !== found.user.id) throw new Error(`A user with userPrincipalName '${patch.userPrincipalName}' already exists`);
    }
    const updated: UserRecord = { ...found.user, ...patch, id: found.user.id };
    this.#patched.set(found.user.id, updated);
    this.#touch(found.user.id);
    return updated;
  }

  remove(key: string): UserRecord | undefined {
    const found = this.find(key);
    if (found === undefined) return undefined;
    this.#removed.add(found.user.id);
    this.#touch(found.user.id);
    return found.user;
  }

  /** Ids changed after `version` (up to `upTo`), each once, in the order of their last change. */
  changedSince(version: number, upTo = Number.POSITIVE_INFINITY): string[] {
    const last = new Map<string, number>();
    for (const change of this.#changes) if (change.version > version && change.version <= upTo) last.set(change.id, change.version);
    return [...last.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  }

  /** The current state of a user by id, or undefined when removed or unknown. */
  current(id: string): UserRecord | undefined {
    const slot = this.#slotOfId(id);
    return slot === undefined ? undefined : this.at(slot);
  }
}
