/**
 * Where a Graph request goes. Callers pass paths relative to the API version (`/users/x`), or a
 * full URL Graph gave us (`@odata.nextLink`). A full URL on the connection's own origin is used as
 * is; one on a Microsoft Graph host (Graph writes its links with its public URL, and so do stand-ins
 * such as the emulator) is resolved against the connection's endpoint, so a remapped endpoint keeps
 * paging through itself. Any other origin is refused: the bearer token is never sent anywhere but
 * the connection's endpoint.
 */

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

export interface GraphEndpoint {
  /** Origin plus optional base path, no trailing slash: `https://graph.microsoft.com`, `http://127.0.0.1:5001`. */
  readonly root: string;
  readonly origin: string;
}

export function parseGraphEndpoint(baseUrl: string): GraphEndpoint {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`'${baseUrl}' is not a valid Microsoft Graph endpoint URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`'${baseUrl}' is not an http(s) URL.`);
  }
  // Tolerate an endpoint given with its version (`https://graph.microsoft.com/v1.0/`).
  const path = url.pathname.replace(/\/+$/, '').replace(/\/(v1\.0|beta)$/i, '');
  return { root: `${url.origin}${path}`, origin: url.origin };
}

/** The public Graph hosts of Microsoft's clouds: where Graph's own links point. */
const GRAPH_ORIGINS: ReadonlySet<string> = new Set([
  'https://graph.microsoft.com',
  'https://graph.microsoft.us',
  'https://dod-graph.microsoft.us',
  'https://microsoftgraph.chinacloudapi.cn',
]);

export function buildRequestUrl(endpoint: GraphEndpoint, apiVersion: string, path: string, query?: Query): URL {
  let url: URL;
  if (/^https?:\/\//i.test(path)) {
    url = new URL(path);
    if (url.origin !== endpoint.origin && GRAPH_ORIGINS.has(url.origin)) url = new URL(`${endpoint.root}${url.pathname}${url.search}`);
    if (url.origin !== endpoint.origin) {
      throw new Error(
        `Refusing to send the Microsoft Graph token to ${url.origin}: the connection's endpoint is ${endpoint.origin}.`,
      );
    }
  } else {
    const relative = path.startsWith('/') ? path : `/${path}`;
    url = new URL(`${endpoint.root}/${apiVersion}${relative}`);
  }
  const extra = encodeQuery(query);
  if (extra !== '') url.search = url.search === '' ? `?${extra}` : `${url.search}&${extra}`;
  return url;
}

/** `$filter=...&$top=5`, keeping the `$` readable (Graph accepts it raw or encoded). */
export function encodeQuery(query: Query | undefined): string {
  if (query === undefined) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    parts.push(`${encodeComponent(key)}=${encodeComponent(String(value))}`);
  }
  return parts.join('&');
}

function encodeComponent(text: string): string {
  return encodeURIComponent(text).replace(/%24/g, '$');
}

/** Path and query as shown in messages: relative to the origin. */
export function displayPath(url: URL): string {
  return `${url.pathname}${url.search}`;
}
