/**
 * The switch statement: for each element of the value (a scalar, `$null` included, counts as one),
 * `$_` is the element and every clause whose condition matches runs, in order; `default` runs when
 * none did. `break` ends the whole switch, `continue` moves on to the next element.
 */
import type { ExpressionAst, SwitchAst, SwitchClauseAst } from '../language/ast.js';
import { isPipelineEnumerable } from '../pipeline/enumerate.js';
import { applyBinaryOperator } from '../values/operators/dispatch.js';
import { toPSString } from '../values/stringify.js';
import { isTruthy } from '../values/truthiness.js';
import type { Frame, Output } from './context.js';
import { evaluate, statementValue } from './expressions.js';
import { checkpoint } from './loops.js';
import { forEachItem } from './iteration.js';
import { createScriptBlock, invokeScriptBlockSteps } from './script-blocks.js';
import { BreakSignal, ContinueSignal } from './signals.js';
import { runStatements } from './statements.js';
import type { Step } from './step.js';

function* matches(condition: ExpressionAst, item: unknown, statement: SwitchAst, frame: Frame): Step<boolean> {
  if (condition.type === 'ScriptBlockExpression') {
    // `{ $_ -gt 5 }`: a test run with `$_` as the element, whatever the mode.
    const out = yield* invokeScriptBlockSteps(createScriptBlock(condition.scriptBlock, frame), { dollarUnder: item }, frame, frame.signal);
    return isTruthy(out.length === 1 ? out[0] : out);
  }
  const value = yield* evaluate(condition, frame);
  const options = { caseSensitive: statement.caseSensitive, setMatches: (m: unknown) => frame.scope.setLocal('Matches', m) };
  switch (statement.mode) {
    case 'regex':
      return isTruthy(applyBinaryOperator('-match', toPSString(item), toPSString(value), options));
    case 'wildcard':
      return isTruthy(applyBinaryOperator('-like', toPSString(item), toPSString(value), options));
    case 'equals':
      return isTruthy(applyBinaryOperator('-eq', item, value, options));
  }
}

function* runClause(clause: SwitchClauseAst, frame: Frame, output: Output): Step<void> {
  yield* runStatements(clause.body.statements, frame, output);
}

/** One element through the clauses; false when `break` ends the switch. */
function* runItem(statement: SwitchAst, item: unknown, frame: Frame, output: Output): Step<boolean> {
  frame.scope.setLocal('_', item);
  try {
    let matched = false;
    for (const clause of statement.clauses) {
      if (!clause.condition || !(yield* matches(clause.condition, item, statement, frame))) continue;
      matched = true;
      yield* runClause(clause, frame, output);
    }
    if (!matched) for (const clause of statement.clauses) if (!clause.condition) yield* runClause(clause, frame, output);
  } catch (error) {
    if (error instanceof BreakSignal) return false;
    if (error instanceof ContinueSignal) return true;
    throw error;
  }
  return true;
}

export function* runSwitch(statement: SwitchAst, frame: Frame, output: Output): Step<void> {
  const value = yield* statementValue(statement.condition, frame);
  // A scalar, $null included, is one element; so is a string.
  const items = isPipelineEnumerable(value) ? value : [value];
  const hadUnder = frame.scope.has('_');
  const savedUnder = frame.scope.lookup('_');
  try {
    yield* forEachItem(items, function* (item) {
      const turn = checkpoint(frame);
      if (turn) yield turn;
      return yield* runItem(statement, item, frame, output);
    });
  } finally {
    // `$_` is the switch's own while it runs; the enclosing one (ForEach-Object's) comes back after.
    if (hadUnder) frame.scope.setLocal('_', savedUnder);
  }
}
