/**
 * Script functions. Why they are cmdlets: the `function` statement turns the parameters into a
 * cmdlet definition (commandType 'Function') built at run time, so a call is bound by the very
 * binder cmdlets use (named with unique prefixes, positional, switches, pipeline ByValue and
 * ByPropertyName, prompting, PowerShell's error texts) and runs as an ordinary pipeline stage
 * with backpressure and cancellation. What differs lives here: the definition is kept in the
 * scope where the statement ran (not in the session-wide registry), looked up before cmdlets,
 * and each call runs the body's begin/process/end statements in a new child scope of the caller.
 */
import type { CmdletInstance, CmdletDefinition, BoundArgumentValues } from '../cmdlet/define.js';
import type { CmdletContext, CommandLookup } from '../cmdlet/context.js';
import { normaliseCmdlet, type CmdletMetadata } from '../cmdlet/metadata.js';
import { commandNotFound } from '../cmdlet/registry.js';
import { closestNames } from '../cmdlet/suggestions.js';
import type { FunctionDefinitionAst, ParamBlockAst, ParameterAst, ScriptBlockAst, StatementAst } from '../language/ast.js';
import { named, val } from '../pipeline/argument-builders.js';
import type { CommandArgument } from '../pipeline/command-argument.js';
import { TerminatingError, type ErrorPosition } from '../pipeline/records.js';
import { runPipeline } from '../pipeline/runtime.js';
import { PSHashtable } from '../values/model.js';
import { findCommentHelp, type CommentHelp } from './comment-help.js';
import { pipelineEnvironment } from './commands.js';
import type { Frame, Output } from './context.js';
import { ARGS_PARAMETER, functionParameters, unboundValue } from './function-parameters.js';
import { variableAccess } from './scope.js';
import { CommandTerminationSignal, ScriptCmdlet } from './script-cmdlet.js';
import { ReturnSignal } from './signals.js';
import { runStatements } from './statements.js';
import { driveAsync, wait, type Step } from './step.js';

/** PowerShell's limit on nested function calls. */
const MAX_CALL_DEPTH = 100;

export interface FunctionInfo {
  readonly name: string;
  readonly metadata: CmdletMetadata;
  readonly parameters: readonly ParameterAst[];
  readonly body: ScriptBlockAst;
  /** The text the body's spans index into. */
  readonly source: string;
  readonly advanced: boolean;
  /** False for a dot-sourced script block: it runs in the caller's scope. */
  readonly newScope: boolean;
}

/** Builds a function from its parameters and body; failures (e.g. `[Nope]$x`) are statement-terminating errors. */
export function* createFunction(
  name: string,
  parameters: readonly ParameterAst[],
  body: ScriptBlockAst,
  frame: Frame,
  options: { newScope?: boolean; paramBlock?: ParamBlockAst; source?: string; help?: CommentHelp } = {},
): Step<FunctionInfo> {
  const described = yield* functionParameters(parameters, options.paramBlock ?? body.paramBlock, frame);
  const help = options.help;
  let metadata: CmdletMetadata;
  try {
    metadata = normaliseCmdlet({
      name,
      synopsis: help?.synopsis ?? '',
      ...(help ? { description: help.description, examples: help.examples, relatedLinks: help.links } : {}),
      commandType: 'Function',
      parameters: help ? withParameterHelp(described.declarations, help) : described.declarations,
      ...(described.defaultParameterSet ? { defaultParameterSet: described.defaultParameterSet } : {}),
      supportsShouldProcess: described.supportsShouldProcess,
      ...(described.confirmImpact ? { confirmImpact: described.confirmImpact } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^Invalid cmdlet declaration '[^']*': /, '') : String(error);
    throw new TerminatingError({ message: `The function '${name}' cannot be defined: ${message}.`, errorId: 'FunctionDefinitionInvalid', category: 'MetadataError' });
  }
  return { name, metadata, parameters, body, source: options.source ?? frame.source, advanced: described.advanced, newScope: options.newScope ?? true };
}

/** The `function` statement: defines (or redefines) the function in the current scope. */
export function* defineFunction(ast: FunctionDefinitionAst, frame: Frame): Step<void> {
  const parameters = ast.parameters ?? ast.body.paramBlock?.parameters ?? [];
  const help = findCommentHelp(ast.body.text, frame.source.slice(0, ast.span.start));
  frame.scope.setFunction(ast.name, yield* createFunction(ast.name, parameters, ast.body, frame, help ? { help } : {}));
}

/** The `.PARAMETER` texts of comment-based help, as the declarations' help (Get-Help -Parameter, -Full). */
function withParameterHelp<D extends { readonly options: object }>(declarations: Readonly<Record<string, D>>, help: CommentHelp): Record<string, D> {
  return Object.fromEntries(
    Object.entries(declarations).map(([name, declaration]) => {
      const text = help.parameters.get(name.toLowerCase());
      return [name, text === undefined ? declaration : { ...declaration, options: { ...declaration.options, help: text } }];
    }),
  );
}

/** A call of `info` from `caller`: a cmdlet definition whose instances run the body. */
export function functionCommand(info: FunctionInfo, caller: Frame): CmdletDefinition {
  return { ...info.metadata, createInstance: () => new FunctionInstance(info, caller) };
}

function asArray(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? [...(value as unknown[])] : [value];
}

/**
 * `-Verbose`, `-ErrorAction Stop`... given to a function act through the preference variables of
 * its scope, as in PowerShell; ctx.common already folds in the caller's preferences.
 */
function applyCommonParameters(scope: Frame['scope'], ctx: CmdletContext): void {
  const { common } = ctx;
  if (common.verbose) scope.setLocal('VerbosePreference', 'Continue');
  if (common.debug) scope.setLocal('DebugPreference', 'Continue');
  scope.setLocal('ErrorActionPreference', common.errorAction);
  scope.setLocal('WarningPreference', common.warningAction);
  scope.setLocal('InformationPreference', common.informationAction);
}

/**
 * -WhatIf / -Confirm given to a function become $WhatIfPreference / $ConfirmPreference in its
 * scope, as pwsh's script cmdlets do (-Confirm is Low, -Confirm:$false None): that is how the
 * cmdlets it calls (New-EntraIDUserTemporaryAccessPass...) also only report, or also ask.
 */
function applyShouldProcessParameters(scope: Frame['scope'], ctx: CmdletContext): void {
  const { WhatIf, Confirm } = ctx.givenCommonParameters;
  if (WhatIf !== undefined) scope.setLocal('WhatIfPreference', WhatIf);
  if (Confirm !== undefined) scope.setLocal('ConfirmPreference', Confirm ? 'Low' : 'None');
}

class FunctionInstance implements CmdletInstance {
  #frame: Frame | undefined;
  /** `$PSCmdlet` of an advanced function; its ThrowTerminatingError ends this instance. */
  #cmdlet: ScriptCmdlet | undefined;
  #bound = new PSHashtable();
  /** How many of this instance's blocks are running (a block can run while another waits on output). */
  #running = 0;
  /** Pipeline input for a body without a process block: `$input` in its end block. */
  readonly #input: unknown[] = [];

  constructor(
    private readonly info: FunctionInfo,
    private readonly caller: Frame,
  ) {}

  begin(args: BoundArgumentValues, ctx: CmdletContext): Promise<void> {
    return driveAsync(this.#begin(args, ctx));
  }

  process(args: BoundArgumentValues, ctx: CmdletContext): Promise<void> {
    return driveAsync(this.#process(args, ctx));
  }

  end(args: BoundArgumentValues, ctx: CmdletContext): Promise<void> {
    return driveAsync(this.#end(args, ctx));
  }

  *#begin(args: BoundArgumentValues, ctx: CmdletContext): Step<void> {
    const depth = (this.caller.callDepth ?? 0) + 1;
    if (depth > MAX_CALL_DEPTH) {
      throw new TerminatingError({ message: 'The script failed due to call depth overflow.', errorId: 'CallDepthOverflow', category: 'InvalidOperation' });
    }
    const scope = this.info.newScope ? this.caller.scope.child() : this.caller.scope;
    const frame: Frame = { ...this.caller, scope, source: this.info.source, signal: ctx.signal, callDepth: depth };
    this.#frame = frame;
    // In declaration order, so a default can use the parameters before it (`$b = $a * 2`).
    for (const p of this.info.parameters) {
      const name = p.name.name;
      scope.setLocal(name, ctx.boundParameters.has(name) ? args[name] : yield* unboundValue(p, frame));
    }
    scope.setLocal('args', this.info.advanced ? [] : asArray(args[ARGS_PARAMETER]));
    this.#bound = this.#boundTable(args, ctx);
    scope.setLocal('PSBoundParameters', this.#bound);
    if (this.info.newScope) applyCommonParameters(scope, ctx);
    // Even a script's own scope (newScope false): `-File x.ps1 -WhatIf` must reach the cmdlets it calls.
    applyShouldProcessParameters(scope, ctx);
    if (this.info.advanced) {
      this.#cmdlet = new ScriptCmdlet({
        context: ctx,
        commandName: this.info.name,
        boundParameters: () => this.#bound,
        variables: variableAccess(scope),
        running: () => this.#running > 0,
      });
      scope.setLocal('PSCmdlet', this.#cmdlet);
    }
    if (this.info.body.beginBlock) yield* this.#run(this.info.body.beginBlock.statements, ctx);
  }

  *#process(args: BoundArgumentValues, ctx: CmdletContext): Step<void> {
    const frame = this.#frame;
    const block = this.info.body.processBlock;
    const input = ctx.pipelineInput;
    if (!frame) return;
    if (!block) {
      if (input) this.#input.push(input.value);
      return;
    }
    // Pipeline-bound parameters change with each record.
    for (const p of this.info.parameters) if (ctx.boundParameters.has(p.name.name)) frame.scope.setLocal(p.name.name, args[p.name.name]);
    if (input) {
      frame.scope.setLocal('_', input.value);
      frame.scope.setLocal('input', [input.value]);
    }
    this.#bound = this.#boundTable(args, ctx);
    frame.scope.setLocal('PSBoundParameters', this.#bound);
    yield* this.#run(block.statements, ctx);
  }

  *#end(_args: BoundArgumentValues, ctx: CmdletContext): Step<void> {
    const frame = this.#frame;
    if (!frame) return;
    if (!this.info.body.processBlock) frame.scope.setLocal('input', this.#input);
    yield* this.#run(this.info.body.statements, ctx);
  }

  /**
   * `$PSBoundParameters`: the function's own parameters that were bound, then (advanced functions
   * only, as in pwsh) the common parameters given on the command line, so `@PSBoundParameters`
   * passes -Verbose or -WhatIf on and `$PSBoundParameters.ContainsKey('Verbose')` works.
   */
  #boundTable(args: BoundArgumentValues, ctx: CmdletContext): PSHashtable {
    const table = new PSHashtable();
    for (const name of ctx.boundParameters) if (this.info.parameters.some((p) => p.name.name === name)) table.set(name, args[name]);
    if (this.info.advanced) {
      for (const [name, value] of Object.entries(ctx.givenCommonParameters)) if (value !== undefined && !table.has(name)) table.set(name, value);
    }
    return table;
  }

  *#run(statements: readonly StatementAst[], ctx: CmdletContext): Step<void> {
    const frame = this.#frame;
    if (!frame || statements.length === 0) return;
    const output: Output = { write: (value) => ctx.write(value) };
    this.#running++;
    try {
      yield* runStatements(statements, frame, output);
    } catch (error) {
      // `return` ends this block (in process: this record's pass only), as in PowerShell.
      if (error instanceof ReturnSignal) return;
      // $PSCmdlet.ThrowTerminatingError ends the function; its caller sees a statement-terminating error.
      if (error instanceof CommandTerminationSignal && error.owner === this.#cmdlet) throw error.error;
      throw error;
    } finally {
      this.#running--;
    }
  }
}

/**
 * PowerShell's precedence: an alias first, then a function, then a cmdlet. So `function Get-Date`
 * shadows the cmdlet, but `function gci` does not shadow the alias.
 */
export function findCommand(name: string, frame: Frame): CmdletDefinition | undefined {
  const builtin = frame.engine.registry.find(name);
  if (builtin && builtin.name.toLowerCase() !== name.toLowerCase()) return builtin;
  const fn = frame.scope.findFunction(name);
  if (fn) return functionCommand(fn, frame);
  return builtin;
}

/** The command, or the "not recognized" error whose suggestions include functions. */
export function resolveCommand(name: string, frame: Frame, position?: ErrorPosition): CmdletDefinition {
  const found = findCommand(name, frame);
  if (found) return found;
  const { registry } = frame.engine;
  const candidates = [...registry.list().flatMap((c) => [c.name, ...c.aliases]), ...frame.scope.listFunctions().map((f) => f.name)];
  const suggestions = closestNames(name, candidates)
    .map((n) => registry.find(n)?.name ?? n)
    .filter((n, i, all) => all.indexOf(n) === i);
  throw new TerminatingError(commandNotFound(name, suggestions, position));
}

/** What cmdlets see as `ctx.commands` (Get-Command, Get-Help): the registry plus the visible functions. */
export function commandLookup(frame: Frame): CommandLookup {
  return {
    find: (name) => findCommand(name, frame),
    list: () => {
      const functions = frame.scope.listFunctions().map((f) => functionCommand(f, frame));
      return [...functions, ...frame.engine.registry.list()].sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}

/** `-File` arguments (strings, in `$args`) as a command line: `-Name` starts a parameter, as in pwsh. */
function scriptArguments(args: unknown): CommandArgument[] {
  return asArray(args).map((value): CommandArgument => {
    const parameter = typeof value === 'string' ? /^-([\p{L}_?][^:]*)(?::(.*))?$/su.exec(value) : null;
    if (!parameter?.[1]) return val(value);
    // `-Name:value` in one argument binds the value; `-Name:` alone takes the next one, like `-Name`.
    return parameter[2] ? named(parameter[1], parameter[2]) : named(parameter[1]);
  });
}

/**
 * A whole script. With a `param()` block it runs like a function called with the script's
 * arguments (`entra-shell -File x.ps1 -Name Ada` binds `$Name`), in the global scope so that its
 * functions and variables stay; otherwise its begin, process and end statements run in order.
 */
export function* runScript(ast: ScriptBlockAst, frame: Frame, output: Output): Step<void> {
  if (ast.paramBlock) {
    const info = yield* createFunction('', ast.paramBlock.parameters, ast, frame, { newScope: false });
    const command = { definition: functionCommand(info, frame), args: scriptArguments(frame.scope.lookup('args')) };
    const outcome = yield* wait(runPipeline({ commands: [command], output: (value) => output.write(value), signal: frame.signal }, pipelineEnvironment(frame)));
    if (outcome.hadErrors) frame.engine.failureCount++;
    return;
  }
  if (ast.beginBlock) yield* runStatements(ast.beginBlock.statements, frame, output);
  if (ast.processBlock) yield* runStatements(ast.processBlock.statements, frame, output);
  yield* runStatements(ast.statements, frame, output);
}
