/**
 * Collections page by page over @odata.nextLink. While the consumer works through one page, the
 * next one is already on its way (one page ahead, never more), so reading runs at the service's
 * pace rather than waiting a round trip per page; memory stays bounded by two pages, and when the
 * consumer stops (`Select-Object -First 5`) the request in flight is aborted and nothing more is
 * fetched. The headers of the first request (ConsistencyLevel for advanced queries above all) go
 * with every page: Graph answers a later page without them with an error or silently different
 * results.
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
  const { consistencyLevel, maxPages, signal, ...requestOptions } = options;
  const headers = { ...requestOptions.headers, ...(consistencyLevel === undefined ? {} : { ConsistencyLevel: consistencyLevel }) };
  // Aborts the look-ahead request when the consumer stops early; the caller's signal still counts.
  const lookahead = new AbortController();
  const stopLookahead = (): void => lookahead.abort(signal?.reason);
  signal?.addEventListener('abort', stopLookahead, { once: true });
  if (signal?.aborted) stopLookahead();
  const fetchPage = (url: string, pageQuery: Query | undefined, index: number): Promise<GraphPage<T>> =>
    client.request<unknown>('GET', url, { ...requestOptions, headers, query: pageQuery, signal: lookahead.signal }).then((response) => {
      const raw = asPage(response.body, url);
      return {
        value: raw.value as T[],
        index,
        nextLink: stringProperty(raw, '@odata.nextLink'),
        deltaLink: stringProperty(raw, '@odata.deltaLink'),
        count: typeof raw['@odata.count'] === 'number' ? raw['@odata.count'] : undefined,
        raw,
      };
    });
  const wanted = (index: number): boolean => maxPages === undefined || index < maxPages;
  let pending: Promise<GraphPage<T>> | undefined = wanted(0) ? fetchPage(path, query, 0) : undefined;
  try {
    while (pending !== undefined) {
      const page = await pending;
      // The nextLink already carries every query option (and the $skiptoken); adding ours again would duplicate them.
      pending = page.nextLink !== undefined && wanted(page.index + 1) ? fetchPage(page.nextLink, undefined, page.index + 1) : undefined;
      // A look-ahead that fails is reported when its page is asked for; until then it must not
      // count as an unhandled rejection (and after an early stop, never).
      pending?.catch(() => undefined);
      yield page;
    }
  } finally {
    signal?.removeEventListener('abort', stopLookahead);
    if (pending !== undefined) lookahead.abort();
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
