/**
 * The switch statement: for each element of the value (a scalar, `$null` included, counts as one),
 * `$_` is the element and every clause whose condition matches runs, in order; `default` runs when
 * none did. `break` ends the whole switch, `continue` moves on to the next element.
 */
import type { ExpressionAst, SwitchAst, SwitchClauseAst } from '../language/ast.js';
import { enumerateForPipeline, enumerateSync, isPipelineEnumerable } from '../pipeline/enumerate.js';
import { applyBinaryOperator } from '../values/operators/dispatch.js';
import { toPSString } from '../values/stringify.js';
import { isTruthy } from '../values/truthiness.js';
import type { Frame, Output } from './context.js';
import { evaluate, statementValue } from './expressions.js';
import { checkpoint } from './loops.js';
import { createScriptBlock, invokeScriptBlock } from './script-blocks.js';
import { BreakSignal, ContinueSignal } from './signals.js';
import { runStatements } from './statements.js';

async function matches(condition: ExpressionAst, item: unknown, statement: SwitchAst, frame: Frame): Promise<boolean> {
  if (condition.type === 'ScriptBlockExpression') {
    // `{ $_ -gt 5 }`: a test run with `$_` as the element, whatever the mode.
    const out = await invokeScriptBlock(createScriptBlock(condition.scriptBlock, frame), { dollarUnder: item }, frame, frame.signal);
    return isTruthy(out.length === 1 ? out[0] : out);
  }
  const value = await evaluate(condition, frame);
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

async function runClause(clause: SwitchClauseAst, frame: Frame, output: Output): Promise<void> {
  await runStatements(clause.body.statements, frame, output);
}

/** One element through the clauses; false when `break` ends the switch. */
async function runItem(statement: SwitchAst, item: unknown, frame: Frame, output: Output): Promise<boolean> {
  frame.scope.setLocal('_', item);
  try {
    let matched = false;
    for (const clause of statement.clauses) {
      if (!clause.condition || !(await matches(clause.condition, item, statement, frame))) continue;
      matched = true;
      await runClause(clause, frame, output);
    }
    if (!matched) for (const clause of statement.clauses) if (!clause.condition) await runClause(clause, frame, output);
  } catch (error) {
    if (error instanceof BreakSignal) return false;
    if (error instanceof ContinueSignal) return true;
    throw error;
  }
  return true;
}

export async function runSwitch(statement: SwitchAst, frame: Frame, output: Output): Promise<void> {
  const value = await statementValue(statement.condition, frame);
  const items = isPipelineEnumerable(value) ? (Symbol.asyncIterator in value ? enumerateForPipeline(value) : enumerateSync(value)) : [value];
  const hadUnder = frame.scope.has('_');
  const savedUnder = frame.scope.lookup('_');
  try {
    for await (const item of items) {
      const turn = checkpoint(frame);
      if (turn) await turn;
      if (!(await runItem(statement, item, frame, output))) break;
    }
  } finally {
    // `$_` is the switch's own while it runs; the enclosing one (ForEach-Object's) comes back after.
    if (hadUnder) frame.scope.setLocal('_', savedUnder);
  }
}
