/**
 * `$search` on users: `"property:words"` clauses joined by AND / OR (AND binds tighter). Graph
 * tokenizes values on spaces, punctuation and case changes and matches each searched word as a
 * prefix of a token; the emulator does the same.
 */
import { canonicalUserProperty, USER_SEARCHABLE, type UserProperty, type UserRecord } from '../directory/user.js';
import type { UserPredicate } from './filter-compiler.js';

export class SearchRejection extends Error {
  constructor(
    readonly code: 'BadRequest' | 'Request_UnsupportedQuery',
    message: string,
  ) {
    super(message);
  }
}

/** Splits text into lower-case word tokens, also at camelCase boundaries. */
export function searchTokens(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function clause(property: UserProperty, words: string[]): UserPredicate {
  return (user) => {
    const value = user[property];
    const tokens = typeof value === 'string' ? searchTokens(value) : Array.isArray(value) ? value.flatMap((v) => searchTokens(String(v))) : [];
    return words.every((word) => tokens.some((token) => token.startsWith(word)));
  };
}

const CLAUSE = /^\s*"([^"]*)"\s*/;
const JOIN = /^(AND|OR)\b\s*/i;

export function parseSearch(text: string): UserPredicate {
  const groups: UserPredicate[][] = [[]];
  let rest = text.trim();
  for (;;) {
    const match = CLAUSE.exec(rest);
    if (!match) throw new SearchRejection('BadRequest', `Syntax error in $search: expected a clause "property:value" in double quotes, e.g. $search="displayName:john".`);
    const body = match[1] ?? '';
    const colon = body.indexOf(':');
    if (colon <= 0) throw new SearchRejection('BadRequest', `Syntax error in $search clause "${body}": use "property:value".`);
    const name = body.slice(0, colon);
    const property = canonicalUserProperty(name);
    if (property === undefined || !USER_SEARCHABLE.has(property)) throw new SearchRejection('Request_UnsupportedQuery', `Search on property '${name}' is not supported.`);
    const words = searchTokens(body.slice(colon + 1));
    groups[groups.length - 1]?.push(words.length === 0 ? () => true : clause(property, words));
    rest = rest.slice(match[0].length);
    if (rest === '') break;
    const join = JOIN.exec(rest);
    if (!join) throw new SearchRejection('BadRequest', 'Syntax error in $search: clauses must be joined with AND or OR.');
    if ((join[1] ?? '').toUpperCase() === 'OR') groups.push([]);
    rest = rest.slice(join[0].length);
  }
  return (user: UserRecord) => groups.some((group) => group.every((test) => test(user)));
}
