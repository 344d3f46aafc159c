/**
 * One page of a directory collection as Graph writes it: `@odata.context`, `@odata.count` on the
 * first page of a counted advanced query, the items, and an `@odata.nextLink` that repeats the
 * request's own options with an opaque `$skiptoken` bound to the query.
 */
import { buildQuery, contextUrl, json } from '../http/odata.js';
import type { GraphRequest, GraphResponse } from '../http/graph-types.js';
import type { CollectionQuery } from '../query/collection-query.js';
import type { ResultSet } from '../query/result-sets.js';
import { encodePageToken } from '../query/skiptoken.js';
import type { HandlerContext } from './context.js';

export function collectionPage<R>(
  request: GraphRequest,
  context: HandlerContext,
  query: CollectionQuery<R>,
  result: ResultSet<R>,
  fragment: string,
  serialize: (record: R) => Record<string, unknown>,
): GraphResponse {
  const value: Record<string, unknown>[] = [];
  let position = query.position;
  while (value.length < query.top && position < result.total) {
    const record = result.at(position++);
    if (record !== undefined) value.push(serialize(record));
  }
  const body: Record<string, unknown> = { '@odata.context': contextUrl(context.baseUrl, fragment) };
  // Graph counts once, on the first page; later pages carry only the items and the next link.
  if (query.includeCount && query.position === 0) body['@odata.count'] = result.total;
  if (position < result.total) {
    const params = [...request.query].filter(([name]) => name.toLowerCase() !== '$skiptoken');
    params.push(['$skiptoken', encodePageToken({ query: query.identity, position })]);
    body['@odata.nextLink'] = `${context.baseUrl}${request.rawPath}${buildQuery(params)}`;
  }
  body['value'] = value;
  return json(200, body);
}

/** `users` or `users(id,displayName)`: the entity set with the selected properties. */
export function selectFragment(entitySet: string, select: readonly string[] | undefined): string {
  return select === undefined ? entitySet : `${entitySet}(${select.join(',')})`;
}
