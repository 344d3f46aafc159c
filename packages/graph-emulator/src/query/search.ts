/**
 * `$search` on directory objects (https://learn.microsoft.com/graph/search-query-parameter):
 * `"property:text"` clauses joined by upper-case `AND` / `OR` (AND binds tighter) with
 * parentheses; inside a clause `\"` and `\\` are escapes. displayName and description are
 * tokenized (spaces, lower-to-upper case changes, letters against digits, each symbol on its own,
 * plus the words joined across symbols) and every searched token must start some token of the
 * value, in any order; every other string property matches as `startsWith`.
 */
import type { EntitySchema } from './entity-schema.js';
import type { Predicate } from './filter-compiler.js';
import { MAX_FILTER_DEPTH } from './filter-parser.js';

export class SearchRejection extends Error {
  constructor(
    readonly code: 'BadRequest' | 'Request_UnsupportedQuery',
    message: string,
  ) {
    super(message);
  }
}

type CharKind = 'letter' | 'digit' | 'symbol';

function kindOf(ch: string): CharKind {
  if (/[\p{L}\p{M}]/u.test(ch)) return 'letter';
  return /\p{N}/u.test(ch) ? 'digit' : 'symbol';
}

const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Graph's tokens of a text, lower-cased: `HelloWorld 2.0` gives hello, world, 2, ., 0, 20. */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const chunk of text.split(/\s+/u)) {
    const words: string[] = [];
    let sawSymbol = false;
    let current = '';
    let currentKind: CharKind | undefined;
    let previous = '';
    const flush = (): void => {
      if (current !== '') {
        const word = current.toLowerCase();
        words.push(word);
        tokens.push(word);
      }
      current = '';
      currentKind = undefined;
    };
    for (const ch of chunk) {
      const kind = kindOf(ch);
      if (kind === 'symbol') {
        flush();
        tokens.push(ch);
        sawSymbol = true;
      } else {
        // A new token starts where letters meet digits and where lower case turns upper.
        if (kind !== currentKind || (kind === 'letter' && isLower(previous) && isUpper(ch))) flush();
        current += ch;
        currentKind = kind;
      }
      previous = ch;
    }
    flush();
    if (sawSymbol && words.length > 1) tokens.push(words.join(''));
  }
  return tokens;
}

function tokenizedClause<R>(read: (record: R) => unknown, searched: readonly string[]): Predicate<R> {
  return (record) => {
    const value = read(record);
    const values = Array.isArray(value) ? value : [value];
    const tokens = values.flatMap((item: unknown) => (typeof item === 'string' ? searchTokens(item) : []));
    return searched.every((word) => tokens.some((token) => token.startsWith(word)));
  };
}

function prefixClause<R>(read: (record: R) => unknown, searched: string): Predicate<R> {
  return (record) => {
    const value = read(record);
    const values = Array.isArray(value) ? value : [value];
    return values.some(
      (item: unknown) => typeof item === 'string' && item.toLowerCase().startsWith(searched),
    );
  };
}

class SearchParser<R> {
  #at = 0;
  #depth = 0;

  constructor(
    private readonly text: string,
    private readonly schema: EntitySchema<R>,
  ) {}

  parse(): Predicate<R> {
    const predicate = this.#or();
    this.#space();
    if (this.#at < this.text.length)
      throw this.#syntax(
        `unexpected '${this.text.slice(this.#at, this.#at + 10)}'; clauses are joined with AND or OR (upper case)`,
      );
    return predicate;
  }

  #syntax(detail: string): SearchRejection {
    return new SearchRejection('BadRequest', `Syntax error in $search at position ${this.#at}: ${detail}.`);
  }

  #space(): void {
    while (/\s/.test(this.text.charAt(this.#at))) this.#at++;
  }

  #keyword(word: 'AND' | 'OR'): boolean {
    this.#space();
    if (this.text.startsWith(word, this.#at) && /[\s("]/.test(this.text.charAt(this.#at + word.length))) {
      this.#at += word.length;
      return true;
    }
    return false;
  }

  #or(): Predicate<R> {
    const parts = [this.#and()];
    while (this.#keyword('OR')) parts.push(this.#and());
    return parts.length === 1 && parts[0] !== undefined
      ? parts[0]
      : (record) => parts.some((part) => part(record));
  }

  #and(): Predicate<R> {
    const parts = [this.#primary()];
    while (this.#keyword('AND')) parts.push(this.#primary());
    return parts.length === 1 && parts[0] !== undefined
      ? parts[0]
      : (record) => parts.every((part) => part(record));
  }

  #primary(): Predicate<R> {
    this.#space();
    const ch = this.text.charAt(this.#at);
    if (ch === '(') {
      if (++this.#depth > MAX_FILTER_DEPTH) throw this.#syntax('too deeply nested');
      this.#at++;
      const inner = this.#or();
      this.#space();
      if (this.text.charAt(this.#at) !== ')') throw this.#syntax("expected ')'");
      this.#at++;
      this.#depth--;
      return inner;
    }
    if (ch !== '"')
      throw this.#syntax(
        'expected a clause "property:value" in double quotes, e.g. $search="displayName:john"',
      );
    return this.#clause(this.#quoted());
  }

  #quoted(): string {
    let body = '';
    this.#at++;
    for (;;) {
      if (this.#at >= this.text.length)
        throw this.#syntax('unterminated clause: a closing double quote is missing');
      const ch = this.text.charAt(this.#at++);
      if (ch === '"') return body;
      if (ch === '\\') {
        const escaped = this.text.charAt(this.#at++);
        if (escaped !== '"' && escaped !== '\\')
          throw this.#syntax('inside a clause only \\" and \\\\ may be escaped');
        body += escaped;
      } else {
        body += ch;
      }
    }
  }

  #clause(body: string): Predicate<R> {
    const colon = body.indexOf(':');
    if (colon <= 0)
      throw new SearchRejection(
        'BadRequest',
        `Syntax error in $search clause "${body}": use "property:value", e.g. "displayName:john".`,
      );
    const name = body.slice(0, colon);
    const property = this.schema.canonical(name);
    if (property === undefined)
      throw new SearchRejection(
        'BadRequest',
        `Could not find a property named '${name.trim()}' on type '${this.schema.typeName}'.`,
      );
    const caps = this.schema.filter(property);
    const tokenized = this.schema.tokenized.has(property);
    if (!tokenized && (caps?.type !== 'string' || (caps.eq === undefined && caps.startsWith === undefined))) {
      throw new SearchRejection(
        'Request_UnsupportedQuery',
        `Search on property '${property}' is not supported.`,
      );
    }
    const text = body.slice(colon + 1);
    const read = (record: R): unknown => this.schema.value(record, property);
    if (tokenized) {
      const words = searchTokens(text);
      return words.length === 0 ? () => true : tokenizedClause(read, words);
    }
    return prefixClause(read, text.trim().toLowerCase());
  }
}

export function parseSearch<R>(text: string, schema: EntitySchema<R>): Predicate<R> {
  return new SearchParser(text, schema).parse();
}
