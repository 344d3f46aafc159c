/**
 * Bearer tokens for the Graph client: asked from the credential once, reused until shortly before
 * they expire, shared by concurrent requests (one getToken in flight at a time), and dropped when
 * Graph answers 401 so the next attempt gets a fresh one.
 */

/** Structurally compatible with @azure/identity's TokenCredential, so either can be passed. */
export interface TokenCredentialLike {
  getToken(
    scopes: string | string[],
    options?: { abortSignal?: AbortSignal; claims?: string },
  ): Promise<AccessTokenLike | null>;
}

export interface AccessTokenLike {
  readonly token: string;
  /** Milliseconds since the epoch. */
  readonly expiresOnTimestamp: number;
  readonly refreshAfterTimestamp?: number;
}

/**
 * Renew this long before expiry, so a token never expires between being read and reaching Graph
 * (a request can sit in retries for a while). A credential that hands back a token already inside
 * the margin (a static -AccessToken near its end) is simply asked again on the next request.
 */
export const TOKEN_EXPIRY_MARGIN_MS = 2 * 60_000;

export class TokenCache {
  #current: AccessTokenLike | undefined;
  #pending: Promise<AccessTokenLike> | undefined;
  readonly #credential: TokenCredentialLike;
  readonly #scopes: string[];
  readonly #now: () => number;

  constructor(credential: TokenCredentialLike, scopes: string[], now: () => number = Date.now) {
    this.#credential = credential;
    this.#scopes = scopes;
    this.#now = now;
  }

  /** A usable token; `claims` (from a 401 challenge) forces a fresh one. */
  async get(signal?: AbortSignal, claims?: string): Promise<string> {
    const current = this.#current;
    if (current !== undefined && claims === undefined && this.#fresh(current)) return current.token;
    if (this.#pending === undefined || claims !== undefined) {
      const pending = this.#fetch(signal, claims);
      this.#pending = pending;
      // Clear the shared promise however it ends; callers get the rejection through `await` below.
      pending.then(
        () => undefined,
        () => undefined,
      ).finally(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
    }
    return (await this.#pending).token;
  }

  /** Forget `token` (after Graph refused it). A newer token fetched meanwhile is kept. */
  invalidate(token: string): void {
    if (this.#current?.token === token) this.#current = undefined;
  }

  /** Forget everything (sign-out). */
  clear(): void {
    this.#current = undefined;
    this.#pending = undefined;
  }

  /** Expiry of the cached token, if any. */
  get expiresOnTimestamp(): number | undefined {
    return this.#current?.expiresOnTimestamp;
  }

  #fresh(token: AccessTokenLike): boolean {
    const now = this.#now();
    if (token.refreshAfterTimestamp !== undefined && now >= token.refreshAfterTimestamp) return false;
    return token.expiresOnTimestamp - now > TOKEN_EXPIRY_MARGIN_MS;
  }

  async #fetch(signal: AbortSignal | undefined, claims: string | undefined): Promise<AccessTokenLike> {
    const options: { abortSignal?: AbortSignal; claims?: string } = {};
    if (signal !== undefined) options.abortSignal = signal;
    if (claims !== undefined) options.claims = claims;
    const token = await this.#credential.getToken(this.#scopes, options);
    if (token === null || typeof token.token !== 'string' || token.token === '') {
      throw new Error('The sign-in did not return an access token for Microsoft Graph.');
    }
    this.#current = token;
    return token;
  }
}
