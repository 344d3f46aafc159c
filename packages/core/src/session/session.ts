/**
 * The session: global scope and variables, the command registry, the service bag (where the Graph
 * layer puts the connection), and `run(script)`, which parses and evaluates a script and yields
 * its records as they are produced, ending with a result event.
 */
import { homedir } from 'node:os';
import type { VariableAccess } from '../cmdlet/context.js';
import type { CmdletDefinition } from '../cmdlet/define.js';
import type { CmdletMetadata } from '../cmdlet/metadata.js';
import { SessionLocation } from '../cmdlet/location.js';
import { CommandRegistry } from '../cmdlet/registry.js';
import { ServiceBag, type ServiceEntry } from '../cmdlet/services.js';
import type { Engine, Frame, Output } from '../engine/context.js';
import { processEnvironment, Scope, variableAccess, type EnvironmentStore } from '../engine/scope.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from '../engine/signals.js';
import { runScript } from '../engine/functions.js';
import { driveAsync } from '../engine/step.js';
import { reportTerminating } from '../engine/statements.js';
import { parseScript } from '../language/parse-script.js';
import { ParseError } from '../language/parse-error.js';
import type { Host } from '../pipeline/host.js';
import { NonInteractiveHost } from '../pipeline/hosts.js';
import { preferenceDefaults } from '../pipeline/preferences.js';
import { ErrorRecord, PipelineStoppedError, TerminatingError } from '../pipeline/records.js';
import { lineOf } from '../engine/errors.js';
import { EventChannel } from './event-channel.js';
import { findDefaultView, registerDefaultView } from '../format/views.js';
import type { SessionEvent } from './events.js';
import { SessionSecrets } from './session-secrets.js';
import type { SecretRegistry } from '../secrets/secret-registry.js';
import type { Transcripts } from '../transcript/transcripts.js';

export interface SessionOptions {
  /** Who answers prompts and confirmations; default: a NonInteractiveHost. */
  readonly host?: Host;
  /** The cmdlets of this session (more can be added with session.registry.register). */
  readonly commands?: readonly CmdletDefinition[];
  /** Initial services, e.g. `provide(graphConnectionKey, undefined)`. */
  readonly services?: readonly ServiceEntry[];
  /** `$env:` storage; default: process.env. */
  readonly environment?: EnvironmentStore;
  /** Extra global variables. */
  readonly variables?: Readonly<Record<string, unknown>>;
  /** The initial current location (relative to the process working directory); default: process.cwd(). */
  readonly location?: string;
}

export interface RunOptions {
  /** Aborting it cancels the run promptly (Ctrl+C); the session stays usable. */
  readonly signal?: AbortSignal;
  /** Shown in error positions when the script came from a file. */
  readonly scriptName?: string;
  /** The prompt the host showed before this command line (`PS /home/ada> `): what a transcript writes before it. Default `PS>`. */
  readonly prompt?: string;
}

/** $Error keeps this many records, as pwsh's $MaximumErrorCount default. */
const maximumErrorCount = 256;

export class Session {
  readonly registry: CommandRegistry;
  readonly services: ServiceBag;
  readonly host: Host;
  readonly globalScope: Scope;
  /** Global variables, as cmdlets and hosts see them. */
  readonly variables: VariableAccess;
  readonly environment: EnvironmentStore;
  /** The current location (Set-Location); relative paths given to cmdlets start here. */
  readonly location: SessionLocation;
  #lastSucceeded = true;
  #queue: Promise<void> = Promise.resolve();
  readonly #secrets: SessionSecrets;

  constructor(options: SessionOptions = {}) {
    this.host = options.host ?? new NonInteractiveHost();
    this.registry = new CommandRegistry(options.commands ?? []);
    this.services = new ServiceBag(options.services ?? []);
    this.environment = options.environment ?? processEnvironment();
    this.location = new SessionLocation(options.location);
    this.globalScope = new Scope(undefined, true);
    this.variables = variableAccess(this.globalScope);
    const globals: Record<string, unknown> = {
      ...preferenceDefaults,
      Error: [],
      HOME: homedir(),
      PID: process.pid,
      args: [],
      ...options.variables,
    };
    for (const [name, value] of Object.entries(globals)) this.globalScope.setLocal(name, value);
    // A cmdlet's declared display properties become its output type's default view, unless the
    // type already has one (registered by the cmdlet's module or the format layer).
    for (const command of options.commands ?? []) {
      if (command.outputType && command.defaultDisplayProperties && !findDefaultView([command.outputType])) {
        registerDefaultView(command.outputType, { properties: command.defaultDisplayProperties });
      }
    }
    this.#secrets = new SessionSecrets(this);
  }

  /** The secrets this session knows (passes it issued, tokens and secrets it was given): see secrets/secret-registry.ts. */
  get secrets(): SecretRegistry {
    return this.#secrets.registry;
  }

  /** The session's transcripts (Start-Transcript); hosts stop them all when they exit. */
  get transcripts(): Transcripts {
    return this.#secrets.transcripts;
  }

  /**
   * Whether a command line holds a secret, judged by meaning (what its arguments bind to, known
   * secret values, token shapes) and by PSReadLine's keywords: such a line is kept out of the
   * history file and recorded as a placeholder in transcripts.
   */
  isSensitiveInput(text: string): boolean {
    return this.#secrets.isSensitiveInput(text);
  }

  /** Hosts call this with the text they show (output, errors, streams) so transcripts record it, secrets masked. */
  transcribe(text: string): void {
    this.#secrets.transcripts.recordOutput(text);
  }

  /** Runs `script`; iterate the result for its records. Runs queue up: one runs at a time. */
  run(script: string, options: RunOptions = {}): AsyncIterableIterator<SessionEvent> {
    const controller = new AbortController();
    const onAbort = (): void => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) controller.abort();
    const channel = new EventChannel<SessionEvent>(256, () => controller.abort());
    const previous = this.#queue;
    const execution = previous
      .then(() => this.#execute(script, options, channel, controller.signal))
      .catch((error: unknown) => {
        // Only engine bugs get here; report them as an error record rather than losing the run.
        const message = error instanceof Error ? error.message : String(error);
        channel.push({ type: 'error', record: new ErrorRecord({ message, errorId: 'InternalError', category: 'NotSpecified', cause: error }) });
        channel.push({ type: 'result', hadErrors: true, cancelled: false });
      })
      .finally(() => {
        options.signal?.removeEventListener('abort', onAbort);
        channel.close();
      });
    this.#queue = execution;
    return channel;
  }

  /**
   * What a completer offers: the cmdlets and the functions defined in the global scope (a
   * function shadows a cmdlet of the same name), by name.
   */
  listCommands(): readonly CmdletMetadata[] {
    const functions = this.globalScope.listFunctions().map((f) => f.metadata);
    const shadowed = new Set(functions.map((f) => f.name.toLowerCase()));
    return [...functions, ...this.registry.list().filter((c) => !shadowed.has(c.name.toLowerCase()))].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** A command by name or alias, with PowerShell's precedence: alias, function, cmdlet. */
  findCommand(name: string): CmdletMetadata | undefined {
    const builtin = this.registry.find(name);
    if (builtin && builtin.name.toLowerCase() !== name.toLowerCase()) return builtin;
    return this.globalScope.findFunction(name)?.metadata ?? builtin;
  }

  #engine(channel: EventChannel<SessionEvent>): Engine {
    const errors = (): unknown[] => {
      const existing = this.globalScope.lookup('Error');
      if (Array.isArray(existing)) return existing as unknown[];
      const fresh: unknown[] = [];
      this.globalScope.setLocal('Error', fresh);
      return fresh;
    };
    const host = this.host;
    // Prompts wait until the consumer has taken everything emitted before them.
    const flushingHost: Host = {
      name: host.name,
      isInteractive: host.isInteractive,
      promptForParameters: async (request) => (await channel.drained(), host.promptForParameters(request)),
      confirm: async (caption, message, choices, defaultChoice) => (await channel.drained(), host.confirm(caption, message, choices, defaultChoice)),
      readSecret: async (prompt) => (await channel.drained(), host.readSecret(prompt)),
      readLine: async (prompt) => (await channel.drained(), host.readLine(prompt)),
      showDeviceCode: (message) => host.showDeviceCode(message),
    };
    return {
      registry: this.registry,
      host: flushingHost,
      services: this.services,
      environment: this.environment,
      location: this.location,
      emit: (event) => channel.push(this.#secrets.mask(event)),
      recordError: (record) => {
        const list = errors();
        list.unshift(this.#secrets.maskRecord(record));
        if (list.length > maximumErrorCount) list.length = maximumErrorCount;
      },
      lastStatementSucceeded: this.#lastSucceeded,
      failureCount: 0,
    };
  }

  async #execute(script: string, options: RunOptions, channel: EventChannel<SessionEvent>, signal: AbortSignal): Promise<void> {
    const engine = this.#engine(channel);
    this.#secrets.transcripts.setHostCaughtUp(() => channel.drained());
    this.#secrets.transcripts.recordCommand(script, options.prompt);
    let ast;
    try {
      ast = parseScript(script);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      const record = this.#secrets.maskRecord(new ErrorRecord({
        message: error.message,
        errorId: error.errorId,
        category: 'ParserError',
        exceptionType: 'ParseException',
        targetObject: error.offendingText,
        position: { span: error.span, lineText: lineOf(script, error.span.line), scriptName: options.scriptName },
      }));
      engine.recordError(record);
      channel.push({ type: 'error', record });
      this.#lastSucceeded = false;
      channel.push({ type: 'result', hadErrors: true, cancelled: false });
      return;
    }
    // Secrets typed in the script are known before it runs, so no error or verbose text can show them.
    this.#secrets.learnTyped(ast);
    const frame: Frame = { engine, scope: this.globalScope, source: script, signal };
    const output: Output = { write: (value) => channel.pushWithBackpressure({ type: 'output', value }) };
    let exitCode: number | undefined;
    let cancelled = false;
    try {
      await driveAsync(runScript(ast, frame, output));
    } catch (error) {
      if (error instanceof ExitSignal) exitCode = error.exitCode;
      else if (error instanceof PipelineStoppedError || signal.aborted) cancelled = true;
      else if (error instanceof TerminatingError) {
        reportTerminating(error, frame);
        engine.lastStatementSucceeded = false;
      } else if (!(error instanceof ReturnSignal || error instanceof BreakSignal || error instanceof ContinueSignal)) throw error;
    }
    this.#lastSucceeded = cancelled ? false : engine.lastStatementSucceeded;
    const result = { type: 'result' as const, hadErrors: engine.failureCount > 0, cancelled };
    channel.push(exitCode === undefined ? result : { ...result, exitCode });
  }
}

export function createSession(options: SessionOptions = {}): Session {
  return new Session(options);
}
