/**
 * Reading an access token's claims: who, which tenant, which permissions, until when. Only the
 * payload is decoded, the signature is not verified: Graph does that. We use the claims to explain
 * (Get-EntraIDConnection, the permission pre-check), never to grant anything.
 */

export interface TokenClaims {
  /** Tenant id (`tid`). */
  readonly tenantId: string | undefined;
  /** 'delegated' when the token acts for a signed-in user (`scp` present), else 'application'. */
  readonly kind: 'delegated' | 'application';
  /** `scp`, split on spaces. */
  readonly delegatedPermissions: readonly string[];
  /** `roles` (application permissions). */
  readonly applicationPermissions: readonly string[];
  /** `upn`, `unique_name` or `preferred_username`. */
  readonly userPrincipalName: string | undefined;
  /** `name`. */
  readonly displayName: string | undefined;
  /** `oid`: the user's or the service principal's object id. */
  readonly objectId: string | undefined;
  /** `appid` (v1 tokens) or `azp` (v2). */
  readonly appId: string | undefined;
  readonly appDisplayName: string | undefined;
  /** `aud`. */
  readonly audience: string | undefined;
  /** `exp` as a Date. */
  readonly expiresOn: Date | undefined;
  /** `wids`: directory role template ids of the signed-in user. */
  readonly roleTemplateIds: readonly string[];
}

export class TokenFormatError extends Error {
  override readonly name = 'TokenFormatError';
}

/** Decodes a JWT's payload. The message of a failure never repeats the token. */
export function decodeTokenClaims(token: string): TokenClaims {
  const payload = decodePayload(token);
  const scp = typeof payload.scp === 'string' ? payload.scp.split(' ').filter((scope) => scope !== '') : [];
  const roles = stringArray(payload.roles);
  return {
    tenantId: stringClaim(payload.tid),
    kind: scp.length > 0 || stringClaim(payload.idtyp) === 'user' ? 'delegated' : 'application',
    delegatedPermissions: scp,
    applicationPermissions: roles,
    userPrincipalName: stringClaim(payload.upn) ?? stringClaim(payload.unique_name) ?? stringClaim(payload.preferred_username),
    displayName: stringClaim(payload.name),
    objectId: stringClaim(payload.oid),
    appId: stringClaim(payload.appid) ?? stringClaim(payload.azp),
    appDisplayName: stringClaim(payload.app_displayname),
    audience: Array.isArray(payload.aud) ? stringClaim(payload.aud[0]) : stringClaim(payload.aud),
    expiresOn: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : undefined,
    roleTemplateIds: stringArray(payload.wids),
  };
}

function decodePayload(token: string): Record<string, unknown> {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[1] === undefined || parts[1] === '') {
    throw new TokenFormatError('The access token is not a JWT (expected three dot-separated parts).');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw new TokenFormatError('The access token payload could not be read (it is not base64url-encoded JSON).');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new TokenFormatError('The access token payload is not a JSON object.');
  }
  return payload as Record<string, unknown>;
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}
