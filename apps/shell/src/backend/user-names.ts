/**
 * User principal names for completing `-Identity`, from the connected tenant: a `startswith`
 * query on Graph (20 names at most), cached per prefix for a minute so cycling and refining do not
 * re-query, and cancelled through the completion's signal when the user moves on.
 */
import type { GraphClient } from '@entra-shell/core';

const MAX_NAMES = 20;
const CACHE_MS = 60_000;

interface UserPage {
  readonly value?: readonly { readonly userPrincipalName?: string }[];
}

/** OData string literal: single quotes doubled. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function createUserNameLookup(graph: () => GraphClient | undefined, now: () => number = Date.now) {
  const cache = new Map<string, { at: number; names: readonly string[] }>();
  return async (prefix: string, signal: AbortSignal): Promise<readonly string[]> => {
    const client = graph();
    if (!client) return [];
    const key = `${client.baseUrl}|${prefix.toLowerCase()}`;
    const hit = cache.get(key);
    if (hit && now() - hit.at < CACHE_MS) return hit.names;
    const query: Record<string, string> = { $select: 'userPrincipalName', $top: String(MAX_NAMES) };
    if (prefix !== '') query['$filter'] = `startswith(userPrincipalName,${odataString(prefix)})`;
    try {
      const response = await client.get<UserPage>('/users', { query, signal, timeoutMs: 10_000 });
      const names = (response.body.value ?? []).map((u) => u.userPrincipalName).filter((n): n is string => typeof n === 'string');
      names.sort((a, b) => a.localeCompare(b));
      cache.set(key, { at: now(), names });
      return names;
    } catch {
      // Completion is a convenience: no permission, no network or a cancelled lookup means no names.
      return [];
    }
  };
}
