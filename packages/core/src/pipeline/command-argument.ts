/**
 * The boundary between the evaluator and the parameter binder.
 *
 * The evaluator turns a command's AST elements into this flat, already-evaluated list, in source
 * order. It does not decide which value belongs to which parameter: whether `-Force $false`
 * gives `$false` to Force (it does not: switches never take the next element) depends on the
 * parameter's declaration, which only the binder knows.
 */
import type { SourceSpan } from '../language/span.js';

export type CommandArgument =
  /** `-Name` or `-Name:value`. `colonValue` is present only for the colon form (even `-Name:$null`). */
  | {
      readonly kind: 'parameter';
      /** The name as typed, without the dash, e.g. `IsUseableOnce`. */
      readonly name: string;
      /** The whole token as typed, e.g. `-IsUseableOnce:`; bound as a plain string when no parameter matches where PowerShell would. */
      readonly text: string;
      readonly colonValue?: ArgumentValue;
      readonly span: SourceSpan;
    }
  /** Any other element: a bareword, literal, variable, sub-expression, array (`a,b`), scriptblock... */
  | ({ readonly kind: 'value'; readonly span: SourceSpan } & ArgumentValue)
  /** `@name`: a hashtable splats as named parameters, an array as positional values. */
  | { readonly kind: 'splat'; readonly value: unknown; readonly variableName: string; readonly span: SourceSpan };

export interface ArgumentValue {
  readonly value: unknown;
  /**
   * The source text when it matters for binding: numbers keep their original spelling so that
   * `007` bound to a String parameter stays "007"; absent for computed values.
   */
  readonly text?: string;
}
