/**
 * Checks a parsed `$filter` against what Graph supports on users and compiles it to a predicate.
 * The check yields Graph's errors: unknown property, unsupported operator for a property,
 * incompatible operand types, and what needs the advanced query parameters.
 */
import { canonicalUserProperty, USER_FILTER_CAPABILITIES, type FilterCapabilities, type Support, type UserProperty, type UserRecord } from '../directory/user.js';
import type { FilterNode, Literal } from './filter-ast.js';

export type UserPredicate = (user: UserRecord) => boolean;

/** Why a filter needs advanced query parameters: an operator name, or a property that only works there. */
export type AdvancedReason = { readonly kind: 'operator'; readonly name: string } | { readonly kind: 'property'; readonly name: string };

export class FilterRejection extends Error {
  constructor(
    readonly code: 'BadRequest' | 'Request_UnsupportedQuery',
    message: string,
  ) {
    super(message);
  }
}

const EDM: Record<Literal['type'], string> = { string: 'Edm.String', boolean: 'Edm.Boolean', null: 'null', number: 'Edm.Int32', dateTime: 'Edm.DateTimeOffset' };
const EDM_PROPERTY: Record<FilterCapabilities['type'], string> = { string: 'Edm.String', boolean: 'Edm.Boolean', dateTime: 'Edm.DateTimeOffset' };
const OPERATOR_KIND: Record<string, string> = { eq: 'Equal', ne: 'NotEqual', gt: 'GreaterThan', ge: 'GreaterThanOrEqual', lt: 'LessThan', le: 'LessThanOrEqual' };

function unsupported(property: string): FilterRejection {
  return new FilterRejection('Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`);
}

interface Compiled {
  readonly predicate: UserPredicate;
  readonly advanced: readonly AdvancedReason[];
}

class Compiler {
  readonly advanced: AdvancedReason[] = [];

  #property(name: string): [UserProperty, FilterCapabilities] {
    const property = canonicalUserProperty(name);
    if (property === undefined) throw new FilterRejection('BadRequest', `Could not find a property named '${name}' on type 'microsoft.graph.user'.`);
    const caps = USER_FILTER_CAPABILITIES[property];
    if (caps === undefined) throw unsupported(property);
    return [property, caps];
  }

  #need(support: Support | undefined, property: UserProperty): void {
    if (support === undefined) throw unsupported(property);
    if (support === 'advanced') this.advanced.push({ kind: 'property', name: property });
  }

  #checkType(caps: FilterCapabilities, literal: Literal, op: string): void {
    if (literal.type === 'null') return;
    const ok = (caps.type === 'string' && literal.type === 'string') || (caps.type === 'boolean' && literal.type === 'boolean') || (caps.type === 'dateTime' && literal.type === 'dateTime');
    if (!ok) {
      throw new FilterRejection('BadRequest', `A binary operator with incompatible types was detected. Found operand types '${EDM_PROPERTY[caps.type]}' and '${EDM[literal.type]}' for operator kind '${OPERATOR_KIND[op] ?? op}'.`);
    }
  }

  compile(node: FilterNode): UserPredicate {
    switch (node.kind) {
      case 'and': {
        const left = this.compile(node.left);
        const right = this.compile(node.right);
        return (u) => left(u) && right(u);
      }
      case 'or': {
        const left = this.compile(node.left);
        const right = this.compile(node.right);
        return (u) => left(u) || right(u);
      }
      case 'not': {
        this.advanced.push({ kind: 'operator', name: 'not' });
        const operand = this.compile(node.operand);
        return (u) => !operand(u);
      }
      case 'in': {
        const [property, caps] = this.#property(node.property);
        this.#need(caps.eq, property);
        for (const value of node.values) {
          if (value.type === 'null') throw unsupported(property);
          this.#checkType(caps, value, 'eq');
        }
        const tests = node.values.map((value) => equals(property, value));
        return (u) => tests.some((test) => test(u));
      }
      case 'function': {
        const [property, caps] = this.#property(node.property);
        const support = node.name === 'startswith' ? caps.startsWith : caps.endsWith;
        if (support === undefined) throw unsupported(property);
        if (node.name === 'endswith') this.advanced.push({ kind: 'operator', name: 'endsWith' });
        else if (support === 'advanced') this.advanced.push({ kind: 'property', name: property });
        if (node.value.type !== 'string') throw new FilterRejection('BadRequest', `The second argument of ${node.name} must be a string literal.`);
        const needle = node.value.value.toLowerCase();
        return node.name === 'startswith' ? (u) => lowerOf(u, property)?.startsWith(needle) ?? false : (u) => lowerOf(u, property)?.endsWith(needle) ?? false;
      }
      case 'compare':
        return this.#compare(node.op, node.property, node.value);
    }
  }

  #compare(op: string, name: string, value: Literal): UserPredicate {
    const [property, caps] = this.#property(name);
    this.#checkType(caps, value, op);
    if (value.type === 'null') {
      if (!caps.nullable || (op !== 'eq' && op !== 'ne')) throw unsupported(property);
      this.advanced.push({ kind: 'property', name: property });
      if (op === 'ne') this.advanced.push({ kind: 'operator', name: 'ne' });
      return op === 'eq' ? (u) => isNullish(u[property]) : (u) => !isNullish(u[property]);
    }
    if (op === 'eq' || op === 'ne') {
      this.#need(caps.eq, property);
      const test = equals(property, value);
      if (op === 'eq') return test;
      this.advanced.push({ kind: 'operator', name: 'ne' });
      return (u) => !test(u);
    }
    this.#need(caps.range, property);
    const target = value.type === 'dateTime' ? value.value : value.type === 'string' ? value.value.toLowerCase() : undefined;
    if (target === undefined) throw unsupported(property);
    return (u) => {
      const actual = caps.type === 'dateTime' ? Date.parse(String(u[property])) : lowerOf(u, property);
      if (actual === undefined || actual === null || (typeof actual === 'number' && Number.isNaN(actual))) return false;
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

function lowerOf(user: UserRecord, property: UserProperty): string | undefined {
  const value = user[property];
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

function equals(property: UserProperty, literal: Literal): UserPredicate {
  if (literal.type === 'boolean') return (u) => u[property] === literal.value;
  if (literal.type === 'dateTime') return (u) => Date.parse(String(u[property])) === literal.value;
  if (literal.type !== 'string') return () => false;
  const wanted = literal.value.toLowerCase();
  return (u) => lowerOf(u, property) === wanted;
}

export function compileFilter(node: FilterNode): Compiled {
  const compiler = new Compiler();
  const predicate = compiler.compile(node);
  return { predicate, advanced: compiler.advanced };
}
