/**
 * The secrets one session knows, so it can keep them out of the history file, transcripts,
 * verbose and debug output and error messages, and make files that receive them owner-only:
 *   - values bound to a parameter declared secret (a client secret, an access token, a
 *     certificate password; any SecureString or PSCredential parameter), including literals
 *     typed for one in a script, registered before it runs;
 *   - the properties a command declares secret in its output records (each pass issued), and the
 *     same properties wherever they travel later (Select-Object, a CSV read back in);
 *   - the text of every SecureString a command outputs.
 * Each session has its own registry (a service of the session), never shared with another session
 * in the same process. Values shorter than MIN_SECRET_LENGTH are not kept: text that short occurs
 * everywhere, and masking it would garble ordinary output.
 */
import { serviceKey, type ServiceReader } from '../cmdlet/services.js';
import { type PSHashtable, PSObject } from '../values/model.js';
import { PSSecureString } from '../values/secure-string.js';
import { maskTokenShapes } from './token-shapes.js';

export const MIN_SECRET_LENGTH = 6;
/** A bound on memory for very long sessions: past it, the oldest values are forgotten first. */
const MAX_SECRETS = 1_000_000;

/** A SecureString, or anything else that carries one the same way (a credential's password). */
interface RevealsPlainText {
  revealPlainText(): string;
}

function revealsPlainText(value: object): value is RevealsPlainText {
  return typeof (value as Partial<RevealsPlainText>).revealPlainText === 'function';
}

export class SecretRegistry {
  /** Every value, oldest first (a Set keeps insertion order), for the size bound. */
  readonly #values = new Set<string>();
  /** Values by their first MIN_SECRET_LENGTH characters: finding them in a text costs one lookup per position. */
  readonly #byPrefix = new Map<string, string[]>();
  readonly #secretTypes = new Set<string>();
  readonly #secretProperties = new Set<string>();

  get size(): number {
    return this.#values.size;
  }

  /** A command's declaration: records of `typeName` carry secrets in `properties` (New-EntraIDUserTemporaryAccessPass: TemporaryAccessPass). */
  declareOutput(typeName: string | undefined, properties: readonly string[]): void {
    if (properties.length === 0) return;
    for (const property of properties) this.#secretProperties.add(property.toLowerCase());
    if (typeName === undefined) return;
    this.#secretTypes.add(typeName.toLowerCase());
  }

  /** A property name some command declared secret (`TemporaryAccessPass`), whatever record it is on now. */
  isSecretProperty(name: string): boolean {
    return this.#secretProperties.has(name.toLowerCase());
  }

  /** A record of a type some command declared as carrying secrets. */
  isSecretRecord(value: unknown): boolean {
    return (
      value instanceof PSObject && value.typeNames.some((name) => this.#secretTypes.has(name.toLowerCase()))
    );
  }

  /** Remembers one secret value. */
  add(text: string): void {
    if (text.length < MIN_SECRET_LENGTH || this.#values.has(text) || /^\**$/.test(text)) return;
    if (this.#values.size >= MAX_SECRETS) this.#forgetOldest();
    this.#values.add(text);
    const prefix = text.slice(0, MIN_SECRET_LENGTH);
    const bucket = this.#byPrefix.get(prefix);
    if (bucket) bucket.push(text);
    else this.#byPrefix.set(prefix, [text]);
  }

  /**
   * Remembers the secrets in a value bound to a secret parameter: a string, a SecureString's text,
   * a credential's password, or each element of an array of those.
   */
  learn(value: unknown, depth = 0): void {
    if (typeof value === 'string') {
      this.add(value);
      return;
    }
    if (typeof value === 'number') {
      this.add(String(value));
      return;
    }
    if (typeof value !== 'object' || value === null || depth >= 2) return;
    if (revealsPlainText(value)) {
      this.add(value.revealPlainText());
      return;
    }
    // An array of secrets; a credential, whose password is a SecureString property.
    const parts: unknown[] = Array.isArray(value)
      ? (value as unknown[])
      : value instanceof PSObject
        ? value.properties.values().filter((item) => item instanceof PSSecureString)
        : [Reflect.get(value, 'Password'), Reflect.get(value, 'password')].filter(
            (item) => item instanceof PSSecureString,
          );
    for (const part of parts) this.learn(part, depth + 1);
  }

  /** Remembers the secrets of one output record: a SecureString's text, the `properties` its command declared secret. */
  learnOutput(value: unknown, properties: readonly string[]): void {
    if (value instanceof PSSecureString) {
      this.add(value.revealPlainText());
      return;
    }
    if (!(value instanceof PSObject)) return;
    for (const property of properties) {
      const secret = value.get(property);
      if (typeof secret === 'string') this.add(secret);
    }
  }

  /** The values held under secret property names of a record or hashtable (a pass read back from a CSV file). */
  learnSecretProperties(value: PSObject | PSHashtable): boolean {
    let found = false;
    const pairs = value instanceof PSObject ? value.properties.entries() : value.entries();
    for (const [name, item] of pairs) {
      if (!this.isSecretProperty(name) || typeof item !== 'string' || item === '') continue;
      this.add(item);
      found = true;
    }
    return found;
  }

  /** True when `text` holds a known secret anywhere. */
  contains(text: string): boolean {
    if (this.#values.size === 0 || text.length < MIN_SECRET_LENGTH) return false;
    for (let i = 0; i + MIN_SECRET_LENGTH <= text.length; i++)
      if (this.#matchAt(text, i) !== undefined) return true;
    return false;
  }

  /** `text` with every known secret, and every token-shaped value, replaced by asterisks of the same length. */
  mask(text: string): string {
    return maskTokenShapes(this.#maskKnown(text));
  }

  #maskKnown(text: string): string {
    if (this.#values.size === 0 || text.length < MIN_SECRET_LENGTH) return text;
    let out = '';
    let copied = 0;
    for (let i = 0; i + MIN_SECRET_LENGTH <= text.length;) {
      const found = this.#matchAt(text, i);
      if (found === undefined) {
        i++;
        continue;
      }
      out += text.slice(copied, i) + '*'.repeat(found.length);
      i += found.length;
      copied = i;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  /** The longest known secret starting at `index`. */
  #matchAt(text: string, index: number): string | undefined {
    const bucket = this.#byPrefix.get(text.slice(index, index + MIN_SECRET_LENGTH));
    if (bucket === undefined) return undefined;
    let best: string | undefined;
    for (const value of bucket)
      if (text.startsWith(value, index) && (best === undefined || value.length > best.length)) best = value;
    return best;
  }

  #forgetOldest(): void {
    const oldest = this.#values.values().next().value;
    if (oldest === undefined) return;
    this.#values.delete(oldest);
    const prefix = oldest.slice(0, MIN_SECRET_LENGTH);
    const rest = (this.#byPrefix.get(prefix) ?? []).filter((v) => v !== oldest);
    if (rest.length === 0) this.#byPrefix.delete(prefix);
    else this.#byPrefix.set(prefix, rest);
  }
}

/** Where a session keeps its registry; cmdlets reach it through `secretsOf(ctx)`. */
export const secretRegistryKey = serviceKey<SecretRegistry>('session.secrets');

/** The session's registry; a context without one (a bare test pipeline) gets an empty registry of its own. */
export function secretsOf(source: { readonly services: ServiceReader }): SecretRegistry {
  return source.services.get(secretRegistryKey) ?? new SecretRegistry();
}
