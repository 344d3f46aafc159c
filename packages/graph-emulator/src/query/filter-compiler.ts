/**
 * Checks a parsed `$filter` against what Graph supports on a directory object type and compiles
 * it to a predicate. The check yields Graph's errors (unknown property, unsupported operator for a
 * property, incompatible operand types) and says what needs the advanced query parameters: an
 * operator or property only indexed there, a value longer than the default index keeps, or more
 * `or` clauses (or `in` values) than a default query allows.
 */
import type { EntitySchema, FilterCapabilities, Support } from './entity-schema.js';
import type { FilterNode, Literal } from './filter-ast.js';

export type Predicate<R> = (record: R) => boolean;

/** Why a filter needs advanced query parameters. */
export type AdvancedReason =
  | { readonly kind: 'operator'; readonly name: string }
  | { readonly kind: 'property'; readonly name: string }
  | { readonly kind: 'clauses'; readonly count: number };

export class FilterRejection extends Error {
  constructor(
    readonly code: 'BadRequest' | 'Request_UnsupportedQuery',
    message: string,
  ) {
    super(message);
  }
}

/** Graph's default (non-advanced) index keeps string values up to this length. */
export const DEFAULT_INDEX_VALUE_LENGTH = 120;
/** A default query allows this many children under one `or` (an `in` counts each value). */
export const DEFAULT_MAX_OR_CLAUSES = 15;

const EDM: Record<Literal['type'], string> = {
  string: 'Edm.String',
  boolean: 'Edm.Boolean',
  null: 'null',
  number: 'Edm.Int32',
  dateTime: 'Edm.DateTimeOffset',
};
const EDM_PROPERTY: Record<FilterCapabilities['type'], string> = {
  string: 'Edm.String',
  boolean: 'Edm.Boolean',
  dateTime: 'Edm.DateTimeOffset',
};
const OPERATOR_KIND: Record<string, string> = {
  eq: 'Equal',
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
};

export interface CompiledFilter<R> {
  readonly predicate: Predicate<R>;
  readonly advanced: readonly AdvancedReason[];
}

/** How one value of a property is read: the record's property, or the lambda's current element. */
type Read<R> = (record: R) => unknown;

interface Scope<R> {
  /** Inside a lambda: the range variable and how to read the element it stands for. */
  readonly variable?: {
    readonly name: string;
    readonly read: Read<R>;
    readonly property: string;
    readonly caps: FilterCapabilities;
  };
}

class Compiler<R> {
  readonly advanced: AdvancedReason[] = [];

  constructor(private readonly schema: EntitySchema<R>) {}

  #unsupported(property: string): FilterRejection {
    return new FilterRejection(
      'Request_UnsupportedQuery',
      `Unsupported or invalid query filter clause specified for property '${property}' of resource '${this.schema.resource}'.`,
    );
  }

  /** Resolves a name to how it is read and what it supports; a collection only inside any(). */
  #operand(name: string, scope: Scope<R>): { property: string; caps: FilterCapabilities; read: Read<R> } {
    const variable = scope.variable;
    if (variable !== undefined && name === variable.name)
      return {
        property: variable.property,
        caps: { ...variable.caps, collection: false },
        read: variable.read,
      };
    const property = this.schema.canonical(name);
    if (property === undefined)
      throw new FilterRejection(
        'BadRequest',
        `Could not find a property named '${name}' on type '${this.schema.typeName}'.`,
      );
    const caps = this.schema.filter(property);
    if (caps === undefined || caps.collection === true) throw this.#unsupported(property);
    return { property, caps, read: (record) => this.schema.value(record, property) };
  }

  #need(support: Support | undefined, property: string): void {
    if (support === undefined) throw this.#unsupported(property);
    if (support === 'advanced') this.advanced.push({ kind: 'property', name: property });
  }

  #checkType(caps: FilterCapabilities, literal: Literal, op: string): void {
    if (literal.type === 'null') return;
    const ok =
      (caps.type === 'string' && literal.type === 'string') ||
      (caps.type === 'boolean' && literal.type === 'boolean') ||
      (caps.type === 'dateTime' && literal.type === 'dateTime');
    if (!ok) {
      throw new FilterRejection(
        'BadRequest',
        `A binary operator with incompatible types was detected. Found operand types '${EDM_PROPERTY[caps.type]}' and '${EDM[literal.type]}' for operator kind '${OPERATOR_KIND[op] ?? op}'.`,
      );
    }
  }

  /** The default index truncates long strings: matching on them is an advanced query. */
  #checkLength(property: string, literal: Literal): void {
    if (literal.type === 'string' && literal.value.length > DEFAULT_INDEX_VALUE_LENGTH)
      this.advanced.push({ kind: 'property', name: property });
  }

  #countClauses(count: number): void {
    if (count > DEFAULT_MAX_OR_CLAUSES) this.advanced.push({ kind: 'clauses', count });
  }

  compile(node: FilterNode, scope: Scope<R> = {}): Predicate<R> {
    switch (node.kind) {
      case 'and': {
        const parts = node.operands.map((operand) => this.compile(operand, scope));
        return (r) => parts.every((part) => part(r));
      }
      case 'or': {
        this.#countClauses(
          node.operands.reduce(
            (sum, operand) => sum + (operand.kind === 'in' ? operand.values.length : 1),
            0,
          ),
        );
        const parts = node.operands.map((operand) => this.compile(operand, scope));
        return (r) => parts.some((part) => part(r));
      }
      case 'not': {
        this.advanced.push({ kind: 'operator', name: 'not' });
        const operand = this.compile(node.operand, scope);
        return (r) => !operand(r);
      }
      case 'in': {
        const { property, caps, read } = this.#operand(node.property, scope);
        this.#need(caps.eq, property);
        this.#countClauses(node.values.length);
        for (const value of node.values) {
          if (value.type === 'null') throw this.#unsupported(property);
          this.#checkType(caps, value, 'eq');
          this.#checkLength(property, value);
        }
        const tests = node.values.map((value) => equals(read, value));
        return (r) => tests.some((test) => test(r));
      }
      case 'function': {
        const { property, caps, read } = this.#operand(node.property, scope);
        const support = node.name === 'startswith' ? caps.startsWith : caps.endsWith;
        if (support === undefined) throw this.#unsupported(property);
        if (node.name === 'endswith') this.advanced.push({ kind: 'operator', name: 'endsWith' });
        else if (support === 'advanced') this.advanced.push({ kind: 'property', name: property });
        if (node.value.type !== 'string')
          throw new FilterRejection(
            'BadRequest',
            `The second argument of ${node.name} must be a string literal.`,
          );
        this.#checkLength(property, node.value);
        const needle = node.value.value.toLowerCase();
        return node.name === 'startswith'
          ? (r) => lowerOf(read(r))?.startsWith(needle) ?? false
          : (r) => lowerOf(read(r))?.endsWith(needle) ?? false;
      }
      case 'lambda':
        return this.#lambda(node, scope);
      case 'compare':
        return this.#compare(node.op, node.property, node.value, scope);
    }
  }

  #lambda(node: Extract<FilterNode, { kind: 'lambda' }>, scope: Scope<R>): Predicate<R> {
    if (scope.variable !== undefined) throw this.#unsupported(scope.variable.property);
    const property = this.schema.canonical(node.property);
    if (property === undefined)
      throw new FilterRejection(
        'BadRequest',
        `Could not find a property named '${node.property}' on type '${this.schema.typeName}'.`,
      );
    const caps = this.schema.filter(property);
    // Directory objects support any() on string collections; all() is not supported.
    if (caps === undefined || caps.collection !== true || node.operator === 'all')
      throw this.#unsupported(property);
    let element: unknown;
    const body = this.compile(node.body, {
      variable: { name: node.variable, read: () => element, property, caps },
    });
    return (record) => {
      const values = this.schema.value(record, property);
      if (!Array.isArray(values)) return false;
      return values.some((value: unknown) => {
        element = value;
        return body(record);
      });
    };
  }

  #compare(op: string, name: string, value: Literal, scope: Scope<R>): Predicate<R> {
    const { property, caps, read } = this.#operand(name, scope);
    this.#checkType(caps, value, op);
    if (value.type === 'null') {
      if (!caps.nullable || (op !== 'eq' && op !== 'ne')) throw this.#unsupported(property);
      this.advanced.push({ kind: 'property', name: property });
      if (op === 'ne') this.advanced.push({ kind: 'operator', name: 'ne' });
      return op === 'eq' ? (r) => isNullish(read(r)) : (r) => !isNullish(read(r));
    }
    this.#checkLength(property, value);
    if (op === 'eq' || op === 'ne') {
      this.#need(caps.eq, property);
      const test = equals(read, value);
      if (op === 'eq') return test;
      this.advanced.push({ kind: 'operator', name: 'ne' });
      return (r) => !test(r);
    }
    this.#need(caps.range, property);
    const target =
      value.type === 'dateTime'
        ? value.value
        : value.type === 'string'
          ? value.value.toLowerCase()
          : undefined;
    if (target === undefined) throw this.#unsupported(property);
    return (r) => {
      const raw = read(r);
      const actual = caps.type === 'dateTime' ? Date.parse(String(raw)) : lowerOf(raw);
      if (actual === undefined || (typeof actual === 'number' && Number.isNaN(actual))) return false;
      if (op === 'gt') return actual > target;
      if (op === 'ge') return actual >= target;
      if (op === 'lt') return actual < target;
      return actual <= target;
    };
  }
}

function isNullish(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

function lowerOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

function equals<R>(read: Read<R>, literal: Literal): Predicate<R> {
  if (literal.type === 'boolean') return (r) => read(r) === literal.value;
  if (literal.type === 'dateTime') return (r) => Date.parse(String(read(r))) === literal.value;
  if (literal.type !== 'string') return () => false;
  const wanted = literal.value.toLowerCase();
  return (r) => lowerOf(read(r)) === wanted;
}

export function compileFilter<R>(node: FilterNode, schema: EntitySchema<R>): CompiledFilter<R> {
  const compiler = new Compiler(schema);
  const predicate = compiler.compile(node);
  return { predicate, advanced: compiler.advanced };
}
