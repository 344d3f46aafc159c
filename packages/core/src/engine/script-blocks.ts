/**
 * Script blocks as values: creating them (remembering the source their spans index into) and
 * invoking them, in the caller's scope (ForEach-Object, Where-Object) or a new child scope (`&`).
 */
import type { ScriptBlockInvocation } from '../cmdlet/context.js';
import type { ParameterAst, ScriptBlockAst } from '../language/ast.js';
import { convertToType } from '../values/convert.js';
import { ScriptBlockValue } from '../values/model.js';
import { Collector, type Frame, type Output } from './context.js';
import { resolvedTypeOf, unboundValue } from './function-parameters.js';
import { ReturnSignal } from './signals.js';
import { runStatements } from './statements.js';
import { driveAsync, type Step } from './step.js';

const sources = new WeakMap<object, string>();

export function createScriptBlock(ast: ScriptBlockAst, frame: Frame): ScriptBlockValue {
  sources.set(ast, frame.source);
  return new ScriptBlockValue(ast, ast.text);
}

/** The text a script block's spans index into (known for every block the evaluator created). */
export function scriptBlockSource(body: ScriptBlockAst): string | undefined {
  return sources.get(body);
}

export function isScriptBlockAst(body: unknown): body is ScriptBlockAst {
  return typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'ScriptBlock';
}

/** A param block or named blocks: run as a function when invoked as a command (see commands.ts). */
export function usesBodyFeatures(body: ScriptBlockAst): boolean {
  return body.paramBlock !== undefined || body.beginBlock !== undefined || body.processBlock !== undefined || body.endBlock !== undefined;
}

/**
 * `param()` of a block invoked with plain arguments (ForEach-Object, `.Invoke(...)`): arguments
 * bind by position, converted to each parameter's type; the rest stay in `$args`. (`& { param() }`
 * goes through the cmdlet binder instead: see commands.ts.)
 */
function* bindPositionally(parameters: readonly ParameterAst[], args: readonly unknown[], frame: Frame): Step<void> {
  parameters.forEach((p, i) => {
    if (i >= args.length) return;
    const resolved = resolvedTypeOf(p);
    frame.scope.setLocal(p.name.name, resolved ? convertToType(args[i], resolved) : args[i]);
  });
  for (const p of parameters.slice(args.length)) frame.scope.setLocal(p.name.name, yield* unboundValue(p, frame));
  frame.scope.setLocal('args', args.slice(parameters.length));
}

/** Runs the block, writing its output to `output`. */
export function* runScriptBlock(
  block: ScriptBlockValue,
  invocation: ScriptBlockInvocation,
  caller: Frame,
  signal: AbortSignal,
  output: Output,
): Step<void> {
  const body = block.body;
  if (!isScriptBlockAst(body)) throw new Error('The script block has no body to run.');
  const scope = invocation.newScope ? caller.scope.child() : caller.scope;
  const saved = invocation.newScope ? undefined : { under: scope.lookup('_'), args: scope.lookup('args') };
  if ('dollarUnder' in invocation) scope.setLocal('_', invocation.dollarUnder);
  scope.setLocal('args', invocation.args ? [...invocation.args] : []);
  if (invocation.variables) for (const [name, value] of Object.entries(invocation.variables)) scope.setLocal(name, value);
  const frame: Frame = { ...caller, scope, source: sources.get(body) ?? caller.source, signal };
  try {
    if (body.paramBlock) yield* bindPositionally(body.paramBlock.parameters, invocation.args ?? [], frame);
    // Named blocks run in order once: ForEach-Object and .Invoke() hand over one item at a time.
    if (body.beginBlock) yield* runStatements(body.beginBlock.statements, frame, output);
    if (body.processBlock) yield* runStatements(body.processBlock.statements, frame, output);
    yield* runStatements(body.statements, frame, output);
  } catch (error) {
    // `return` ends the block (in ForEach-Object it ends this record's iteration only).
    if (!(error instanceof ReturnSignal)) throw error;
  } finally {
    if (saved) {
      if ('dollarUnder' in invocation) scope.setLocal('_', saved.under ?? null);
      scope.setLocal('args', saved.args ?? null);
    }
  }
}

/** Runs the block and gives its output, unrolled. */
export function* invokeScriptBlockSteps(block: ScriptBlockValue, invocation: ScriptBlockInvocation, caller: Frame, signal: AbortSignal): Step<unknown[]> {
  const collector = new Collector();
  yield* runScriptBlock(block, invocation, caller, signal, collector);
  return collector.items;
}

/**
 * For cmdlets (ForEach-Object, Where-Object): a block that runs no command (the usual
 * `{ $_.X -eq 1 }`) completes synchronously and costs one resolved promise per record.
 */
export function invokeScriptBlock(block: ScriptBlockValue, invocation: ScriptBlockInvocation, caller: Frame, signal: AbortSignal): Promise<unknown[]> {
  const collector = new Collector();
  return driveAsync(runScriptBlock(block, invocation, caller, signal, collector), () => collector.items);
}
