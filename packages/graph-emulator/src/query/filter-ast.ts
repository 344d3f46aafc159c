/** The `$filter` syntax tree: the subset of OData Graph supports on users. */

export type Literal =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'null' }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'dateTime'; readonly value: number; readonly text: string };

export type CompareOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: CompareOperator; readonly property: string; readonly value: Literal }
  | { readonly kind: 'in'; readonly property: string; readonly values: readonly Literal[] }
  | { readonly kind: 'function'; readonly name: 'startswith' | 'endswith'; readonly property: string; readonly value: Literal };

/** A syntax error in a query option, with the position in the original text. */
export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}
