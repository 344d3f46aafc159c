/** `$x = v`, `$x += v`, `$o.Prop = v`, `$a[i] = v`, `$env:X = v`, `[int]$n = v`, `$x ??= v`. */
import type { AssignmentAst, ExpressionAst } from '../language/ast.js';
import { RuntimeError } from '../values/errors.js';
import { convertTo } from '../values/convert.js';
import { applyBinaryOperator } from '../values/operators/dispatch.js';
import { materialize } from '../values/range.js';
import { toPSString } from '../values/stringify.js';
import type { Frame } from './context.js';
import { asTerminating } from './errors.js';
import { evaluate, statementValue } from './expressions.js';
import { assignIndex, assignMember, indexValue, memberOf } from './members.js';
import { isNullValue } from './null-conditional.js';
import type { Step } from './step.js';
import { readVariable, writeVariable } from './variables.js';

function invalidTarget(): RuntimeError {
  return new RuntimeError(
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
    'InvalidLeftHandSide',
    'ParserError',
  );
}

/** Stores `value` into an assignable expression. */
export function* assignTo(target: ExpressionAst, value: unknown, frame: Frame): Step<void> {
  switch (target.type) {
    case 'Variable':
      writeVariable(target, value, frame);
      return;
    case 'MemberAccess': {
      const object = yield* evaluate(target.target, frame);
      assignMember(object, target.name ?? toPSString(yield* evaluate(target.member, frame)), value);
      return;
    }
    case 'Index':
      assignIndex(yield* evaluate(target.target, frame), yield* evaluate(target.index, frame), value);
      return;
    case 'Convert':
      yield* assignTo(target.child, convertTo(value, target.typeName.fullName), frame);
      return;
    default:
      throw invalidTarget();
  }
}

/** The target's current value, for compound operators (`+=`...). */
function* currentValue(target: ExpressionAst, frame: Frame): Step<unknown> {
  switch (target.type) {
    case 'Variable':
      return readVariable(target, frame);
    case 'MemberAccess':
      return memberOf(yield* evaluate(target.target, frame), target.name ?? toPSString(yield* evaluate(target.member, frame)));
    case 'Index':
      return indexValue(yield* evaluate(target.target, frame), yield* evaluate(target.index, frame));
    case 'Convert':
      return yield* currentValue(target.child, frame);
    default:
      throw invalidTarget();
  }
}

/**
 * `target ??= value`: the value is evaluated and assigned only when the target is $null; else the
 * target keeps its value (no setter runs) and that value is the result.
 */
function* runCoalescingAssignment(node: AssignmentAst, frame: Frame): Step<unknown> {
  let current: unknown;
  try {
    current = yield* currentValue(node.target, frame);
  } catch (error) {
    throw asTerminating(error, frame, node.target.span);
  }
  if (!isNullValue(current)) return current;
  const value = materialize(yield* statementValue(node.value, frame));
  try {
    yield* assignTo(node.target, value, frame);
  } catch (error) {
    throw asTerminating(error, frame, node.target.span);
  }
  return value;
}

/** Runs an assignment; returns the assigned value (what `($x = 5)` yields). */
export function* runAssignment(node: AssignmentAst, frame: Frame): Step<unknown> {
  if (node.operator === '??=') return yield* runCoalescingAssignment(node, frame);
  // A range is stored as the array it stands for: `$r = 1..3` holds 1, 2, 3.
  let value = materialize(yield* statementValue(node.value, frame));
  try {
    if (node.operator !== '=') {
      value = applyBinaryOperator(node.operator.slice(0, 1), yield* currentValue(node.target, frame), value);
    }
    yield* assignTo(node.target, value, frame);
  } catch (error) {
    throw asTerminating(error, frame, node.target.span);
  }
  return value;
}
