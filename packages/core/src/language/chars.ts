/**
 * Character classes of PowerShell's tokenizer. Pasted command lines often carry typographic
 * dashes and quotes (from blogs and Word documents); PowerShell accepts them, so do we.
 */

export function isNewline(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/** Whitespace that separates tokens (newlines excluded: they separate statements). */
const UNICODE_SPACE = /\s/u;
const UNICODE_LETTER = /^\p{L}$/u;

export function isBlank(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c === ' ' || c === '\t') return true;
  if (c < '\x80') return c === '\v' || c === '\f';
  return c === '\x85' || UNICODE_SPACE.test(c);
}

/** `-`, en dash, em dash, horizontal bar. */
export function isDash(c: string | undefined): boolean {
  return c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015';
}

export function isSingleQuote(c: string | undefined): boolean {
  return c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201a' || c === '\u201b';
}

export function isDoubleQuote(c: string | undefined): boolean {
  return c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e';
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isHexDigit(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c < '\x80') return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return UNICODE_LETTER.test(c);
}

/** Letters, digits and `_`: identifiers, member names, keywords, operator names. */
export function isIdentifierChar(c: string | undefined): boolean {
  return c !== undefined && (c === '_' || isDigit(c) || isLetter(c));
}

/** What may follow `$` in an unbraced variable name. */
export function isVariableChar(c: string | undefined): boolean {
  return isIdentifierChar(c) || c === '?';
}

/**
 * Characters that end a bareword (and any argument-mode token): whitespace, newlines, end of
 * input and `& ( ) , ; { | }`. PowerShell calls this ForceStartNewToken.
 */
export function endsBareword(c: string | undefined): boolean {
  if (c === undefined) return true;
  switch (c) {
    case '&':
    case '(':
    case ')':
    case ',':
    case ';':
    case '{':
    case '|':
    case '}':
    case '\n':
    case '\r':
      return true;
    default:
      return isBlank(c);
  }
}

/** Characters that may directly follow a number in expression mode (`1+2`, `1..3`, `$a[1]`). */
export function mayFollowNumberInExpression(c: string | undefined): boolean {
  if (endsBareword(c)) return true;
  return (c !== undefined && '+-*/%=!<>.[]#'.includes(c)) || isDash(c);
}
