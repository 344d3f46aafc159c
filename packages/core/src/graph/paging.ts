/**
 * Collections page by page over @odata.nextLink. Each page is fetched only when the consumer asks
 * for more, so a pipeline streams (and `Select-Object -First 5` stops fetching). The headers of
 * the first request (ConsistencyLevel for advanced queries above all) go with every page: Graph
 * answers a later page without them with an error or silently different results.
 */
import type { GraphRequester, RequestOptions } from './types.js';
import type { Query } from './url.js';

export interface PageOptions extends RequestOptions {
  /** Sends `ConsistencyLevel: eventual` on every page (advanced queries: $search, $count, endsWith, ne...). */
  readonly consistencyLevel?: 'eventual';
  /** Stop after this many pages (default: all). */
  readonly maxPages?: number;
}

export interface GraphPage<T> {
  readonly value: T[];
  /** 0 for the first page. */
  readonly index: number;
  readonly nextLink: string | undefined;
  /** Present on the last page of a delta query. */
  readonly deltaLink: string | undefined;
  /** `@odata.count` when `$count=true` was asked (first page). */
  readonly count: number | undefined;
  /** The page as Graph sent it. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export async function* iteratePages<T>(
  client: GraphRequester,
  path: string,
  query: Query | undefined,
  options: PageOptions = {},
): AsyncGenerator<GraphPage<T>, void, undefined> {
  const { consistencyLevel, maxPages, ...requestOptions } = options;
  const headers = { ...requestOptions.headers, ...(consistencyLevel === undefined ? {} : { ConsistencyLevel: consistencyLevel }) };
  let next: string | undefined = path;
  let nextQuery: Query | undefined = query;
  for (let index = 0; next !== undefined && (maxPages === undefined || index < maxPages); index++) {
    const response = await client.request<unknown>('GET', next, { ...requestOptions, headers, query: nextQuery });
    const raw = asPage(response.body, next);
    const page: GraphPage<T> = {
      value: raw.value as T[],
      index,
      nextLink: stringProperty(raw, '@odata.nextLink'),
      deltaLink: stringProperty(raw, '@odata.deltaLink'),
      count: typeof raw['@odata.count'] === 'number' ? raw['@odata.count'] : undefined,
      raw,
    };
    yield page;
    next = page.nextLink;
    // The nextLink already carries every query option (and the $skiptoken); adding ours again would duplicate them.
    nextQuery = undefined;
  }
}

export async function* iterateItems<T>(
  client: GraphRequester,
  path: string,
  query: Query | undefined,
  options: PageOptions = {},
): AsyncGenerator<T, void, undefined> {
  for await (const page of iteratePages<T>(client, path, query, options)) yield* page.value;
}

function asPage(body: unknown, where: string): Record<string, unknown> & { value: unknown[] } {
  if (typeof body === 'object' && body !== null && Array.isArray((body as { value?: unknown }).value)) {
    return body as Record<string, unknown> & { value: unknown[] };
  }
  throw new Error(`Microsoft Graph did not return a collection for ${where.split('?')[0] ?? where}.`);
}

function stringProperty(raw: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = raw[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
