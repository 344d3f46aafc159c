/**
 * Evaluates a user query over the directory. A plain listing pages over slots directly; a
 * filtered, searched or sorted one is computed once into a compact array of slots and kept in a
 * small cache, so following nextLinks through 100,000 users costs one scan, not one per page.
 */
import type { Directory } from '../directory/directory.js';
import type { UserRecord } from '../directory/user.js';
import type { UserListQuery } from './user-list-query.js';

export interface ResultSet {
  readonly total: number;
  /** The user at a position of the result, or undefined past the end. */
  userAt(position: number): UserRecord | undefined;
}

function sortKey(user: UserRecord, query: UserListQuery): string | number {
  const property = query.orderBy?.property;
  if (property === undefined) return 0;
  if (property === 'createdDateTime') return Date.parse(user.createdDateTime);
  const value = user[property];
  return typeof value === 'string' ? value.toLowerCase() : '';
}

export class ResultSets {
  readonly #cache = new Map<string, Int32Array>();

  constructor(private readonly capacity = 16) {}

  clear(): void {
    this.#cache.clear();
  }

  resolve(directory: Directory, query: UserListQuery): ResultSet {
    const plain = query.predicates.length === 0 && query.orderBy === undefined && directory.size === directory.slotCount;
    if (plain) return { total: directory.slotCount, userAt: (position) => directory.at(position) };
    const slots = this.#slots(directory, query);
    return {
      total: slots.length,
      userAt: (position) => {
        const slot = slots[position];
        return slot === undefined ? undefined : directory.at(slot);
      },
    };
  }

  #slots(directory: Directory, query: UserListQuery): Int32Array {
    const key = `${directory.version}|${query.identity}`;
    const cached = this.#cache.get(key);
    if (cached !== undefined) {
      // Refresh recency: Map keeps insertion order, the oldest entry is evicted first.
      this.#cache.delete(key);
      this.#cache.set(key, cached);
      return cached;
    }
    const matches: number[] = [];
    const keys: (string | number)[] = [];
    for (let slot = 0; slot < directory.slotCount; slot++) {
      const user = directory.at(slot);
      if (user === undefined || !query.predicates.every((test) => test(user))) continue;
      matches.push(slot);
      if (query.orderBy) keys.push(sortKey(user, query));
    }
    let result = Int32Array.from(matches);
    if (query.orderBy) {
      const order = Array.from(matches.keys());
      const direction = query.orderBy.descending ? -1 : 1;
      order.sort((a, b) => {
        const ka = keys[a] ?? '';
        const kb = keys[b] ?? '';
        if (ka < kb) return -direction;
        if (ka > kb) return direction;
        return a - b;
      });
      result = Int32Array.from(order, (i) => matches[i] ?? 0);
    }
    this.#cache.set(key, result);
    if (this.#cache.size > this.capacity) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    return result;
  }
}
