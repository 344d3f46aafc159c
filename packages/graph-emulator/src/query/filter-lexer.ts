/**
 * Tokens of a `$filter` expression. String literals use single quotes with `''` as an escaped
 * quote, which is exactly where an unescaped apostrophe (O'Brien) breaks a filter.
 */
import { QuerySyntaxError } from './filter-ast.js';

export type Token =
  | { readonly kind: 'open' | 'close' | 'comma' | 'colon'; readonly position: number }
  | { readonly kind: 'string'; readonly value: string; readonly position: number }
  | { readonly kind: 'word'; readonly value: string; readonly position: number }
  | { readonly kind: 'bare'; readonly value: string; readonly position: number };

const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_./]/;
const BARE_PART = /[A-Za-z0-9:.+-]/;

function readString(input: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= input.length) throw new QuerySyntaxError(`Unterminated string literal starting at position ${start}`, start);
    const ch = input.charAt(i);
    if (ch === "'") {
      if (input.charAt(i + 1) === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    value += ch;
    i++;
  }
}

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',' || ch === ':') {
      tokens.push({ kind: ch === '(' ? 'open' : ch === ')' ? 'close' : ch === ',' ? 'comma' : 'colon', position: i });
      i++;
    } else if (ch === "'") {
      const [value, next] = readString(input, i);
      tokens.push({ kind: 'string', value, position: i });
      i = next;
    } else if (WORD_START.test(ch)) {
      let end = i + 1;
      while (end < input.length && WORD_PART.test(input.charAt(end))) end++;
      tokens.push({ kind: 'word', value: input.slice(i, end), position: i });
      i = end;
    } else if (/[0-9-]/.test(ch)) {
      let end = i + 1;
      while (end < input.length && BARE_PART.test(input.charAt(end))) end++;
      tokens.push({ kind: 'bare', value: input.slice(i, end), position: i });
      i = end;
    } else {
      throw new QuerySyntaxError(`Syntax error: character '${ch}' is not valid at position ${i}`, i);
    }
  }
  return tokens;
}
