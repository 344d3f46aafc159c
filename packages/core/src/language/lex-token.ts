/**
 * Tokens as the parser sees them. The lexer is mode-driven (PowerShell's expression and argument
 * modes), so the parser asks for the next token in a mode; each token carries its decoded payload.
 */
import type { ExpandableStringPart, NumberType, StringQuoteKind, TypeNameAst } from './ast.js';

export type LexMode = 'expression' | 'command' | 'commandNoParams';

interface TokenBase {
  readonly start: number;
  readonly end: number;
}

export type LexToken =
  | (TokenBase & { readonly kind: 'EndOfInput' | 'NewLine' })
  /** Something that cannot start any token here (e.g. `:` or `^` in expression mode). */
  | (TokenBase & { readonly kind: 'Unknown' })
  /** `>`, `>>`, `<`: PowerShell redirection, which entra-shell does not support. */
  | (TokenBase & { readonly kind: 'Redirection'; readonly op: string })
  /** Operators and punctuation, normalised: `-eq`, `+=`, `(`, `@(`, `$(`, `|`, `--`, `::`... */
  | (TokenBase & { readonly kind: 'Operator'; readonly op: string; readonly caseSensitive: boolean })
  /** A simple name in expression mode: member names, keywords, `in`. */
  | (TokenBase & { readonly kind: 'Identifier'; readonly name: string })
  /** `-Name` or `-Name:` (argument mode), or an unknown `-word` in expression mode. */
  | (TokenBase & { readonly kind: 'Parameter'; readonly name: string; readonly colon: boolean })
  | (TokenBase & { readonly kind: 'Variable'; readonly name: string; readonly scope: string | undefined })
  /** `@name` (splatting). */
  | (TokenBase & { readonly kind: 'SplattedVariable'; readonly name: string; readonly scope: string | undefined })
  | (TokenBase & { readonly kind: 'Number'; readonly value: number; readonly numberType: NumberType })
  /**
   * A quoted string, or (kind Generic) an argument-mode bareword. `parts` is present when the
   * text has expansions (`$x`, `$(...)`), else `value` is the final string.
   */
  | (TokenBase & {
      readonly kind: 'String' | 'Generic';
      readonly quoteKind: StringQuoteKind;
      readonly value: string;
      readonly parts: readonly ExpandableStringPart[] | undefined;
    })
  /** `[datetime]`, `[string[]]`: scanned whole in expression mode. */
  | (TokenBase & { readonly kind: 'TypeLiteral'; readonly typeName: TypeNameAst });

export type LexTokenKind = LexToken['kind'];

export type OperatorToken = LexToken & { readonly kind: 'Operator' };

export function isOp(token: LexToken, op: string): boolean {
  return token.kind === 'Operator' && token.op === op;
}
