/**
 * Statements: pipelines, assignments, if, loops (in loops.ts), try/catch/finally, throw, return,
 * exit, break, continue, switch (in switch.ts), function definitions (in functions.ts). Statement-terminating errors stop one statement (reported, `$?` false) and
 * the next one runs; script-terminating ones (`throw`, -ErrorAction Stop) propagate.
 */
import type { CatchClauseAst, StatementAst, TryAst } from '../language/ast.js';
import { ControlFlowSignal } from '../pipeline/control-flow.js';
import { enumerateSync, isPipelineEnumerable, enumerateForPipeline } from '../pipeline/enumerate.js';
import { PipelineStoppedError, TerminatingError, type ErrorRecord } from '../pipeline/records.js';
import { isTruthy } from '../values/truthiness.js';
import { toPSString } from '../values/stringify.js';
import { toInt32 } from '../values/convert.js';
import { runAssignment } from './assignments.js';
import { yieldPoint } from '../pipeline/yield.js';
import { evaluateSimpleStatement, isSyncStatement, NO_OUTPUT } from './sync-eval.js';
import { runPipelineStatement } from './commands.js';
import type { Frame, Output } from './context.js';
import { asTerminating, thrownError } from './errors.js';
import { evaluate, statementValue } from './expressions.js';
import { defineFunction } from './functions.js';
import { runDo, runFor, runForEach, runWhile } from './loops.js';
import { runPipelineChain } from './pipeline-chains.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from './signals.js';
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
 * What happens when a statement throws, for the async and the sync statement runners alike: control
 * flow and errors that end the script (or are caught by an enclosing try) propagate; any other error
 * ends only this statement: it is reported and `$?` becomes false.
 */
export function handleStatementError(error: unknown, statement: StatementAst, frame: Frame): void {
  if (error instanceof ControlFlowSignal) throw error;
  const terminating = asTerminating(error, frame, statement.span);
  if (terminating.scriptTerminating || frame.inTry) throw terminating;
  reportTerminating(terminating, frame);
  frame.engine.lastStatementSucceeded = false;
}

export async function runStatements(statements: readonly StatementAst[], frame: Frame, output: Output): Promise<void> {
  for (const statement of statements) {
    if (frame.signal.aborted) throw new PipelineStoppedError();
    const failuresBefore = frame.engine.failureCount;
    try {
      if (isSyncStatement(statement)) await runSimpleStatement(statement, frame, output);
      else await runStatement(statement, frame, output);
      // A chain leaves `$?` as its last pipeline set it (`Write-Error x || 'ok'` succeeds).
      if (statement.type !== 'PipelineChain') frame.engine.lastStatementSucceeded = frame.engine.failureCount === failuresBefore;
    } catch (error) {
      handleStatementError(error, statement, frame);
    }
  }
}

/** An expression statement or assignment that runs no command: evaluated without a promise per node. */
async function runSimpleStatement(statement: StatementAst, frame: Frame, output: Output): Promise<void> {
  const value = evaluateSimpleStatement(statement, frame);
  if (value === NO_OUTPUT) return;
  if (isPipelineEnumerable(value)) return writeEnumerated(value, output, frame.signal);
  const pending = output.write(value);
  if (pending) await pending;
}

/** Writes a value to the output, unrolling arrays, ranges and other enumerables. */
export async function writeEnumerated(value: unknown, output: Output, signal: AbortSignal): Promise<void> {
  if (!isPipelineEnumerable(value)) {
    const pending = output.write(value);
    if (pending) await pending;
    return;
  }
  const items = Symbol.asyncIterator in value ? enumerateForPipeline(value) : enumerateSync(value);
  let count = 0;
  for await (const item of items) {
    const turn = yieldPoint();
    if (turn) await turn;
    if ((++count & 1023) === 0 && signal.aborted) throw new PipelineStoppedError();
    const pending = output.write(item);
    if (pending) await pending;
  }
}

/** Runs one statement; failures are counted in engine.failureCount (for `$?`). */
async function runStatement(statement: StatementAst, frame: Frame, output: Output): Promise<void> {
  switch (statement.type) {
    case 'Pipeline':
      return runPipelineStatement(statement, frame, output);
    case 'Assignment':
      await runAssignment(statement, frame);
      return;
    case 'PipelineChain':
      return runPipelineChain(statement, frame, output);
    case 'If': {
      for (const clause of statement.clauses) {
        if (isTruthy(await statementValue(clause.condition, frame))) {
          await runStatements(clause.body.statements, frame, output);
          return;
        }
      }
      if (statement.elseBody) await runStatements(statement.elseBody.statements, frame, output);
      return;
    }
    case 'ForEach':
      return runForEach(statement, frame, output);
    case 'While':
      return runWhile(statement, frame, output);
    case 'DoWhile':
    case 'DoUntil':
      return runDo(statement, frame, output);
    case 'For':
      return runFor(statement, frame, output);
    case 'Try':
      return runTry(statement, frame, output);
    case 'FunctionDefinition':
      return defineFunction(statement, frame);
    case 'Switch':
      return runSwitch(statement, frame, output);
    case 'Throw': {
      if (!statement.pipeline) {
        if (frame.currentError) throw new TerminatingError(frame.currentError, { scriptTerminating: true });
        throw thrownError(null, frame, statement.span);
      }
      throw thrownError(await statementValue(statement.pipeline, frame), frame, statement.span);
    }
    case 'Return':
      if (statement.pipeline) await writeEnumerated(await statementValue(statement.pipeline, frame), output, frame.signal);
      throw new ReturnSignal();
    case 'Exit': {
      const code = statement.pipeline ? toInt32(await statementValue(statement.pipeline, frame)) : 0;
      throw new ExitSignal(code);
    }
    case 'Break':
    case 'Continue': {
      const label = statement.label ? toPSString(await evaluate(statement.label, frame)) : undefined;
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

async function runTry(statement: TryAst, frame: Frame, output: Output): Promise<void> {
  try {
    await runStatements(statement.body.statements, { ...frame, inTry: true }, output);
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
      await runStatements(clause.body.statements, { ...frame, currentError: terminating.record }, output);
    } finally {
      frame.scope.setLocal('_', previous ?? null);
    }
  } finally {
    if (statement.finallyBody) await runStatements(statement.finallyBody.statements, frame, output);
  }
}
