/**
 * One entry point per operator kind for the evaluator. Operator names are accepted with or
 * without the dash and in any case ('-eq', 'EQ', '-ceq', '-ilike', '+', '..', '-f').
 * The `c`/`i` prefixes of the comparison family override opts.caseSensitive.
 */
import { tryConvertTo } from '../convert.js';
import { RuntimeError } from '../errors.js';
import type { PSHashtable } from '../model.js';
import { PSTypeName } from '../model.js';
import { materialize, PSRange } from '../range.js';
import { toPSString } from '../stringify.js';
import { isTruthy } from '../truthiness.js';
import { isType } from '../type-of.js';
import { formatComposite } from '../format-composite.js';
import { arithmetic, negate, unaryPlus, type ArithmeticOperator } from './arithmetic.js';
import { bitwise, bitwiseNot, type BitwiseOperator } from './bitwise.js';
import { asCollection, compare, contains, type ComparisonOperator } from './comparison.js';
import { range } from './range-op.js';
import { join, like, match, replace, split, splitWhitespace, type ScriptBlockInvoker } from './text-ops.js';

export interface BinaryOperatorOptions {
  /** Case sensitivity for the comparison family when the operator has no c/i prefix. */
  caseSensitive?: boolean;
  /** Called with $Matches after a successful scalar -match/-notmatch. */
  setMatches?: (matches: PSHashtable) => void;
  /** Runs a script block with `$_` bound (for `-replace 'x', { ... }`). */
  invokeScriptBlock?: ScriptBlockInvoker;
}

/** Operators that take the c/i prefix. */
const CASE_FAMILY = new Set([
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch',
  'contains', 'notcontains', 'in', 'notin', 'replace', 'split',
]);

const OTHER_BINARY = new Set(['join', 'f', 'is', 'isnot', 'as', 'and', 'or', 'xor', 'band', 'bor', 'bxor', 'shl', 'shr']);

export interface NormalizedOperator {
  name: string;
  /** undefined when the operator carries no c/i prefix. */
  caseSensitive: boolean | undefined;
}

export function normalizeOperator(op: string): NormalizedOperator {
  const raw = op.trim();
  if (['+', '-', '*', '/', '%', '..', '!', ','].includes(raw)) return { name: raw, caseSensitive: undefined };
  const name = raw.replace(/^-/, '').toLowerCase();
  if (CASE_FAMILY.has(name) || OTHER_BINARY.has(name) || ['not', 'bnot'].includes(name)) return { name, caseSensitive: undefined };
  const prefix = name[0];
  const rest = name.slice(1);
  if ((prefix === 'c' || prefix === 'i') && CASE_FAMILY.has(rest)) return { name: rest, caseSensitive: prefix === 'c' };
  throw new RuntimeError(`Unexpected operator '${op}'.`, 'UnexpectedOperator', 'ParserError');
}

function typeOperand(right: unknown): string | PSTypeName {
  if (right instanceof PSTypeName || typeof right === 'string') return right;
  throw new RuntimeError('The right operand of \'-is\' must be a type.', 'IsOperatorRequiresType', 'InvalidOperation');
}

function formatArgs(right: unknown): unknown[] {
  return [...(asCollection(right) ?? [right])];
}

/** `left <op> right` with PowerShell semantics. `..` returns a lazy PSRange. */
export function applyBinaryOperator(op: string, left: unknown, right: unknown, opts: BinaryOperatorOptions = {}): unknown {
  const { name, caseSensitive: prefixed } = normalizeOperator(op);
  const cs = prefixed ?? opts.caseSensitive ?? false;
  if (name === '..') return range(materialize(left), materialize(right));
  const l = materialize(left);
  const r = materialize(right);
  switch (name) {
    case '+': case '-': case '*': case '/': case '%':
      return arithmetic(name as ArithmeticOperator, l, r);
    case 'eq': case 'ne': case 'gt': case 'ge': case 'lt': case 'le':
      return compare(name as ComparisonOperator, l, r, cs);
    case 'like': return like(l, r, cs);
    case 'notlike': return like(l, r, cs, true);
    case 'match': case 'notmatch': {
      const outcome = match(l, r, cs, name === 'notmatch');
      if (outcome.matches && opts.setMatches) opts.setMatches(outcome.matches);
      return outcome.result;
    }
    case 'contains': return contains(l, r, cs);
    case 'notcontains': return !contains(l, r, cs);
    case 'in': return contains(r, l, cs);
    case 'notin': return !contains(r, l, cs);
    case 'replace': return replace(l, r, cs, opts.invokeScriptBlock);
    case 'split': return split(l, r, cs);
    case 'join': return join(l, r);
    case 'f': return formatComposite(toPSString(l), formatArgs(r));
    case 'is': return isType(l, typeOperand(r));
    case 'isnot': return !isType(l, typeOperand(r));
    case 'as': return tryConvertTo(l, typeOperand(r));
    case 'and': return isTruthy(l) && isTruthy(r);
    case 'or': return isTruthy(l) || isTruthy(r);
    case 'xor': return isTruthy(l) !== isTruthy(r);
    case 'band': case 'bor': case 'bxor': case 'shl': case 'shr':
      return bitwise(name as BitwiseOperator, l, r);
    default:
      throw new RuntimeError(`Unexpected operator '${op}'.`, 'UnexpectedOperator', 'ParserError');
  }
}

/** Unary operators: `-` `+` `!` `-not` `-bnot` `-split` `-join` `,` (wrap in a one-element array). */
export function applyUnaryOperator(op: string, operand: unknown): unknown {
  const { name } = normalizeOperator(op);
  const value = materialize(operand);
  switch (name) {
    case '-': return negate(value);
    case '+': return unaryPlus(value);
    case '!': case 'not': return !isTruthy(value);
    case 'bnot': return bitwiseNot(value);
    case 'split': return splitWhitespace(value);
    case 'join': return join(value);
    case ',': return [operand instanceof PSRange ? value : operand];
    default:
      throw new RuntimeError(`Unexpected operator '${op}'.`, 'UnexpectedOperator', 'ParserError');
  }
}
