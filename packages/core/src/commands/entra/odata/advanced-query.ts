/**
 * Detection of Graph "advanced queries" on directory objects. Graph only runs them with the
 * header `ConsistencyLevel: eventual` plus `$count=true`; PnP never sent either, so its
 * `endsWith`, `ne` and filter-plus-orderby queries failed with Request_UnsupportedQuery. A default
 * query also allows at most 15 `or` clauses or `in` values and string values of at most 120
 * characters (https://learn.microsoft.com/graph/aad-advanced-queries); past those, advanced.
 */
import { MAX_DEFAULT_OR_CLAUSES, MAX_DEFAULT_VALUE_LENGTH } from './limits.js';

export interface ListQueryShape {
  readonly filter?: string;
  readonly orderBy?: string;
  readonly search?: string;
  readonly count?: boolean;
}

/** The filter with its string literals blanked, so `'not me'` or `'x ne y'` inside quotes do not count. */
function stripStringLiterals(filter: string): string {
  return filter.replace(/'(?:[^']|'')*'/g, "''");
}

/** Operators and functions Graph only evaluates in advanced-query mode. */
const ADVANCED_FILTER_PATTERNS: readonly RegExp[] = [
  /\bendswith\s*\(/i,
  /\sne\s/i,
  /(^|[\s(])not[\s(]/i,
  // Counting a collection inside a filter, e.g. `assignedLicenses/$count eq 0`.
  /\/\$count\b/i,
];

/** String literals longer than the default index keeps. */
function hasLongLiteral(filter: string): boolean {
  for (const match of filter.matchAll(/'((?:[^']|'')*)'/g)) {
    if ((match[1] ?? '').replace(/''/g, "'").length > MAX_DEFAULT_VALUE_LENGTH) return true;
  }
  return false;
}

/** More `or` clauses, or more values in one `in (...)`, than a default query allows. */
function hasManyClauses(code: string): boolean {
  const ors = (code.match(/\sor\s/gi) ?? []).length;
  const inValues = [...code.matchAll(/\sin\s*\(([^)]*)\)/gi)].map((match) => (match[1] ?? '').split(',').length);
  return ors + 1 + inValues.reduce((sum, count) => sum + count - 1, 0) > MAX_DEFAULT_OR_CLAUSES;
}

export function isAdvancedQuery(query: ListQueryShape): boolean {
  if (query.search !== undefined && query.search !== '') return true;
  if (query.count === true) return true;
  const filter = query.filter?.trim() ?? '';
  const orderBy = query.orderBy?.trim() ?? '';
  if (filter !== '' && orderBy !== '') return true;
  if (filter === '') return false;
  const code = stripStringLiterals(filter);
  return ADVANCED_FILTER_PATTERNS.some((p) => p.test(code)) || hasManyClauses(code) || hasLongLiteral(filter);
}
