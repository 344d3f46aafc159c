/**
 * Reads the OData options of a directory collection (`GET /users`, `/groups`,
 * `/groups/{id}/members`...) and its `$count` segment into a validated query, applying Graph's
 * rules and errors: page size, unknown properties, properties a list cannot return, advanced-query
 * requirements, paging tokens that belong to the query.
 */
import { GraphHttpError, type GraphRequest } from '../http/graph-types.js';
import {
  COUNT_NOT_SUPPORTED,
  consistencyEventual,
  isAdvanced,
  requireAdvancedFor,
  SEARCH_NEEDS_EVENTUAL,
  SORTING_NOT_SUPPORTED,
  type AdvancedContext,
} from './advanced-query.js';
import type { EntitySchema } from './entity-schema.js';
import { QuerySyntaxError } from './filter-ast.js';
import { compileFilter, FilterRejection, type Predicate } from './filter-compiler.js';
import { parseFilter } from './filter-parser.js';
import { parseSearch, SearchRejection } from './search.js';
import { decodePageToken, queryIdentity } from './skiptoken.js';

export interface OrderBy {
  readonly property: string;
  readonly descending: boolean;
}

export interface CollectionQuery<R> {
  readonly predicates: readonly Predicate<R>[];
  readonly orderBy?: OrderBy;
  readonly select?: readonly string[];
  readonly top: number;
  /** Answer with `@odata.count` (advanced query with $count=true); only the first page carries it. */
  readonly includeCount: boolean;
  readonly position: number;
  /** Identity of the result set: same filter, search and order give the same identity. */
  readonly identity: string;
}

export interface CollectionRules {
  /** Relationship lists (members, memberOf): `$filter`, `$search`, `$orderby` need advanced queries. */
  readonly relationship?: boolean;
  /** The URL has a type-cast segment (`/members/microsoft.graph.user`): an advanced query too. */
  readonly cast?: boolean;
  /** Properties a list cannot return (501 when selected). */
  readonly singleOnly?: ReadonlySet<string>;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 999;

const KNOWN_OPTIONS = new Set([
  '$filter',
  '$search',
  '$orderby',
  '$select',
  '$top',
  '$count',
  '$skiptoken',
  '$expand',
  '$skip',
  '$format',
]);

/** System query options by lower-case name (Graph accepts `$orderBy` as well as `$orderby`). */
export function queryOptions(query: URLSearchParams): Map<string, string> {
  const options = new Map<string, string>();
  for (const [name, value] of query) {
    if (!name.startsWith('$')) continue;
    const lower = name.toLowerCase();
    if (!KNOWN_OPTIONS.has(lower))
      throw new GraphHttpError(400, 'BadRequest', `Query option '${name}' is not supported.`);
    options.set(lower, value);
  }
  if (options.has('$skip'))
    throw new GraphHttpError(400, 'Request_BadRequest', "'$skip' is not supported by the service.");
  if (options.has('$expand'))
    throw new GraphHttpError(400, 'Request_UnsupportedQuery', 'The emulator does not model $expand.');
  return options;
}

/** Graph's answer to selecting, on a list, a property it only returns for a single object. */
export function notImplemented(): GraphHttpError {
  return new GraphHttpError(501, 'NotImplemented', 'This operation target is not yet supported.');
}

export function parseSelect<R>(
  text: string | undefined,
  schema: EntitySchema<R>,
  singleOnly?: ReadonlySet<string>,
): string[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const properties: string[] = [];
  for (const name of text.split(',')) {
    const property = schema.canonical(name);
    if (property === undefined)
      throw new GraphHttpError(
        400,
        'BadRequest',
        `Could not find a property named '${name.trim()}' on type '${schema.typeName}'.`,
      );
    if (singleOnly?.has(property)) throw notImplemented();
    if (!properties.includes(property)) properties.push(property);
  }
  return properties;
}

function parseTop(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PAGE_SIZE;
  const top = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) {
    throw new GraphHttpError(
      400,
      'Request_UnsupportedQuery',
      `Invalid page size specified: '${text}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`,
    );
  }
  return top;
}

function parseOrderBy<R>(
  text: string | undefined,
  schema: EntitySchema<R>,
  context: AdvancedContext,
  needsAdvanced: boolean,
): OrderBy | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const clauses = text.split(',');
  if (clauses.length > 1) throw new GraphHttpError(400, 'Request_UnsupportedQuery', SORTING_NOT_SUPPORTED);
  const [name = '', direction = 'asc', ...extra] = (clauses[0] ?? '').trim().split(/\s+/);
  if (extra.length > 0 || !/^(asc|desc)$/i.test(direction))
    throw new GraphHttpError(400, 'BadRequest', `Invalid $orderby clause '${text}'.`);
  const property = schema.canonical(name);
  if (property === undefined)
    throw new GraphHttpError(
      400,
      'BadRequest',
      `Could not find a property named '${name}' on type '${schema.typeName}'.`,
    );
  const support = schema.orderBy(property);
  if (support === undefined || ((support === 'advanced' || needsAdvanced) && !isAdvanced(context)))
    throw new GraphHttpError(400, 'Request_UnsupportedQuery', SORTING_NOT_SUPPORTED);
  return { property, descending: direction.toLowerCase() === 'desc' };
}

function compileFilterOption<R>(
  text: string,
  schema: EntitySchema<R>,
  context: AdvancedContext,
  relationship: boolean,
): Predicate<R> {
  let compiled;
  try {
    compiled = compileFilter(parseFilter(text), schema);
  } catch (error) {
    if (error instanceof QuerySyntaxError)
      throw new GraphHttpError(400, 'BadRequest', `Invalid filter clause: ${error.message}.`);
    if (error instanceof FilterRejection) throw new GraphHttpError(400, error.code, error.message);
    throw error;
  }
  // On a relationship every filter is an advanced query.
  const reasons =
    relationship && compiled.advanced.length === 0
      ? [{ kind: 'property' as const, name: firstProperty(text, schema) }]
      : compiled.advanced;
  requireAdvancedFor(reasons, context, schema.resource);
  return compiled.predicate;
}

function firstProperty<R>(text: string, schema: EntitySchema<R>): string {
  for (const word of text.match(/[A-Za-z_][\w]*/g) ?? []) {
    const property = schema.canonical(word);
    if (property !== undefined) return property;
  }
  return '';
}

function compileSearchOption<R>(
  text: string,
  schema: EntitySchema<R>,
  context: AdvancedContext,
): Predicate<R> {
  if (!context.eventual) throw new GraphHttpError(400, 'Request_UnsupportedQuery', SEARCH_NEEDS_EVENTUAL);
  try {
    return parseSearch(text, schema);
  } catch (error) {
    if (error instanceof SearchRejection) throw new GraphHttpError(400, error.code, error.message);
    throw error;
  }
}

/** Graph's refusal of a type cast (or $search, $orderby) on a relationship without the advanced parameters. */
function requireAdvancedRelationship(context: AdvancedContext, what: string): void {
  if (isAdvanced(context)) return;
  const missing = context.eventual
    ? 'the $count=true query parameter is'
    : "the 'ConsistencyLevel:eventual' header is";
  throw new GraphHttpError(
    400,
    'Request_UnsupportedQuery',
    `${what} is not supported because ${missing} missing. Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
  );
}

function predicatesOf<R>(
  options: Map<string, string>,
  schema: EntitySchema<R>,
  context: AdvancedContext,
  rules: CollectionRules,
): Predicate<R>[] {
  const predicates: Predicate<R>[] = [];
  const filterText = options.get('$filter');
  const searchText = options.get('$search');
  if (rules.cast) requireAdvancedRelationship(context, 'OData cast');
  if (filterText !== undefined && filterText.trim() !== '')
    predicates.push(compileFilterOption(filterText, schema, context, rules.relationship === true));
  if (searchText !== undefined && searchText.trim() !== '') {
    if (rules.relationship) requireAdvancedRelationship(context, '$search');
    predicates.push(compileSearchOption(searchText, schema, context));
  }
  return predicates;
}

export function advancedContext(request: GraphRequest, countText: string | undefined): AdvancedContext {
  if (countText !== undefined && !/^(true|false)$/i.test(countText))
    throw new GraphHttpError(
      400,
      'BadRequest',
      `Invalid value '${countText}' for $count: use true or false.`,
    );
  return {
    eventual: consistencyEventual(request.headers, request.query),
    countRequested: countText?.toLowerCase() === 'true',
  };
}

/** A collection request: every option. */
export function parseCollectionQuery<R>(
  request: GraphRequest,
  schema: EntitySchema<R>,
  rules: CollectionRules = {},
): CollectionQuery<R> {
  const options = queryOptions(request.query);
  const context = advancedContext(request, options.get('$count'));
  const predicates = predicatesOf(options, schema, context, rules);
  const filterText = options.get('$filter');
  const hasFilter = filterText !== undefined && filterText.trim() !== '';
  const orderBy = parseOrderBy(
    options.get('$orderby'),
    schema,
    context,
    hasFilter || rules.relationship === true,
  );
  const select = parseSelect(options.get('$select'), schema, rules.singleOnly);
  const top = parseTop(options.get('$top'));
  const identity = queryIdentity([
    filterText,
    options.get('$search'),
    orderBy ? `${orderBy.property} ${orderBy.descending ? 'desc' : 'asc'}` : undefined,
  ]);
  let position = 0;
  const skiptoken = options.get('$skiptoken');
  if (skiptoken !== undefined) {
    const token = decodePageToken(skiptoken);
    if (token === undefined || token.query !== identity)
      throw new GraphHttpError(
        400,
        'Request_BadRequest',
        'The $skiptoken is invalid or does not belong to this query.',
      );
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

/** A `$count` segment (`/users/$count`): needs `ConsistencyLevel: eventual`; the segment itself counts as `$count`. */
export function parseCountQuery<R>(
  request: GraphRequest,
  schema: EntitySchema<R>,
  rules: CollectionRules = {},
): CollectionQuery<R> {
  const options = queryOptions(request.query);
  const eventual = consistencyEventual(request.headers, request.query);
  if (!eventual) throw new GraphHttpError(400, 'Request_BadRequest', COUNT_NOT_SUPPORTED);
  const context: AdvancedContext = { eventual, countRequested: true };
  const predicates = predicatesOf(options, schema, context, rules);
  return {
    predicates,
    top: MAX_PAGE_SIZE,
    includeCount: true,
    position: 0,
    identity: queryIdentity([options.get('$filter'), options.get('$search'), undefined]),
  };
}
