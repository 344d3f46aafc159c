/**
 * Detection of Graph "advanced queries" on directory objects. Graph only runs them with the
 * header `ConsistencyLevel: eventual` plus `$count=true`; PnP never sent either, so its
 * `endsWith`, `ne` and filter-plus-orderby queries failed with Request_UnsupportedQuery.
 */

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

export function isAdvancedQuery(query: ListQueryShape): boolean {
  if (query.search !== undefined && query.search !== '') return true;
  if (query.count === true) return true;
  const filter = query.filter?.trim() ?? '';
  const orderBy = query.orderBy?.trim() ?? '';
  if (filter !== '' && orderBy !== '') return true;
  if (filter === '') return false;
  const code = stripStringLiterals(filter);
  return ADVANCED_FILTER_PATTERNS.some((p) => p.test(code));
}
