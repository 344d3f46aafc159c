/**
 * The records a collection query selects, in order. The plain case (no filter, no order) reads
 * slots directly; a filtered or sorted one is computed once into a compact array of slots and kept
 * in a small cache, so following nextLinks through 100,000 users costs one scan, not one per page.
 */
import type { EntitySchema } from './entity-schema.js';
import type { CollectionQuery } from './collection-query.js';

/** Records addressed by slot; a slot may be empty (a removed user). */
export interface SlotSource<R> {
  /** Changes whenever any record changes: part of the cache key. */
  readonly version: string;
  readonly slotCount: number;
  /** Whether every slot holds a record (then the plain case needs no scan). */
  readonly dense: boolean;
  at(slot: number): R | undefined;
}

export interface ResultSet<R> {
  readonly total: number;
  /** The record at a position of the result, or undefined past the end. */
  at(position: number): R | undefined;
}

/** A source over a plain array, for the small collections (groups, members). */
export function arraySource<R>(items: readonly R[], version: string): SlotSource<R> {
  return { version, slotCount: items.length, dense: true, at: (slot) => items[slot] };
}

function sortKey<R>(record: R, property: string, schema: EntitySchema<R>): string | number {
  const value = schema.value(record, property);
  if (property === 'createdDateTime') return Date.parse(String(value));
  return typeof value === 'string' ? value.toLowerCase() : '';
}

export class ResultSets {
  readonly #cache = new Map<string, Int32Array>();

  constructor(private readonly capacity = 16) {}

  clear(): void {
    this.#cache.clear();
  }

  resolve<R>(source: SlotSource<R>, query: CollectionQuery<R>, schema: EntitySchema<R>): ResultSet<R> {
    if (query.predicates.length === 0 && query.orderBy === undefined && source.dense)
      return { total: source.slotCount, at: (position) => source.at(position) };
    const slots = this.#slots(source, query, schema);
    return {
      total: slots.length,
      at: (position) => {
        const slot = slots[position];
        return slot === undefined ? undefined : source.at(slot);
      },
    };
  }

  #slots<R>(source: SlotSource<R>, query: CollectionQuery<R>, schema: EntitySchema<R>): Int32Array {
    const key = `${schema.typeName}|${source.version}|${query.identity}`;
    const cached = this.#cache.get(key);
    if (cached !== undefined) {
      // Refresh recency: Map keeps insertion order, the oldest entry is evicted first.
      this.#cache.delete(key);
      this.#cache.set(key, cached);
      return cached;
    }
    const matches: number[] = [];
    const keys: (string | number)[] = [];
    const orderBy = query.orderBy;
    for (let slot = 0; slot < source.slotCount; slot++) {
      const record = source.at(slot);
      if (record === undefined || !query.predicates.every((test) => test(record))) continue;
      matches.push(slot);
      if (orderBy) keys.push(sortKey(record, orderBy.property, schema));
    }
    let result = Int32Array.from(matches);
    if (orderBy) {
      const order = Array.from(matches.keys());
      const direction = orderBy.descending ? -1 : 1;
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
