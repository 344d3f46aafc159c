/**
 * Running one pipeline: bind every command (statement-terminating on failure), begin all, feed
 * the input (or run the first command once), end all in order. Output streams to `output` as it
 * is produced; cancellation through `signal` ends the run promptly, whatever the stages are doing.
 */
import type { CmdletDefinition } from '../cmdlet/define.js';
import { bindCommand, type CommandBinding } from '../cmdlet/binder/bind.js';
import type { SourceSpan } from '../language/span.js';
import { PSRange } from '../values/range.js';
import type { CommandArgument } from './command-argument.js';
import { enumerateForPipeline } from './enumerate.js';
import type { PipelineEnvironment } from './environment.js';
import type { ErrorPosition } from './records.js';
import { PipelineStoppedError } from './records.js';
import { Stage } from './stage.js';
import { yieldPoint } from './yield.js';

export interface PipelineCommand {
  readonly definition: CmdletDefinition;
  readonly args: readonly CommandArgument[];
  /** Where the command is in the script (errors point here). */
  readonly position?: ErrorPosition;
  /** Maps an argument's span to a position (binding errors point at the culprit argument). */
  readonly locate?: (span: SourceSpan | undefined) => ErrorPosition | undefined;
}

export interface PipelineRun {
  /** The value of an expression used as the first element (`1..10 | ...`); enumerated. */
  readonly input?: { readonly value: unknown };
  readonly commands: readonly PipelineCommand[];
  /** Receives each output record of the last command; a returned promise applies backpressure. */
  readonly output: (value: unknown) => Promise<void> | void;
  readonly signal: AbortSignal;
}

export interface PipelineOutcome {
  /** Some command wrote a non-terminating error (`$?` is then false). */
  readonly hadErrors: boolean;
}

async function feed(input: unknown, first: Stage, signal: AbortSignal): Promise<void> {
  // Arrays and ranges are walked synchronously: no async-iterator hop per record.
  const items = Array.isArray(input) || input instanceof PSRange ? (input as Iterable<unknown>) : undefined;
  if (items) {
    for (const item of items) {
      const turn = yieldPoint();
      if (turn) await turn;
      if (signal.aborted) throw new PipelineStoppedError();
      if (first.stopped) return;
      await first.receive(item);
    }
    return;
  }
  for await (const item of enumerateForPipeline(input)) {
    const turn = yieldPoint();
    if (turn) await turn;
    if (signal.aborted) throw new PipelineStoppedError();
    if (first.stopped) return;
    await first.receive(item);
  }
}

async function execute(run: PipelineRun, env: PipelineEnvironment): Promise<PipelineOutcome> {
  const { commands, signal } = run;
  if (signal.aborted) throw new PipelineStoppedError();
  if (commands.length === 0) {
    for await (const item of enumerateForPipeline(run.input?.value)) {
      if (signal.aborted) throw new PipelineStoppedError();
      const pending = run.output(item);
      if (pending) await pending;
    }
    return { hadErrors: false };
  }

  // PowerShell binds every command line before any command begins (prompts come in order).
  const bindings: CommandBinding[] = [];
  for (const [index, command] of commands.entries()) {
    bindings.push(
      await bindCommand(command.definition, command.args, {
        host: env.host,
        expectingInput: index > 0 || run.input !== undefined,
        pipelinePosition: index + 1,
        locate: command.locate,
      }),
    );
  }

  const stages: Stage[] = [];
  const stopUpstream = (index: number): void => {
    for (const stage of stages.slice(0, index)) stage.stop();
  };
  commands.forEach((command, index) => {
    const binding = bindings[index];
    if (!binding) return;
    stages.push(
      new Stage({
        definition: command.definition,
        binding,
        env,
        index,
        length: commands.length,
        expectingInput: index > 0 || run.input !== undefined,
        position: command.position,
        pipelineSignal: signal,
        downstream: (value) => {
          const next = stages[index + 1];
          return next ? next.receive(value) : run.output(value);
        },
        stopUpstream,
      }),
    );
  });

  const [first] = stages;
  if (!first) return { hadErrors: false };
  for (const stage of stages) await stage.begin();
  if (run.input !== undefined) await feed(run.input.value, first, signal);
  else if (!first.stopped) await first.processWithoutInput();
  for (const stage of stages) {
    if (signal.aborted) throw new PipelineStoppedError();
    if (!stage.stopped) await stage.end();
  }
  return { hadErrors: stages.some((s) => s.hadErrors) };
}

/**
 * Runs a pipeline to completion. Throws TerminatingError for statement-terminating failures
 * (binding errors, throwTerminating, -ErrorAction Stop) and PipelineStoppedError on cancellation.
 */
export async function runPipeline(run: PipelineRun, env: PipelineEnvironment): Promise<PipelineOutcome> {
  const work = execute(run, env);
  if (run.signal.aborted) {
    work.catch(() => undefined);
    throw new PipelineStoppedError();
  }
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new PipelineStoppedError());
    run.signal.addEventListener('abort', onAbort, { once: true });
  });
  // Abandoned work stops at its next write or signal check; its late failure must not surface.
  work.catch(() => undefined);
  aborted.catch(() => undefined);
  try {
    return await Promise.race([work, aborted]);
  } finally {
    if (onAbort) run.signal.removeEventListener('abort', onAbort);
  }
}
