/**
 * What Get-EntraIDUser does in each of its modes, given a Graph client: one user by identity,
 * a streamed list, or a delta round. Kept apart from the declaration so each stays readable.
 */
import type { CmdletContext } from '../../../cmdlet/context.js';
import type { GraphClient } from '../../../graph/client.js';
import { PSObject } from '../../../values/model.js';
import type { UserIdentity } from '../identity/user-pipe-bind.js';
import { userPath } from '../identity/user-path.js';
import { buildUserDeltaRequest, buildUserListRequest, deltaTokenFromLink, IndexWindow } from './user-query.js';
import type { UserDeltaOptions, UserListOptions } from './user-query.js';
import { buildUserSelect, userRecordFromGraph } from './user-record.js';

/** What listing needs from the running command: the output stream, verbose and cancellation. */
export type ListingContext = Pick<CmdletContext, 'write' | 'writeVerbose' | 'signal'>;

export const ENTRA_USER_DELTA_TYPE_NAME = 'EntraShell.EntraIDUserDelta';

type Json = Record<string, unknown>;

export async function getUserByIdentity(
  client: GraphClient,
  identity: UserIdentity,
  select: readonly string[] | undefined,
  ignoreDefaults: boolean,
  signal: AbortSignal,
): Promise<PSObject> {
  const response = await client.get<Json>(userPath(identity.key), {
    query: { $select: buildUserSelect(select, ignoreDefaults).join(',') },
    signal,
  });
  return userRecordFromGraph(response.body);
}

export interface ListWindow {
  readonly startIndex: number;
  readonly endIndex: number | undefined;
}

/** Streams users page by page into the pipeline; stops fetching once the window is full. */
export async function listUsers(client: GraphClient, options: UserListOptions & ListWindow, ctx: ListingContext): Promise<number> {
  if (options.endIndex !== undefined && options.endIndex < Math.max(1, options.startIndex)) return 0;
  const request = buildUserListRequest(options);
  if (request.consistencyLevel) ctx.writeVerbose('Advanced query: sending ConsistencyLevel: eventual and $count=true.');
  const window = new IndexWindow(options.startIndex, options.endIndex);
  let written = 0;
  // With -EndIndex the pages needed are known: paging reads one page ahead, and must not ask for
  // a page nobody will read.
  const pageSize = Number(request.query.$top);
  const maxPages = options.endIndex === undefined || !(pageSize > 0) ? undefined : Math.ceil(options.endIndex / pageSize);
  const pages = client.pages<Json>(request.path, request.query, {
    signal: ctx.signal,
    ...(request.consistencyLevel ? { consistencyLevel: request.consistencyLevel } : {}),
    ...(maxPages === undefined ? {} : { maxPages }),
  });
  for await (const page of pages) {
    if (page.count !== undefined) ctx.writeVerbose(`Microsoft Graph counts ${page.count} matching users.`);
    for (const user of page.value) {
      if (!window.take()) continue;
      await ctx.write(userRecordFromGraph(user));
      written++;
      if (window.exhausted) break;
    }
    if (window.exhausted) {
      ctx.writeVerbose(`Stopped after ${written} users: -EndIndex reached.`);
      return written;
    }
  }
  ctx.writeVerbose(`Returned ${written} users; every page was read.`);
  return written;
}

/**
 * A delta round, as PnP shapes it: one record with the users (changed ones, or all on a first
 * round) and the token that resumes from here (`-DeltaToken $result.DeltaToken`).
 */
export async function userDelta(client: GraphClient, options: UserDeltaOptions & ListWindow, ctx: Pick<ListingContext, 'writeVerbose' | 'signal'>): Promise<PSObject> {
  const request = buildUserDeltaRequest(options);
  const window = new IndexWindow(options.startIndex, options.endIndex);
  const users: PSObject[] = [];
  let deltaLink: string | undefined;
  for await (const page of client.pages<Json>(request.path, request.query, { signal: ctx.signal })) {
    for (const user of page.value) if (window.take()) users.push(userRecordFromGraph(user));
    deltaLink = page.deltaLink;
    // Stopping early leaves no deltaLink: the token only comes with the last page.
    if (window.exhausted && page.nextLink !== undefined) {
      ctx.writeVerbose('Stopped before the last page (-EndIndex): no delta token is available for this round.');
      break;
    }
  }
  return new PSObject(
    [
      ['Users', users],
      ['DeltaToken', deltaLink === undefined ? null : deltaTokenFromLink(deltaLink)],
    ],
    [ENTRA_USER_DELTA_TYPE_NAME, 'System.Management.Automation.PSCustomObject'],
  );
}
