/**
 * Public token model: what `tokenize` returns and what colouring and completion build on.
 */
import type { SourceSpan } from './span.js';

export type TokenKind =
  | 'Generic'
  | 'Identifier'
  | 'Keyword'
  | 'Parameter'
  | 'Variable'
  | 'SplattedVariable'
  | 'Number'
  | 'String'
  | 'HereString'
  | 'TypeLiteral'
  | 'Operator'
  | 'Punctuation'
  | 'Comment'
  | 'NewLine'
  | 'LineContinuation'
  | 'Redirection'
  | 'Unknown';

/** How the parser used a token, where its kind alone does not say. */
export type TokenRole = 'command' | 'member' | 'type' | 'hashKey';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly span: SourceSpan;
  readonly role?: TokenRole;
  /** Set on the token a parse error points at (or the unparsable rest). */
  readonly inError?: boolean;
  /** Tokens inside an expandable string or bareword (`$x`, `$( ... )` contents). */
  readonly nested?: readonly Token[];
}

export type HighlightKind =
  | 'command'
  | 'parameter'
  | 'string'
  | 'variable'
  | 'number'
  | 'comment'
  | 'operator'
  | 'keyword'
  | 'member'
  | 'type'
  | 'punctuation'
  | 'text'
  | 'error';

/** A run of characters with one colour class; a highlight list covers the input exactly. */
export interface HighlightToken {
  readonly start: number;
  readonly end: number;
  readonly kind: HighlightKind;
}
