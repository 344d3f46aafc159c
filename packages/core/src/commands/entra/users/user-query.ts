/**
 * The Graph requests behind Get-EntraIDUser's list and delta modes: path, query options and
 * whether the query must run in advanced mode. PnP dropped the `$` of `$orderby`, never sent
 * `$count=true`/ConsistencyLevel and pointed delta at the wrong place; all of that lives here.
 */
import { isAdvancedQuery } from '../odata/advanced-query.js';
import { buildUserSelect } from './user-record.js';

/** Graph's largest page for /users: fewer round trips and less of the read budget per user. */
export const MAX_USER_PAGE_SIZE = 999;

export interface UserListOptions {
  readonly filter?: string;
  readonly orderBy?: string;
  readonly select?: readonly string[];
  readonly ignoreDefaultProperties?: boolean;
  readonly endIndex?: number;
}

export interface UserListRequest {
  readonly path: string;
  readonly query: Readonly<Record<string, string | number | boolean>>;
  /** Set for advanced queries; the pager re-sends it on every page. */
  readonly consistencyLevel?: 'eventual';
}

export function buildUserListRequest(options: UserListOptions): UserListRequest {
  const query: Record<string, string | number | boolean> = {
    $select: buildUserSelect(options.select, options.ignoreDefaultProperties === true).join(','),
    $top: options.endIndex === undefined ? MAX_USER_PAGE_SIZE : Math.max(1, Math.min(options.endIndex, MAX_USER_PAGE_SIZE)),
  };
  const filter = options.filter?.trim();
  const orderBy = options.orderBy?.trim();
  if (filter) query['$filter'] = filter;
  if (orderBy) query['$orderby'] = orderBy;
  if (!isAdvancedQuery({ filter, orderBy })) return { path: '/users', query };
  query['$count'] = true;
  return { path: '/users', query, consistencyLevel: 'eventual' };
}

export interface UserDeltaOptions extends UserListOptions {
  readonly deltaToken?: string;
}

/**
 * A delta round: the first one carries the query options; a resumed one carries only the token,
 * because Graph encoded the original options into it (sending them again is an error or is
 * ignored). A token that is a whole deltaLink URL is used as is.
 */
export function buildUserDeltaRequest(options: UserDeltaOptions): UserListRequest {
  const token = options.deltaToken?.trim();
  if (token) {
    if (/^https?:\/\//i.test(token)) return { path: token, query: {} };
    return { path: '/users/delta', query: { $deltatoken: token } };
  }
  const query: Record<string, string | number | boolean> = {
    $select: buildUserSelect(options.select, options.ignoreDefaultProperties === true).join(','),
  };
  const filter = options.filter?.trim();
  const orderBy = options.orderBy?.trim();
  if (filter) query['$filter'] = filter;
  if (orderBy) query['$orderby'] = orderBy;
  return { path: '/users/delta', query };
}

/**
 * The token to resume from, out of the last page's `@odata.deltaLink`: the `$deltatoken` value
 * (what PnP scripts store), or the whole link when Graph used another shape.
 */
export function deltaTokenFromLink(deltaLink: string): string {
  try {
    const url = new URL(deltaLink);
    for (const [key, value] of url.searchParams) if (key.toLowerCase() === '$deltatoken' && value !== '') return value;
  } catch {
    // Not a URL: fall through and keep it whole.
  }
  return deltaLink;
}

/**
 * PnP's window over the results: positions are counted from 1, an item is kept from position
 * `startIndex` (0 and 1 both mean the first) up to and including `endIndex`.
 */
export class IndexWindow {
  #position = 0;
  constructor(
    private readonly startIndex: number,
    private readonly endIndex: number | undefined,
  ) {}

  /** Whether the next item is kept; call once per item, in order. */
  take(): boolean {
    this.#position++;
    return this.#position >= this.startIndex && !this.done(this.#position);
  }

  /** True once no later item can be kept, so paging can stop. */
  get exhausted(): boolean {
    return this.endIndex !== undefined && this.#position >= this.endIndex;
  }

  private done(position: number): boolean {
    return this.endIndex !== undefined && position > this.endIndex;
  }
}
