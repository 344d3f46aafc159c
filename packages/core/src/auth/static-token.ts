/**
 * `Connect-EntraID -AccessToken <jwt>`: a token obtained elsewhere. It cannot be renewed, so its
 * expiry (the `exp` claim) is reported, and once it has passed we say so instead of letting every
 * Graph call fail with a bare 401. The token lives only in this closure: no property exposes it.
 */
import type { AccessTokenLike, TokenCredentialLike } from '../graph/token-cache.js';
import { decodeTokenClaims, type TokenClaims } from './claims.js';

export class ExpiredTokenError extends Error {
  override readonly name = 'ExpiredTokenError';
}

export interface StaticTokenCredential extends TokenCredentialLike {
  readonly claims: TokenClaims;
}

/** A token without `exp` is assumed to last an hour from now (Entra tokens always carry one). */
const ASSUMED_LIFETIME_MS = 3_600_000;

export function createStaticTokenCredential(accessToken: string, now: () => number = Date.now): StaticTokenCredential {
  const token = accessToken.trim().replace(/^bearer\s+/i, '');
  const claims = decodeTokenClaims(token);
  const expiresOnTimestamp = claims.expiresOn?.getTime() ?? now() + ASSUMED_LIFETIME_MS;
  if (expiresOnTimestamp <= now()) throw expired(expiresOnTimestamp);
  return {
    claims,
    getToken(): Promise<AccessTokenLike> {
      if (expiresOnTimestamp <= now()) return Promise.reject(expired(expiresOnTimestamp));
      return Promise.resolve({ token, expiresOnTimestamp });
    },
  };
}

function expired(at: number): ExpiredTokenError {
  return new ExpiredTokenError(
    `The access token expired at ${new Date(at).toISOString()}. Get a new token and run Connect-EntraID -AccessToken again.`,
  );
}
