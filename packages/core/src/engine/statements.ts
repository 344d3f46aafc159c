/**
 * Statements: pipelines, assignments, if, loops (in loops.ts), try/catch/finally, throw, return,
 * exit, break, continue, switch (in switch.ts), function definitions (in functions.ts). Statement-terminating errors stop one statement (reported, `$?` false) and
 * the next one runs; script-terminating ones (`throw`, -ErrorAction Stop) propagate.
 */
import type { CatchClauseAst, StatementAst, TryAst } from '../language/ast.js';
import { ControlFlowSignal } from '../pipeline/control-flow.js';
import { isPipelineEnumerable } from '../pipeline/enumerate.js';
import { PipelineStoppedError, TerminatingError, type ErrorRecord } from '../pipeline/records.js';
import { isTruthy } from '../values/truthiness.js';
import { toPSString } from '../values/stringify.js';
import { toInt32 } from '../values/convert.js';
import { runAssignment } from './assignments.js';
import { yieldPoint } from '../pipeline/yield.js';
import { runPipelineStatement } from './commands.js';
import type { Frame, Output } from './context.js';
import { asTerminating, thrownError } from './errors.js';
import { evaluate, statementValue } from './expressions.js';
import { defineFunction } from './functions.js';
import { runDo, runFor, runForEach, runWhile } from './loops.js';
import { runPipelineChain } from './pipeline-chains.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from './signals.js';
import { forEachItem } from './iteration.js';
import type { Step } from './step.js';
import { runSwitch } from './switch.js';

/** Reports an error that ended a statement: into $Error (once) and onto the error stream. */
export function reportTerminating(error: TerminatingError, frame: Frame): void {
  if (!error.recorded) {
    frame.engine.recordError(error.record);
    error.recorded = true;
  }
  frame.engine.failureCount++;
  frame.engine.emit({ type: 'error', record: error.record });
}

/**
 * What happens when a statement throws: control flow and errors that end the script (or are caught
 * by an enclosing try) propagate; any other error ends only this statement: it is reported and `$?`
 * becomes false.
 */
function handleStatementError(error: unknown, statement: StatementAst, frame: Frame): void {
  if (error instanceof ControlFlowSignal) throw error;
  const terminating = asTerminating(error, frame, statement.span);
  if (terminating.scriptTerminating || frame.inTry) throw terminating;
  reportTerminating(terminating, frame);
  frame.engine.lastStatementSucceeded = false;
}

export function* runStatements(statements: readonly StatementAst[], frame: Frame, output: Output): Step<void> {
  for (const statement of statements) {
    if (frame.signal.aborted) throw new PipelineStoppedError();
    const failuresBefore = frame.engine.failureCount;
    try {
      // Pipelines, by far the commonest statement, skip runStatement's dispatch step.
      yield* (statement.type === 'Pipeline' ? runPipelineStatement(statement, frame, output) : runStatement(statement, frame, output));
      // A chain leaves `$?` as its last pipeline set it (`Write-Error x || 'ok'` succeeds).
      if (statement.type !== 'PipelineChain') frame.engine.lastStatementSucceeded = frame.engine.failureCount === failuresBefore;
    } catch (error) {
      handleStatementError(error, statement, frame);
    }
  }
}

/** Writes a value to the output, unrolling arrays, ranges and other enumerables. */
export function* writeEnumerated(value: unknown, output: Output, signal: AbortSignal): Step<void> {
  if (!isPipelineEnumerable(value)) {
    const pending = output.write(value);
    if (pending) yield pending;
    return;
  }
  let count = 0;
  yield* forEachItem(value, function* (item) {
    const turn = yieldPoint();
    if (turn) yield turn;
    if ((++count & 1023) === 0 && signal.aborted) throw new PipelineStoppedError();
    const pending = output.write(item);
    if (pending) yield pending;
    return true;
  });
}

/** Runs one statement; failures are counted in engine.failureCount (for `$?`). */
function* runStatement(statement: StatementAst, frame: Frame, output: Output): Step<void> {
  switch (statement.type) {
    case 'Pipeline':
      return yield* runPipelineStatement(statement, frame, output);
    case 'Assignment':
      yield* runAssignment(statement, frame);
      return;
    case 'PipelineChain':
      return yield* runPipelineChain(statement, frame, output);
    case 'If': {
      for (const clause of statement.clauses) {
        if (isTruthy(yield* statementValue(clause.condition, frame))) {
          yield* runStatements(clause.body.statements, frame, output);
          return;
        }
      }
      if (statement.elseBody) yield* runStatements(statement.elseBody.statements, frame, output);
      return;
    }
    case 'ForEach':
      return yield* runForEach(statement, frame, output);
    case 'While':
      return yield* runWhile(statement, frame, output);
    case 'DoWhile':
    case 'DoUntil':
      return yield* runDo(statement, frame, output);
    case 'For':
      return yield* runFor(statement, frame, output);
    case 'Try':
      return yield* runTry(statement, frame, output);
    case 'FunctionDefinition':
      return yield* defineFunction(statement, frame);
    case 'Switch':
      return yield* runSwitch(statement, frame, output);
    case 'Throw': {
      if (!statement.pipeline) {
        if (frame.currentError) throw new TerminatingError(frame.currentError, { scriptTerminating: true });
        throw thrownError(null, frame, statement.span);
      }
      throw thrownError(yield* statementValue(statement.pipeline, frame), frame, statement.span);
    }
    case 'Return':
      if (statement.pipeline) yield* writeEnumerated(yield* statementValue(statement.pipeline, frame), output, frame.signal);
      throw new ReturnSignal();
    case 'Exit': {
      const code = statement.pipeline ? toInt32(yield* statementValue(statement.pipeline, frame)) : 0;
      throw new ExitSignal(code);
    }
    case 'Break':
    case 'Continue': {
      const label = statement.label ? toPSString(yield* evaluate(statement.label, frame)) : undefined;
      throw statement.type === 'Break' ? new BreakSignal(label) : new ContinueSignal(label);
    }
  }
}

/** `catch [A], [B]`: by exception type name (last segment), with RuntimeException/Exception catching all. */
function catches(clause: CatchClauseAst, record: ErrorRecord): boolean {
  if (clause.typeNames.length === 0) return true;
  const thrown = record.exceptionType.toLowerCase();
  return clause.typeNames.some((t) => {
    const name = t.fullName.toLowerCase().split('.').pop() ?? '';
    return name === thrown || name === 'exception' || name === 'systemexception' || name === 'runtimeexception';
  });
}

function* runTry(statement: TryAst, frame: Frame, output: Output): Step<void> {
  try {
    yield* runStatements(statement.body.statements, { ...frame, inTry: true }, output);
  } catch (error) {
    // Ctrl+C and control flow are not errors: finally still runs, catch does not.
    if (error instanceof ControlFlowSignal || error instanceof PipelineStoppedError) throw error;
    const terminating = asTerminating(error, frame, statement.body.span);
    if (!terminating.recorded) {
      frame.engine.recordError(terminating.record);
      terminating.recorded = true;
    }
    const clause = statement.catches.find((c) => catches(c, terminating.record));
    if (!clause) throw terminating;
    const previous = frame.scope.lookup('_');
    frame.scope.setLocal('_', terminating.record);
    try {
      yield* runStatements(clause.body.statements, { ...frame, currentError: terminating.record }, output);
    } finally {
      frame.scope.setLocal('_', previous ?? null);
    }
  } finally {
    if (statement.finallyBody) yield* runStatements(statement.finallyBody.statements, frame, output);
  }
}
