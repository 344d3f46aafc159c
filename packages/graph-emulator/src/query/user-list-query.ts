/**
 * Reads the OData options of `GET /users` and `/users/$count` into a validated query, applying
 * Graph's rules and errors: page size, unknown properties, advanced-query requirements, paging
 * tokens that belong to the query.
 */
import { canonicalUserProperty, USER_ORDERBY_SUPPORT, type UserProperty } from '../directory/user.js';
import { GraphHttpError, type GraphRequest } from '../http/graph-types.js';
import { COUNT_NOT_SUPPORTED, consistencyEventual, requireAdvancedFor, SEARCH_NEEDS_EVENTUAL, SORTING_NOT_SUPPORTED, isAdvanced, type AdvancedContext } from './advanced-query.js';
import { QuerySyntaxError } from './filter-ast.js';
import { compileFilter, FilterRejection, type UserPredicate } from './filter-compiler.js';
import { parseFilter } from './filter-parser.js';
import { parseSearch, SearchRejection } from './search.js';
import { decodePageToken, queryIdentity } from './skiptoken.js';

export interface OrderBy {
  readonly property: UserProperty;
  readonly descending: boolean;
}

export interface UserListQuery {
  readonly predicates: readonly UserPredicate[];
  readonly orderBy?: OrderBy;
  readonly select?: readonly UserProperty[];
  readonly top: number;
  /** Answer with `@odata.count` (advanced query with $count=true). */
  readonly includeCount: boolean;
  readonly position: number;
  /** Identity of the result set: same filter, search and order give the same identity. */
  readonly identity: string;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 999;

const KNOWN_OPTIONS = new Set(['$filter', '$search', '$orderby', '$select', '$top', '$count', '$skiptoken', '$expand', '$skip', '$format']);

/** System query options by lower-case name (Graph accepts `$orderBy` as well as `$orderby`). */
export function queryOptions(query: URLSearchParams): Map<string, string> {
  const options = new Map<string, string>();
  for (const [name, value] of query) {
    if (!name.startsWith('$')) continue;
    const lower = name.toLowerCase();
    if (!KNOWN_OPTIONS.has(lower)) throw new GraphHttpError(400, 'BadRequest', `Query option '${name}' is not supported.`);
    options.set(lower, value);
  }
  if (options.has('$skip')) throw new GraphHttpError(400, 'Request_BadRequest', "'$skip' is not supported by the service.");
  if (options.has('$expand')) throw new GraphHttpError(400, 'Request_UnsupportedQuery', 'The emulator does not model $expand on users.');
  return options;
}

export function parseSelect(text: string | undefined): UserProperty[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const properties: UserProperty[] = [];
  for (const name of text.split(',')) {
    const property = canonicalUserProperty(name);
    if (property === undefined) throw new GraphHttpError(400, 'BadRequest', `Could not find a property named '${name.trim()}' on type 'microsoft.graph.user'.`);
    if (!properties.includes(property)) properties.push(property);
  }
  return properties;
}

function parseTop(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PAGE_SIZE;
  const top = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) {
    throw new GraphHttpError(400, 'Request_UnsupportedQuery', `Invalid page size specified: '${text}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`);
  }
  return top;
}

function parseOrderBy(text: string | undefined, context: AdvancedContext, hasFilter: boolean): OrderBy | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const clauses = text.split(',');
  if (clauses.length > 1) throw new GraphHttpError(400, 'Request_UnsupportedQuery', SORTING_NOT_SUPPORTED);
  const [name = '', direction = 'asc', ...extra] = (clauses[0] ?? '').trim().split(/\s+/);
  if (extra.length > 0 || !/^(asc|desc)$/i.test(direction)) throw new GraphHttpError(400, 'BadRequest', `Invalid $orderby clause '${text}'.`);
  const property = canonicalUserProperty(name);
  if (property === undefined) throw new GraphHttpError(400, 'BadRequest', `Could not find a property named '${name}' on type 'microsoft.graph.user'.`);
  const support = USER_ORDERBY_SUPPORT[property];
  const needsAdvanced = support === 'advanced' || hasFilter;
  if (support === undefined || (needsAdvanced && !isAdvanced(context))) throw new GraphHttpError(400, 'Request_UnsupportedQuery', SORTING_NOT_SUPPORTED);
  return { property, descending: direction.toLowerCase() === 'desc' };
}

function compileFilterOption(text: string, context: AdvancedContext): UserPredicate {
  let compiled;
  try {
    compiled = compileFilter(parseFilter(text));
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw new GraphHttpError(400, 'BadRequest', `Invalid filter clause: ${error.message}.`);
    if (error instanceof FilterRejection) throw new GraphHttpError(400, error.code, error.message);
    throw error;
  }
  requireAdvancedFor(compiled.advanced, context);
  return compiled.predicate;
}

function compileSearchOption(text: string, context: AdvancedContext): UserPredicate {
  if (!context.eventual) throw new GraphHttpError(400, 'Request_UnsupportedQuery', SEARCH_NEEDS_EVENTUAL);
  try {
    return parseSearch(text);
  } catch (error) {
    if (error instanceof SearchRejection) throw new GraphHttpError(400, error.code, error.message);
    throw error;
  }
}

/** `GET /users`: every option. */
export function parseUserListQuery(request: GraphRequest): UserListQuery {
  const options = queryOptions(request.query);
  const countText = options.get('$count');
  if (countText !== undefined && !/^(true|false)$/i.test(countText)) throw new GraphHttpError(400, 'BadRequest', `Invalid value '${countText}' for $count: use true or false.`);
  const context: AdvancedContext = { eventual: consistencyEventual(request.headers), countRequested: countText?.toLowerCase() === 'true' };
  const filterText = options.get('$filter');
  const searchText = options.get('$search');
  const predicates: UserPredicate[] = [];
  if (filterText !== undefined && filterText.trim() !== '') predicates.push(compileFilterOption(filterText, context));
  if (searchText !== undefined && searchText.trim() !== '') predicates.push(compileSearchOption(searchText, context));
  const orderBy = parseOrderBy(options.get('$orderby'), context, filterText !== undefined && filterText.trim() !== '');
  const select = parseSelect(options.get('$select'));
  const top = parseTop(options.get('$top'));
  const identity = queryIdentity([filterText, searchText, orderBy ? `${orderBy.property} ${orderBy.descending ? 'desc' : 'asc'}` : undefined]);
  let position = 0;
  const skiptoken = options.get('$skiptoken');
  if (skiptoken !== undefined) {
    const token = decodePageToken(skiptoken);
    if (token === undefined || token.query !== identity) throw new GraphHttpError(400, 'Request_BadRequest', 'The $skiptoken is invalid or does not belong to this query.');
    position = token.position;
  }
  return {
    predicates,
    ...(orderBy ? { orderBy } : {}),
    ...(select ? { select } : {}),
    top,
    includeCount: isAdvanced(context),
    position,
    identity,
  };
}

/** `GET /users/$count`: needs `ConsistencyLevel: eventual`; the segment itself counts as `$count`. */
export function parseUserCountQuery(request: GraphRequest): UserListQuery {
  const options = queryOptions(request.query);
  const eventual = consistencyEventual(request.headers);
  if (!eventual) throw new GraphHttpError(400, 'Request_BadRequest', COUNT_NOT_SUPPORTED);
  const context: AdvancedContext = { eventual, countRequested: true };
  const predicates: UserPredicate[] = [];
  const filterText = options.get('$filter');
  const searchText = options.get('$search');
  if (filterText !== undefined && filterText.trim() !== '') predicates.push(compileFilterOption(filterText, context));
  if (searchText !== undefined && searchText.trim() !== '') predicates.push(compileSearchOption(searchText, context));
  return { predicates, top: MAX_PAGE_SIZE, includeCount: true, position: 0, identity: queryIdentity([filterText, searchText, undefined]) };
}
