/**
 * One command of a running pipeline: its bound invocation, its CmdletContext, and the plumbing
 * that pushes its output into the next stage. Records are pushed, as in PowerShell: a write
 * returns once the downstream stages have processed the record, so a slow consumer slows the
 * producer and nothing piles up between stages.
 */
import type { CmdletContext, CommonParameterState } from '../cmdlet/context.js';
import type { CmdletDefinition, CmdletInstance } from '../cmdlet/define.js';
import type { BoundInvocation, CommandBinding } from '../cmdlet/binder/bind.js';
import { BindingError } from '../cmdlet/binder/errors.js';
import type { PipelineEnvironment } from './environment.js';
import { enumerateForPipeline, enumerateSync, isPipelineEnumerable } from './enumerate.js';
import { effectiveCommonState, confirmRequired } from './preferences.js';
import { PipelineStoppedError, TerminatingError } from './records.js';
import type { ErrorPosition } from './records.js';
import { ShouldProcessState } from './should-process.js';
import { StreamWriter } from './stream-writer.js';
import { AsyncMutex } from './mutex.js';
import { ControlFlowSignal } from './control-flow.js';
import { yieldPoint } from './yield.js';
import { secretsOf, type SecretRegistry } from '../secrets/secret-registry.js';
import { PSSecureString } from '../values/secure-string.js';

/** Declared names of a command's secret parameters, worked out once per command (stages are made per call). */
const secretNamesByCommand = new WeakMap<CmdletDefinition, readonly string[]>();
function secretParameterNames(definition: CmdletDefinition): readonly string[] {
  let names = secretNamesByCommand.get(definition);
  if (names === undefined) {
    names = definition.parameters.filter((p) => p.secret).map((p) => p.name);
    secretNamesByCommand.set(definition, names);
  }
  return names;
}

/** Thrown into an upstream command's write() once a downstream command needs no more input. */
export class StopUpstreamSignal extends Error {
  constructor() {
    super('The downstream command needs no more input.');
    this.name = 'StopUpstreamSignal';
  }
}

/** Errors that came back from downstream through write(): they belong to another stage. */
const fromDownstream = new WeakSet<object>();

export interface StageOptions {
  readonly definition: CmdletDefinition;
  readonly binding: CommandBinding;
  readonly env: PipelineEnvironment;
  readonly index: number;
  readonly length: number;
  readonly expectingInput: boolean;
  readonly position: ErrorPosition | undefined;
  readonly pipelineSignal: AbortSignal;
  /** Where this stage's output goes: the next stage, or the pipeline's consumer. */
  readonly downstream: (value: unknown) => Promise<void> | void;
  /** Marks every stage before `index` as stopped. */
  readonly stopUpstream: (index: number) => void;
}

export class Stage {
  stopped = false;
  readonly #controller = new AbortController();
  readonly #instance: CmdletInstance;
  readonly #streams: StreamWriter;
  readonly #common: CommonParameterState;
  readonly #mutex = new AsyncMutex();
  readonly #outVariable: unknown[] | undefined;
  readonly context: CmdletContext;
  #current: BoundInvocation;
  /** The record being processed, for ctx.pipelineInput; cleared once process returns. */
  #record: { value: unknown } | undefined;
  /** The session's secrets: values bound to secret parameters and declared secret output are learnt as they pass. */
  readonly #secrets: SecretRegistry;
  readonly #secretParameters: readonly string[];

  constructor(private readonly o: StageOptions) {
    const { definition, binding, env } = o;
    this.#instance = definition.createInstance();
    this.#current = binding.initial;
    this.#secrets = secretsOf(env);
    this.#secretParameters = secretParameterNames(definition);
    if (definition.outputSecretProperties.length > 0) this.#secrets.declareOutput(definition.outputType, definition.outputSecretProperties);
    this.#learnBound(binding.initial);
    this.#common = effectiveCommonState(binding.common, env.variables, definition.supportsShouldProcess);
    const live = (): boolean => !o.pipelineSignal.aborted;
    this.#streams = new StreamWriter(env, this.#common, binding.common, definition.name, o.position, live);
    if (binding.common.OutVariable) {
      this.#outVariable = [];
      env.variables.set(binding.common.OutVariable.replace(/^\+/, ''), this.#outVariable);
    }
    const shouldProcess = new ShouldProcessState({
      whatIf: this.#common.whatIf,
      confirm: definition.supportsShouldProcess && confirmRequired(binding.common, env.variables, definition.confirmImpact),
      verboseFlag: binding.common.Verbose === true,
      host: env.host,
      writeHostText: (record) => this.#streams.information(record),
      writeVerbose: (message) => this.#streams.verbose(message),
    });
    const signal = AbortSignal.any([o.pipelineSignal, this.#controller.signal]);
    const current = (): BoundInvocation => this.#current;
    const record = (): { value: unknown } | undefined => this.#record;
    this.context = {
      commandName: definition.name,
      get parameterSetName() {
        return current().parameterSetName;
      },
      get boundParameters() {
        return current().boundParameters;
      },
      get pipelineInput() {
        return record();
      },
      common: this.#common,
      givenCommonParameters: binding.common,
      invocation: { pipelinePosition: o.index + 1, pipelineLength: o.length, expectingInput: o.expectingInput, position: o.position },
      host: env.host,
      signal,
      services: env.services,
      variables: env.variables,
      commands: env.commands,
      location: env.location,
      write: (value) => this.#write(value),
      writeAll: async (values) => {
        if (!isPipelineEnumerable(values)) return this.#write(values);
        if (Array.isArray(values)) {
          for (const item of values as unknown[]) await this.#write(item);
          return;
        }
        if (Symbol.asyncIterator in values) {
          for await (const item of enumerateForPipeline(values)) await this.#write(item);
        } else {
          for (const item of enumerateSync(values)) await this.#write(item);
        }
      },
      writeError: (error) => this.#streams.error(error),
      throwTerminating: (error) => {
        throw new TerminatingError(error instanceof TerminatingError ? error.record : error);
      },
      writeWarning: (message) => this.#streams.warning(message),
      writeVerbose: (message) => this.#streams.verbose(message),
      writeDebug: (message) => this.#streams.debug(message),
      writeInformation: (record) => this.#streams.information(record),
      writeProgress: (record) => this.#streams.progress(record),
      shouldProcess: (target, action) => shouldProcess.shouldProcess(target, action),
      shouldProcessDescribed: (description, warning, caption) => shouldProcess.shouldProcessDescribed(description, warning, caption),
      shouldContinue: (query, caption) => shouldProcess.shouldContinue(query, caption),
      invokeScriptBlock: (block, invocation) => env.invokeScriptBlock(block, invocation, signal),
      stopUpstream: () => o.stopUpstream(o.index),
    };
  }

  get hadErrors(): boolean {
    return this.#streams.hadErrors;
  }

  /** Called by a downstream stage's stopUpstream(). */
  stop(): void {
    this.stopped = true;
    this.#controller.abort();
  }

  /** Values bound to secret parameters (a client secret, a token, a SecureString) become known secrets. */
  #learnBound(invocation: BoundInvocation): void {
    for (const name of this.#secretParameters) if (invocation.boundParameters.has(name)) this.#secrets.learn(invocation.values[name]);
  }

  async #write(value: unknown): Promise<void> {
    if (this.o.definition.outputSecretProperties.length > 0) this.#secrets.learnOutput(value, this.o.definition.outputSecretProperties);
    else if (value instanceof PSSecureString) this.#secrets.learnOutput(value, []);
    const locked = this.#mutex.lock();
    if (locked) await locked;
    try {
      const turn = yieldPoint();
      if (turn) await turn;
      if (this.o.pipelineSignal.aborted) throw new PipelineStoppedError();
      if (this.stopped) throw new StopUpstreamSignal();
      this.#outVariable?.push(value);
      if (this.o.binding.common.PipelineVariable) this.o.env.variables.set(this.o.binding.common.PipelineVariable, value);
      try {
        const pending = this.o.downstream(value);
        if (pending) await pending;
      } catch (error) {
        if (typeof error === 'object' && error !== null && !(error instanceof StopUpstreamSignal)) fromDownstream.add(error);
        throw error;
      }
    } finally {
      this.#mutex.unlock();
    }
  }

  /** Runs one cmdlet call; failures become terminating errors, except after this stage was stopped. */
  async #call(fn: () => void | Promise<void>): Promise<void> {
    try {
      const pending = fn();
      if (pending) await pending;
    } catch (error) {
      if (typeof error === 'object' && error !== null && fromDownstream.has(error)) throw error;
      // break/continue/return/exit raised inside a script block travel on to the evaluator.
      if (error instanceof ControlFlowSignal) throw error;
      if (this.stopped && !this.o.pipelineSignal.aborted) return;
      if (this.o.pipelineSignal.aborted) throw error instanceof PipelineStoppedError ? error : new PipelineStoppedError();
      throw this.#asTerminating(error);
    }
  }

  #asTerminating(error: unknown): TerminatingError {
    if (error instanceof TerminatingError) {
      // Errors from script code (`throw` in a script block) carry their own position and no
      // command name, and PowerShell shows them that way; only the cmdlet's own get its name.
      if (error.record.position || error.record.commandName) return error;
      const t = new TerminatingError(error.record.withContext({ commandName: this.o.definition.name, position: this.o.position }), {
        scriptTerminating: error.scriptTerminating,
      });
      t.recorded = error.recorded;
      return t;
    }
    // A bug or an unexpected failure in cmdlet code: report its message, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return new TerminatingError({
      message,
      errorId: 'UnhandledException',
      category: 'NotSpecified',
      cause: error,
      commandName: this.o.definition.name,
      position: this.o.position,
    });
  }

  begin(): Promise<void> {
    return this.#call(() => this.#instance.begin(this.o.binding.initial.values, this.context));
  }

  /** The single process call of a command with no pipeline input. */
  processWithoutInput(): Promise<void> {
    this.#current = this.o.binding.initial;
    return this.#call(() => this.#instance.process(this.#current.values, this.context));
  }

  /** One pipeline record: bind it (a record that does not bind is a non-terminating error), then process. */
  async receive(record: unknown): Promise<void> {
    let invocation: BoundInvocation;
    try {
      invocation = this.o.binding.bindRecord(record);
    } catch (error) {
      if (!(error instanceof BindingError)) throw error;
      await this.#streams.error(error.record);
      return;
    }
    this.#current = invocation;
    if (this.#secretParameters.length > 0) this.#learnBound(invocation);
    this.#record = { value: record };
    try {
      await this.#call(() => this.#instance.process(invocation.values, this.context));
    } finally {
      this.#record = undefined;
    }
  }

  end(): Promise<void> {
    return this.#call(() => this.#instance.end(this.#current.values, this.context));
  }
}
