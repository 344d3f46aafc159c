/**
 * Reading the TAP policy to explain a refusal, at most once per command: a bulk run where every
 * user hits the same policy limit must not read the policy once per user. Skipped when the token
 * cannot read it (no 403 round trip just to learn that).
 */
import type { TokenClaims } from '../../../auth/claims.js';
import { checkPermissions } from '../../../auth/permissions.js';
import type { GraphClient } from '../../../graph/client.js';
import { POLICY_READ } from '../graph/permissions.js';
import { parseTapPolicy, TAP_POLICY_PATH } from './tap-policy-record.js';
import type { TapPolicy } from './tap-policy-record.js';

export class TapPolicyReader {
  #policy: Promise<TapPolicy | undefined> | undefined;

  constructor(
    private readonly client: GraphClient,
    private readonly claims: TokenClaims,
    private readonly signal: AbortSignal,
  ) {}

  /** Whether the token carries a permission that reads the policy. */
  get permitted(): boolean {
    return checkPermissions(this.claims, POLICY_READ) === null;
  }

  /** The policy, or undefined when the token cannot read it or reading failed. */
  read(): Promise<TapPolicy | undefined> {
    this.#policy ??= this.permitted ? this.#fetch() : Promise.resolve(undefined);
    return this.#policy;
  }

  async #fetch(): Promise<TapPolicy | undefined> {
    try {
      const response = await this.client.get<Record<string, unknown>>(TAP_POLICY_PATH, { signal: this.signal });
      return parseTapPolicy(response.body);
    } catch {
      // The explanation falls back to Graph's own message; a failed read is not worth an error of its own.
      return undefined;
    }
  }
}
