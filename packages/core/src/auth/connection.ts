/**
 * A signed-in connection: which tenant and cloud, how we signed in, who we are, and the Graph
 * client every Entra cmdlet uses. The credential and its tokens live in private fields: no
 * enumerable property, no toString, no JSON rendering ever shows a token.
 */
import { createGraphClient, type GraphClient } from '../graph/client.js';
import type { TokenCredentialLike } from '../graph/token-cache.js';
import type { GraphClientOptions } from '../graph/types.js';
import { decodeTokenClaims, type TokenClaims } from './claims.js';
import { qualifyGraphScopes, type Cloud, type CloudName } from './clouds.js';
import type { AuthMode } from './credentials.js';

export interface OpenConnectionOptions {
  readonly mode: AuthMode;
  readonly cloud: Cloud;
  readonly credential: TokenCredentialLike;
  /** As the user gave it (domain or GUID); the token's `tid` fills in when absent. */
  readonly tenant?: string | undefined;
  readonly clientId?: string | undefined;
  /** Delegated scopes asked for (-Scopes); default `<graph>/.default`. */
  readonly scopes?: readonly string[] | undefined;
  readonly isDemo?: boolean;
  /** Graph client settings beyond endpoint and credential (timeouts, retry policy, hooks). */
  readonly graphOptions?: Omit<GraphClientOptions, 'baseUrl' | 'credential' | 'scopes'>;
  /** Runs on close (the demo stops its emulator). */
  readonly onClose?: () => Promise<void>;
  readonly signal?: AbortSignal;
}

export class SignInError extends Error {
  override readonly name = 'SignInError';
}

/** Signs in (asks the credential for a first token, which is when a browser or device code appears) and returns the connection. */
export async function openConnection(options: OpenConnectionOptions): Promise<Connection> {
  const scopes = qualifyGraphScopes(options.cloud, options.scopes);
  let claims: TokenClaims;
  try {
    const token = await options.credential.getToken(scopes, options.signal === undefined ? {} : { abortSignal: options.signal });
    if (token === null) throw new Error('no token was returned');
    claims = decodeTokenClaims(token.token);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new SignInError(`Sign-in failed (${options.mode}): ${describeSignInFailure(error)}`, { cause: error });
  }
  return new Connection(options, scopes, claims);
}

export class Connection {
  readonly tenant: string | undefined;
  readonly tenantId: string | undefined;
  readonly cloud: CloudName;
  readonly graphEndpoint: string;
  readonly authMode: AuthMode;
  /** The signed-in user (delegated tokens). */
  readonly account: string | undefined;
  /** The app the token was issued to: display name, else client id. */
  readonly app: string | undefined;
  readonly clientId: string | undefined;
  readonly isDemo: boolean;
  readonly #credential: TokenCredentialLike;
  readonly #scopes: string[];
  readonly #graph: GraphClient;
  readonly #onClose: (() => Promise<void>) | undefined;
  #claims: TokenClaims;
  #closed = false;

  constructor(options: OpenConnectionOptions, scopes: string[], claims: TokenClaims) {
    this.#credential = options.credential;
    this.#scopes = scopes;
    this.#claims = claims;
    this.#onClose = options.onClose;
    this.#graph = createGraphClient({ ...options.graphOptions, baseUrl: options.cloud.graphEndpoint, credential: options.credential, scopes });
    this.tenantId = claims.tenantId;
    this.tenant = options.tenant ?? claims.tenantId;
    this.cloud = options.cloud.name;
    this.graphEndpoint = options.cloud.graphEndpoint;
    this.authMode = options.mode;
    this.account = claims.kind === 'delegated' ? claims.userPrincipalName : undefined;
    this.app = claims.appDisplayName ?? claims.appId ?? options.clientId;
    this.clientId = options.clientId ?? claims.appId;
    this.isDemo = options.isDemo === true;
  }

  /** The Graph client of this connection (a getter, so it stays out of enumeration). */
  get graph(): GraphClient {
    if (this.#closed) throw new Error('This connection was closed by Disconnect-EntraID.');
    return this.#graph;
  }

  /** Claims of the token as of the last claims() call (or sign-in). */
  get lastClaims(): TokenClaims {
    return this.#claims;
  }

  /** Expiry of the last token seen. */
  get expiresOn(): Date | undefined {
    return this.#claims.expiresOn;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Claims of the current token (renewed by the credential when needed). */
  async claims(signal?: AbortSignal): Promise<TokenClaims> {
    const token = await this.#credential.getToken(this.#scopes, signal === undefined ? {} : { abortSignal: signal });
    if (token !== null) this.#claims = decodeTokenClaims(token.token);
    return this.#claims;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#graph.clearToken();
    await this.#onClose?.();
  }

  toString(): string {
    const who = this.account ?? (this.app === undefined ? 'an app' : `app ${this.app}`);
    return `${this.isDemo ? 'Demo tenant' : (this.tenant ?? 'unknown tenant')} (${this.cloud}) as ${who} via ${this.authMode}`;
  }

  toJSON(): Record<string, unknown> {
    return {
      tenant: this.tenant,
      tenantId: this.tenantId,
      cloud: this.cloud,
      graphEndpoint: this.graphEndpoint,
      authMode: this.authMode,
      account: this.account,
      app: this.app,
      clientId: this.clientId,
      isDemo: this.isDemo,
      expiresOn: this.expiresOn?.toISOString(),
    };
  }
}

/** The library's message, first line only (MSAL appends trace and correlation ids on later lines). */
function describeSignInFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0]?.trim() ?? '';
  return first === '' ? 'no details were given' : first;
}
