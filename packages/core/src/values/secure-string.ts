/**
 * System.Security.SecureString: text a script holds without showing it (passwords, client secrets).
 *
 * The text lives in a private field, and every generic way of turning a value into text
 * (toString, JSON.stringify, Node's inspect, string context, formatting) gives the type name, as
 * .NET's SecureString does. Only `revealPlainText()` reads it: the cmdlets that must hand the
 * secret on (ConvertFrom-SecureString -AsPlainText, Connect-EntraID) call it by name, so every
 * place that unwraps a secret is easy to find.
 */
import { inspect } from 'node:util';

export const SECURE_STRING_TYPE = 'System.Security.SecureString';

export class PSSecureString {
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  /** `.Length`: the number of characters, which .NET's SecureString shows too. */
  get length(): number {
    return this.#text.length;
  }

  /** The secret itself. Callers are the few places that must pass it on; never display it. */
  revealPlainText(): string {
    return this.#text;
  }

  toString(): string {
    return SECURE_STRING_TYPE;
  }

  toJSON(): string {
    return SECURE_STRING_TYPE;
  }

  /** console.log, test diffs and util.format show the type name, not the text. */
  [inspect.custom](): string {
    return `[${SECURE_STRING_TYPE}]`;
  }
}
