/**
 * Graph's advanced query rules for directory objects: `ConsistencyLevel: eventual` plus
 * `$count=true` unlock `ne`, `not`, `endsWith`, some properties, long values, more than 15 `or`
 * clauses, `$filter` with `$orderby`, and counting; `$search` needs the header alone. The header
 * may also come as a query parameter (`?ConsistencyLevel=eventual`), as Graph accepts it.
 * Messages are the ones Graph answers with.
 */
import { GraphHttpError } from '../http/graph-types.js';
import { DEFAULT_MAX_OR_CLAUSES, type AdvancedReason } from './filter-compiler.js';

const DOCS = 'Refer to https://aka.ms/graph-docs/advanced-queries for more information';

export interface AdvancedContext {
  /** The request carries `ConsistencyLevel: eventual` (header or query parameter). */
  readonly eventual: boolean;
  /** The request asks `$count=true`. */
  readonly countRequested: boolean;
}

export function isAdvanced(context: AdvancedContext): boolean {
  return context.eventual && context.countRequested;
}

/** `ConsistencyLevel: eventual`, as a header or as a query parameter (names case-insensitive). */
export function consistencyEventual(
  headers: Readonly<Record<string, string>>,
  query?: URLSearchParams,
): boolean {
  if ((headers['consistencylevel'] ?? '').trim().toLowerCase() === 'eventual') return true;
  for (const [name, value] of query ?? []) {
    if (name.toLowerCase() === 'consistencylevel' && value.trim().toLowerCase() === 'eventual') return true;
  }
  return false;
}

export function requireAdvancedFor(
  reasons: readonly AdvancedReason[],
  context: AdvancedContext,
  resource: string,
): void {
  if (reasons.length === 0 || isAdvanced(context)) return;
  const operator = reasons.find((reason) => reason.kind === 'operator');
  if (operator !== undefined) {
    const message = context.eventual
      ? `Operator '${operator.name}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. ${DOCS}`
      : `Operator '${operator.name}' is not supported because the 'ConsistencyLevel:eventual' header is missing. ${DOCS}`;
    throw new GraphHttpError(400, 'Request_UnsupportedQuery', message);
  }
  const clauses = reasons.find((reason) => reason.kind === 'clauses');
  if (clauses !== undefined) {
    throw new GraphHttpError(
      400,
      'Request_UnsupportedQuery',
      `Too many child clauses specified in search filter expression containing 'OR' operators: ${clauses.count}. Max allowed: ${DEFAULT_MAX_OR_CLAUSES}.`,
    );
  }
  const property = reasons.find((reason) => reason.kind === 'property')?.name ?? '';
  throw new GraphHttpError(
    400,
    'Request_UnsupportedQuery',
    `Unsupported or invalid query filter clause specified for property '${property}' of resource '${resource}'.`,
  );
}

export const SEARCH_NEEDS_EVENTUAL =
  "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'";
export const SORTING_NOT_SUPPORTED = 'Sorting not supported for current query.';
export const COUNT_NOT_SUPPORTED = '$count is not currently supported.';
