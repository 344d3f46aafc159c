/**
 * Operator tables. Dash operators are matched case-insensitively; `-c`/`-i` prefixes select the
 * case-sensitive / explicitly case-insensitive variant and are folded into `caseSensitive`.
 */
import type { BinaryOperator, UnaryOperator } from './ast.js';

/**
 * Binary precedence, as PowerShell's TokenTraits: higher binds tighter. `??` sits between the
 * comparison and the additive operators (`$a -eq $b ?? 1` is `$a -eq ($b ?? 1)`, `2 + $x ?? 3` is
 * `(2 + $x) ?? 3`).
 */
export const Precedence = {
  Logical: 1,
  Bitwise: 2,
  Comparison: 3,
  Coalesce: 4,
  Additive: 5,
  Multiplicative: 6,
  Format: 7,
  Range: 8,
} as const;
export type Precedence = (typeof Precedence)[keyof typeof Precedence];

/** Operators that accept the `c`/`i` case prefix (`-ceq`, `-ilike`, `-csplit`...). */
const CASE_VARIANT_OPERATORS = new Set([
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains',
  'in', 'notin', 'replace', 'split',
]);

const DASH_BINARY: Readonly<Record<string, Precedence>> = {
  and: Precedence.Logical,
  or: Precedence.Logical,
  xor: Precedence.Logical,
  band: Precedence.Bitwise,
  bor: Precedence.Bitwise,
  bxor: Precedence.Bitwise,
  f: Precedence.Format,
  join: Precedence.Comparison,
  is: Precedence.Comparison,
  isnot: Precedence.Comparison,
  as: Precedence.Comparison,
  shl: Precedence.Comparison,
  shr: Precedence.Comparison,
};
for (const op of CASE_VARIANT_OPERATORS) (DASH_BINARY as Record<string, Precedence>)[op] = Precedence.Comparison;

const DASH_UNARY = new Set(['not', 'bnot', 'split', 'join']);

export interface DashOperator {
  /** Normalised, e.g. `-eq` for `-CEQ`. */
  readonly op: string;
  readonly caseSensitive: boolean;
}

/** Looks up the word after a dash (`eq`, `CEq`, `iLike`, `not`...); undefined if it is not an operator. */
export function lookupDashOperator(word: string): DashOperator | undefined {
  const lower = word.toLowerCase();
  if (lower in DASH_BINARY || DASH_UNARY.has(lower)) return { op: `-${lower}`, caseSensitive: false };
  const prefix = lower[0];
  const rest = lower.slice(1);
  if ((prefix === 'c' || prefix === 'i') && CASE_VARIANT_OPERATORS.has(rest)) {
    return { op: `-${rest}`, caseSensitive: prefix === 'c' };
  }
  return undefined;
}

const SYMBOL_BINARY: Readonly<Record<string, Precedence>> = {
  '+': Precedence.Additive,
  '-': Precedence.Additive,
  '*': Precedence.Multiplicative,
  '/': Precedence.Multiplicative,
  '%': Precedence.Multiplicative,
  '..': Precedence.Range,
  '??': Precedence.Coalesce,
};

export function binaryPrecedence(op: string): Precedence | undefined {
  if (op.startsWith('-') && op.length > 1) return DASH_BINARY[op.slice(1)];
  return SYMBOL_BINARY[op];
}

/** Operators that may start a unary expression (prefix position). */
export function isPrefixUnaryOperator(op: string): op is UnaryOperator {
  return op === '-not' || op === '!' || op === '-bnot' || op === '-' || op === '+' || op === '-split' ||
    op === '-join' || op === '++' || op === '--';
}

export function asBinaryOperator(op: string): BinaryOperator {
  return op as BinaryOperator;
}

export const ASSIGNMENT_OPERATORS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '??=']);
