/**
 * What a default (non-advanced) Graph query on directory objects allows, and the helpers the
 * shell's own queries go through so they stay within it: an `in` list or an `or` chain of at most
 * 15 values (https://learn.microsoft.com/graph/filter-query-parameter), string values of at most
 * 120 characters (https://learn.microsoft.com/graph/aad-advanced-queries).
 */
import { odataString } from './literal.js';

export const MAX_DEFAULT_OR_CLAUSES = 15;
export const MAX_DEFAULT_VALUE_LENGTH = 120;

/**
 * `property in ('a','b',...)` filters covering every value once (case-insensitive duplicates
 * dropped), each with at most 15 values, so each is a default query.
 */
export function odataInChunks(
  property: string,
  values: Iterable<string>,
  size = MAX_DEFAULT_OR_CLAUSES,
): string[] {
  if (!Number.isInteger(size) || size < 1 || size > MAX_DEFAULT_OR_CLAUSES) {
    throw new RangeError(`An in-list chunk holds 1 to ${MAX_DEFAULT_OR_CLAUSES} values; got ${size}.`);
  }
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const value of values) {
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(value);
  }
  const filters: string[] = [];
  for (let start = 0; start < unique.length; start += size) {
    filters.push(
      `${property} in (${unique
        .slice(start, start + size)
        .map(odataString)
        .join(',')})`,
    );
  }
  return filters;
}

/** `a or b or c`, refused past 15 clauses: chunk the work instead (`odataInChunks`). */
export function odataAnyOf(clauses: readonly string[]): string {
  if (clauses.length === 0) throw new RangeError('An or-chain needs at least one clause.');
  if (clauses.length > MAX_DEFAULT_OR_CLAUSES) {
    throw new RangeError(
      `Graph allows at most ${MAX_DEFAULT_OR_CLAUSES} or-clauses in a default query; got ${clauses.length}. Split the query.`,
    );
  }
  return clauses.length === 1 ? (clauses[0] ?? '') : clauses.map((clause) => `(${clause})`).join(' or ');
}

/** Whether a value can be matched by a default query (`eq`, `in`, `startsWith`); longer ones need an advanced query. */
export function fitsDefaultQuery(value: string): boolean {
  return value.length <= MAX_DEFAULT_VALUE_LENGTH;
}
