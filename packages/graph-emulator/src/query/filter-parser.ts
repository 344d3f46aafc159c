/**
 * Recursive-descent parser for `$filter`: `or` < `and` < `not` < primary, where a primary is a
 * parenthesised expression, `startswith/endswith(prop, 'x')`, `prop in ('a','b')`,
 * `collection/any(v:v eq 'x')` or `prop <op> literal`. Keywords are case-insensitive, as Graph
 * accepts `NOT` and `startsWith`. Nesting is bounded as OData's own parser bounds it, so a filter
 * nested thousands deep is a syntax error, not a stack overflow.
 */
import { parseDateTimeOffset } from '../core/dates.js';
import { QuerySyntaxError, type CompareOperator, type FilterNode, type Literal } from './filter-ast.js';
import { tokenize, type Token } from './filter-lexer.js';

const COMPARE = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const KEYWORDS = new Set<string>(['and', 'or', 'not', 'in', ...COMPARE]);

/** OData's default recursion limit for a filter expression (ODataUriParserSettings). */
export const MAX_FILTER_DEPTH = 800;
export const RECURSION_LIMIT = 'The recursion limit has been exceeded';

class Parser {
  #index = 0;
  #depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  #peek(): Token | undefined {
    return this.tokens[this.#index];
  }

  #next(): Token {
    const token = this.tokens[this.#index++];
    if (token === undefined) throw new QuerySyntaxError('Unexpected end of expression', this.length);
    return token;
  }

  #isWord(token: Token | undefined, word: string): boolean {
    return token?.kind === 'word' && token.value.toLowerCase() === word;
  }

  #expect(kind: 'open' | 'close' | 'comma' | 'colon'): void {
    const token = this.#next();
    const text = { open: '(', close: ')', comma: ',', colon: ':' }[kind];
    if (token.kind !== kind)
      throw new QuerySyntaxError(
        `Syntax error at position ${token.position}: expected '${text}'`,
        token.position,
      );
  }

  /** Every nested level (parenthesis, not, lambda body) passes through here. */
  #nested<T>(parse: () => T): T {
    if (++this.#depth > MAX_FILTER_DEPTH)
      throw new QuerySyntaxError(RECURSION_LIMIT, this.#peek()?.position ?? this.length);
    try {
      return parse();
    } finally {
      this.#depth--;
    }
  }

  parse(): FilterNode {
    const node = this.#or();
    const rest = this.#peek();
    if (rest !== undefined)
      throw new QuerySyntaxError(
        `Syntax error at position ${rest.position}: unexpected token`,
        rest.position,
      );
    return node;
  }

  #or(): FilterNode {
    const operands = [this.#and()];
    while (this.#isWord(this.#peek(), 'or')) {
      this.#next();
      operands.push(this.#and());
    }
    return operands.length === 1 && operands[0] !== undefined ? operands[0] : { kind: 'or', operands };
  }

  #and(): FilterNode {
    const operands = [this.#unary()];
    while (this.#isWord(this.#peek(), 'and')) {
      this.#next();
      operands.push(this.#unary());
    }
    return operands.length === 1 && operands[0] !== undefined ? operands[0] : { kind: 'and', operands };
  }

  #unary(): FilterNode {
    if (this.#isWord(this.#peek(), 'not')) {
      this.#next();
      return { kind: 'not', operand: this.#nested(() => this.#unary()) };
    }
    return this.#primary();
  }

  #primary(): FilterNode {
    const token = this.#next();
    if (token.kind === 'open') {
      const inner = this.#nested(() => this.#or());
      this.#expect('close');
      return inner;
    }
    if (token.kind !== 'word' || KEYWORDS.has(token.value.toLowerCase())) {
      throw new QuerySyntaxError(
        `Syntax error at position ${token.position}: expected a property or a function`,
        token.position,
      );
    }
    const name = token.value.toLowerCase();
    if ((name === 'startswith' || name === 'endswith') && this.#peek()?.kind === 'open')
      return this.#function(name);
    const lambda = /^(.+)\/(any|all)$/i.exec(token.value);
    if (lambda?.[1] !== undefined && lambda[2] !== undefined && this.#peek()?.kind === 'open') {
      return this.#lambda(lambda[1], lambda[2].toLowerCase() as 'any' | 'all');
    }
    return this.#comparison(token.value);
  }

  #lambda(property: string, operator: 'any' | 'all'): FilterNode {
    this.#expect('open');
    const variable = this.#property();
    this.#expect('colon');
    const body = this.#nested(() => this.#or());
    this.#expect('close');
    return { kind: 'lambda', operator, property, variable, body };
  }

  #function(name: 'startswith' | 'endswith'): FilterNode {
    this.#expect('open');
    const property = this.#property();
    this.#expect('comma');
    const value = this.#literal();
    this.#expect('close');
    return { kind: 'function', name, property, value };
  }

  #property(): string {
    const token = this.#next();
    if (token.kind !== 'word')
      throw new QuerySyntaxError(
        `Syntax error at position ${token.position}: expected a property name`,
        token.position,
      );
    return token.value;
  }

  #comparison(property: string): FilterNode {
    const op = this.#next();
    if (op.kind !== 'word')
      throw new QuerySyntaxError(
        `Syntax error at position ${op.position}: expected an operator`,
        op.position,
      );
    const operator = op.value.toLowerCase();
    if (operator === 'in') {
      this.#expect('open');
      const values = [this.#literal()];
      while (this.#peek()?.kind === 'comma') {
        this.#next();
        values.push(this.#literal());
      }
      this.#expect('close');
      return { kind: 'in', property, values };
    }
    if (!COMPARE.has(operator))
      throw new QuerySyntaxError(
        `Syntax error at position ${op.position}: unknown operator '${op.value}'`,
        op.position,
      );
    return { kind: 'compare', op: operator as CompareOperator, property, value: this.#literal() };
  }

  #literal(): Literal {
    const token = this.#next();
    if (token.kind === 'string') return { type: 'string', value: token.value };
    if (token.kind === 'word') {
      const word = token.value.toLowerCase();
      if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true' };
      if (word === 'null') return { type: 'null' };
    }
    if (token.kind === 'bare') {
      if (/^-?\d+(\.\d+)?$/.test(token.value)) return { type: 'number', value: Number(token.value) };
      const date = /^\d{4}-\d{2}-\d{2}$/.test(token.value)
        ? Date.parse(`${token.value}T00:00:00Z`)
        : parseDateTimeOffset(token.value);
      if (date !== undefined && !Number.isNaN(date))
        return { type: 'dateTime', value: date, text: token.value };
    }
    throw new QuerySyntaxError(
      `Syntax error at position ${token.position}: expected a literal`,
      token.position,
    );
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text), text.length).parse();
}
