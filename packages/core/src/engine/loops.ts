/**
 * Loop statements: foreach, while, do/while, do/until and for. Each pass gives the event loop a
 * turn now and then and checks the run's signal, so even `while ($true) { }` stops on Ctrl+C.
 * `break` and `continue` arrive as signals thrown by the body (labels are not matched: any
 * break or continue applies to the innermost loop).
 */
import type { DoUntilAst, DoWhileAst, ForAst, ForEachAst, PipelineBaseAst, StatementBlockAst, WhileAst } from '../language/ast.js';
import { PipelineStoppedError } from '../pipeline/records.js';
import { yieldPoint } from '../pipeline/yield.js';
import { isTruthy } from '../values/truthiness.js';
import type { Frame, Output } from './context.js';
import { statementValue } from './expressions.js';
import { forEachItem } from './iteration.js';
import { BreakSignal, ContinueSignal } from './signals.js';
import { runStatements } from './statements.js';
import type { Step } from './step.js';

function stopIfAborted(frame: Frame): void {
  if (frame.signal.aborted) throw new PipelineStoppedError();
}

/**
 * Before each pass: now and then let I/O callbacks (a Ctrl+C keypress) run, and stop if the run
 * was cancelled. A promise only when the event loop gets its turn.
 */
export function checkpoint(frame: Frame): Promise<void> | undefined {
  const turn = yieldPoint();
  if (turn) return turn.then(() => stopIfAborted(frame));
  stopIfAborted(frame);
  return undefined;
}

/** Runs one pass of a loop body; false when `break` ends the loop (`continue` just ends the pass). */
function* runPass(body: StatementBlockAst, frame: Frame, output: Output): Step<boolean> {
  try {
    yield* runStatements(body.statements, frame, output);
  } catch (error) {
    if (error instanceof BreakSignal) return false;
    if (error instanceof ContinueSignal) return true;
    throw error;
  }
  return true;
}

function* conditionHolds(condition: PipelineBaseAst, frame: Frame): Step<boolean> {
  return isTruthy(yield* statementValue(condition, frame));
}

export function* runForEach(statement: ForEachAst, frame: Frame, output: Output): Step<void> {
  const iterable = yield* statementValue(statement.iterable, frame);
  yield* forEachItem(iterable === null ? [] : iterable, function* (item) {
    const turn = checkpoint(frame);
    if (turn) yield turn;
    frame.scope.setLocal(statement.variable.name, item);
    return yield* runPass(statement.body, frame, output);
  });
}

export function* runWhile(statement: WhileAst, frame: Frame, output: Output): Step<void> {
  for (;;) {
    const turn = checkpoint(frame);
    if (turn) yield turn;
    if (!(yield* conditionHolds(statement.condition, frame))) return;
    if (!(yield* runPass(statement.body, frame, output))) return;
  }
}

/** `do { } while (c)` loops while c is true, `do { } until (c)` while it is false. */
export function* runDo(statement: DoWhileAst | DoUntilAst, frame: Frame, output: Output): Step<void> {
  const loopWhile = statement.type === 'DoWhile';
  for (;;) {
    const turn = checkpoint(frame);
    if (turn) yield turn;
    if (!(yield* runPass(statement.body, frame, output))) return;
    if ((yield* conditionHolds(statement.condition, frame)) !== loopWhile) return;
  }
}

/** The initializer runs once; `continue` still runs the iterator. Their own output is discarded. */
export function* runFor(statement: ForAst, frame: Frame, output: Output): Step<void> {
  if (statement.initializer) yield* statementValue(statement.initializer, frame);
  for (;;) {
    const turn = checkpoint(frame);
    if (turn) yield turn;
    if (statement.condition && !(yield* conditionHolds(statement.condition, frame))) return;
    if (!(yield* runPass(statement.body, frame, output))) return;
    if (statement.iterator) yield* statementValue(statement.iterator, frame);
  }
}
