/** The `$filter` syntax tree: the subset of OData Graph supports on directory objects. */

export type Literal =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'null' }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'dateTime'; readonly value: number; readonly text: string };

export type CompareOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/**
 * `and` / `or` chains are n-ary (`a or b or c` is one node with three operands), so a long chain
 * costs no recursion; inside a lambda body, `property` is the range variable (`c eq 'Unified'`).
 */
export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly operands: readonly FilterNode[] }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | {
      readonly kind: 'compare';
      readonly op: CompareOperator;
      readonly property: string;
      readonly value: Literal;
    }
  | { readonly kind: 'in'; readonly property: string; readonly values: readonly Literal[] }
  | {
      readonly kind: 'function';
      readonly name: 'startswith' | 'endswith';
      readonly property: string;
      readonly value: Literal;
    }
  | {
      readonly kind: 'lambda';
      readonly operator: 'any' | 'all';
      readonly property: string;
      readonly variable: string;
      readonly body: FilterNode;
    };

/** A syntax error in a query option, with the position in the original text. */
export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}
