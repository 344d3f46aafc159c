/**
 * Graph's advanced query rules for directory objects: `ConsistencyLevel: eventual` plus
 * `$count=true` unlock `ne`, `not`, `endsWith`, some properties, `$filter` with `$orderby`, and
 * counting; `$search` needs the header alone. Messages are the ones Graph answers with.
 */
import { GraphHttpError } from '../http/graph-types.js';
import type { AdvancedReason } from './filter-compiler.js';

const DOCS = 'Refer to https://aka.ms/graph-docs/advanced-queries for more information';

export interface AdvancedContext {
  /** The request carries `ConsistencyLevel: eventual`. */
  readonly eventual: boolean;
  /** The request asks `$count=true`. */
  readonly countRequested: boolean;
}

export function isAdvanced(context: AdvancedContext): boolean {
  return context.eventual && context.countRequested;
}

export function consistencyEventual(headers: Readonly<Record<string, string>>): boolean {
  return (headers['consistencylevel'] ?? '').trim().toLowerCase() === 'eventual';
}

export function requireAdvancedFor(reasons: readonly AdvancedReason[], context: AdvancedContext): void {
  if (reasons.length === 0 || isAdvanced(context)) return;
  const operator = reasons.find((reason) => reason.kind === 'operator');
  if (operator !== undefined) {
    const message = context.eventual
      ? `Operator '${operator.name}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. ${DOCS}`
      : `Operator '${operator.name}' is not supported because the 'ConsistencyLevel:eventual' header is missing. ${DOCS}`;
    throw new GraphHttpError(400, 'Request_UnsupportedQuery', message);
  }
  const property = reasons[0]?.name ?? '';
  throw new GraphHttpError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`);
}

export const SEARCH_NEEDS_EVENTUAL = "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'";
export const SORTING_NOT_SUPPORTED = 'Sorting not supported for current query.';
export const COUNT_NOT_SUPPORTED = '$count is not currently supported.';
