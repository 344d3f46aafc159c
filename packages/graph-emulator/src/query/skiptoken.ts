/**
 * Opaque paging tokens. A token names the result set it belongs to (a hash of the query that
 * produced it) and a position, so a token replayed against another query is refused.
 */
import { hashString } from '../core/prng.js';

export interface PageToken {
  readonly query: string;
  readonly position: number;
}

export function queryIdentity(parts: readonly (string | undefined)[]): string {
  return hashString(JSON.stringify(parts)).toString(36);
}

export function encodePageToken(token: PageToken): string {
  return Buffer.from(JSON.stringify({ q: token.query, p: token.position })).toString('base64url');
}

export function decodePageToken(text: string): PageToken | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { q, p } = value as Record<string, unknown>;
    if (typeof q !== 'string' || typeof p !== 'number' || !Number.isInteger(p) || p < 0) return undefined;
    return { query: q, position: p };
  } catch {
    return undefined;
  }
}
