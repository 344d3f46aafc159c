/**
 * The emulator's token service: mints access tokens shaped like Entra ID's v1 tokens for Graph,
 * signed with a per-instance key, and turns an Authorization header back into a Principal.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import type { Directory } from '../directory/directory.js';
import { ROLE } from '../directory/roles.js';
import { signJwt, verifyJwt, type JwtPayload } from './jwt.js';
import type { Principal } from './principal.js';

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const ACCEPTED_AUDIENCES = new Set([GRAPH_AUDIENCE, `${GRAPH_AUDIENCE}/`, GRAPH_APP_ID]);

/** The emulator app's service principal object id (the `oid` of application tokens). */
const SERVICE_PRINCIPAL_ID = '2c6b8f0e-7d14-4e39-b5a2-9f81c3d4e5f6';

/** Scopes of the ready-to-use admin token: everything the TAP workflow needs, group members included. */
export const DEFAULT_ADMIN_SCOPES = [
  'User.Read',
  'User.Read.All',
  'GroupMember.Read.All',
  'UserAuthenticationMethod.ReadWrite.All',
  'Policy.Read.All',
  'Policy.ReadWrite.AuthenticationMethod',
] as const;

export interface MintTokenOptions {
  /** Delegated permissions (`scp`). Default for a delegated token: DEFAULT_ADMIN_SCOPES. */
  readonly scopes?: readonly string[];
  /** Application permissions (`roles`). Giving roles without a user mints an application token. */
  readonly roles?: readonly string[];
  /** The signed-in user (UPN or id). Default for a delegated token: the demo admin. */
  readonly user?: string;
  /** Client id (`appid`); default: the emulator's demo app. */
  readonly appId?: string;
  /** Lifetime from the emulator clock's now; negative mints an already expired token. Default 3600. */
  readonly expiresInSeconds?: number;
  /** `aud`; default https://graph.microsoft.com. */
  readonly audience?: string;
  /** Override the directory roles (`wids`) instead of taking the user's. */
  readonly wids?: readonly string[];
  /** Override `tid` (a token for another tenant is refused). */
  readonly tenantId?: string;
}

export type Authentication = { readonly ok: true; readonly principal: Principal } | { readonly ok: false; readonly message: string };

export interface TokenAuthorityContext {
  readonly tenantId: string;
  readonly defaultAppId: string;
  readonly defaultUser: string;
  readonly clock: Clock;
  readonly directory: () => Directory;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((v) => v.toLowerCase()));
}

export class TokenAuthority {
  readonly #key = randomBytes(32);
  readonly #keyId = randomUUID();

  constructor(private readonly context: TokenAuthorityContext) {}

  mint(options: MintTokenOptions = {}): string {
    const now = Math.floor(this.context.clock.now() / 1000);
    const tenantId = options.tenantId ?? this.context.tenantId;
    const appId = options.appId ?? this.context.defaultAppId;
    const base: JwtPayload = {
      aud: options.audience ?? GRAPH_AUDIENCE,
      iss: `https://sts.windows.net/${tenantId}/`,
      iat: now,
      nbf: now,
      exp: now + (options.expiresInSeconds ?? 3600),
      tid: tenantId,
      appid: appId,
      app_displayname: 'entra-shell emulator client',
      ver: '1.0',
      uti: randomUUID(),
    };
    const application = options.roles !== undefined && options.user === undefined && options.scopes === undefined;
    if (application) {
      return signJwt({ ...base, idtyp: 'app', oid: SERVICE_PRINCIPAL_ID, sub: SERVICE_PRINCIPAL_ID, roles: [...(options.roles ?? [])] }, this.#key, this.#keyId);
    }
    if (options.roles !== undefined) throw new Error('roles are application permissions: mint a delegated token with scopes, or omit user and scopes for an application token');
    const key = options.user ?? this.context.defaultUser;
    const user = this.context.directory().find(key)?.user;
    if (user === undefined) throw new Error(`mintToken: no user '${key}' in the tenant`);
    const wids = options.wids ?? [...user.roles, ROLE.defaultUser];
    return signJwt(
      {
        ...base,
        idtyp: 'user',
        scp: [...(options.scopes ?? DEFAULT_ADMIN_SCOPES)].join(' '),
        oid: user.id,
        sub: user.id,
        upn: user.userPrincipalName,
        unique_name: user.userPrincipalName,
        name: user.displayName,
        wids,
      },
      this.#key,
      this.#keyId,
    );
  }

  /** Validates `Authorization: Bearer <jwt>` the way Graph does; messages follow Graph's. */
  authenticate(authorization: string | undefined): Authentication {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) return { ok: false, message: 'Access token is empty.' };
    const verified = verifyJwt(match[1], this.#key);
    if (!verified.ok) {
      return verified.reason === 'malformed'
        ? { ok: false, message: 'CompactToken parsing failed with error code: 80049217' }
        : { ok: false, message: 'Access token validation failure. Invalid signature.' };
    }
    const claims = verified.payload;
    if (typeof claims['aud'] !== 'string' || !ACCEPTED_AUDIENCES.has(claims['aud'])) return { ok: false, message: 'Access token validation failure. Invalid audience.' };
    if (claims['tid'] !== this.context.tenantId) return { ok: false, message: 'Access token validation failure. Invalid issuer.' };
    const nowSeconds = this.context.clock.now() / 1000;
    if (typeof claims['exp'] !== 'number' || nowSeconds >= claims['exp']) return { ok: false, message: 'Lifetime validation failed, the token is expired.' };
    if (typeof claims['nbf'] === 'number' && nowSeconds < claims['nbf']) return { ok: false, message: 'Lifetime validation failed, the token is not yet valid.' };
    const delegated = typeof claims['scp'] === 'string' || claims['idtyp'] === 'user';
    const principal: Principal = {
      kind: delegated ? 'delegated' : 'application',
      tenantId: this.context.tenantId,
      appId: typeof claims['appid'] === 'string' ? claims['appid'] : this.context.defaultAppId,
      scopes: lowerSet(typeof claims['scp'] === 'string' ? claims['scp'].split(' ').filter(Boolean) : []),
      roles: lowerSet(delegated ? [] : stringArray(claims['roles'])),
      wids: new Set(stringArray(claims['wids'])),
      ...(delegated && typeof claims['oid'] === 'string' ? { userId: claims['oid'] } : {}),
      ...(delegated && typeof claims['upn'] === 'string' ? { upn: claims['upn'] } : {}),
    };
    return { ok: true, principal };
  }
}
