/**
 * Pipeline statements: an expression on its own, or commands (with an optional expression first)
 * handed to the pipeline runtime with their arguments evaluated into CommandArgument[].
 */
import type { CommandAst, CommandElementAst, ExpressionAst, PipelineAst } from '../language/ast.js';
import type { SourceSpan } from '../language/span.js';
import type { CommandArgument } from '../pipeline/command-argument.js';
import type { PipelineEnvironment } from '../pipeline/environment.js';
import { runPipeline, type PipelineCommand } from '../pipeline/runtime.js';
import { ScriptBlockValue } from '../values/model.js';
import { toPSString } from '../values/stringify.js';
import type { Frame, Output } from './context.js';
import { positionOf } from './errors.js';
import { evaluate, isLeaf, leafValue } from './expressions.js';
import { isPipelineEnumerable } from '../pipeline/enumerate.js';
import { commandLookup, createFunction, findCommand, functionCommand, resolveCommand as resolveCommandName } from './functions.js';
import { invokeScriptBlock, isScriptBlockAst, runScriptBlock, scriptBlockSource, usesBodyFeatures } from './script-blocks.js';
import { variableAccess } from './scope.js';
import { writeEnumerated } from './statements.js';
import { wait, type Step } from './step.js';
import { readVariable } from './variables.js';

/** What the runtime needs, bound to this frame's scope (so `ctx.variables` and script blocks see it). */
export function pipelineEnvironment(frame: Frame): PipelineEnvironment {
  const { engine } = frame;
  return {
    host: engine.host,
    services: engine.services,
    variables: variableAccess(frame.scope),
    commands: commandLookup(frame),
    location: engine.location,
    emit: (event) => engine.emit(event),
    recordError: (record) => engine.recordError(record),
    invokeScriptBlock: (block, invocation, signal) => invokeScriptBlock(block, invocation ?? {}, frame, signal),
  };
}

/** The literal spelling of a number argument, so String parameters bind `007` as typed. */
function literalText(node: ExpressionAst): string | undefined {
  return node.type === 'NumberConstant' ? node.text : undefined;
}

function* buildArguments(elements: readonly CommandElementAst[], frame: Frame): Step<CommandArgument[]> {
  const args: CommandArgument[] = [];
  for (const element of elements) {
    if (element.type === 'CommandParameter') {
      if (element.colonArgument) {
        const value = yield* evaluate(element.colonArgument, frame);
        const text = literalText(element.colonArgument);
        args.push({
          kind: 'parameter',
          name: element.name,
          text: element.text,
          colonValue: text === undefined ? { value } : { value, text },
          span: element.span,
        });
      } else {
        args.push({ kind: 'parameter', name: element.name, text: element.text, span: element.span });
      }
    } else if (element.type === 'Splat') {
      args.push({ kind: 'splat', value: readVariable({ name: element.variableName }, frame), variableName: element.variableName, span: element.span });
    } else {
      const value = yield* evaluate(element, frame);
      const text = literalText(element);
      args.push(text === undefined ? { kind: 'value', value, span: element.span } : { kind: 'value', value, text, span: element.span });
    }
  }
  return args;
}

/** `Cmd -?` shows help, as in PowerShell. */
function asksForHelp(command: CommandAst): boolean {
  return command.elements.some((e) => e.type === 'CommandParameter' && e.name === '?');
}

function* resolveCommand(command: CommandAst, frame: Frame): Step<PipelineCommand | ScriptBlockValue> {
  const nameValue = command.name ?? (yield* evaluate(command.nameElement, frame));
  if (nameValue instanceof ScriptBlockValue) return nameValue;
  const name = toPSString(nameValue);
  const position = positionOf(frame, command.nameElement.span);
  const locate = (span: SourceSpan | undefined) => positionOf(frame, span);
  if (asksForHelp(command)) {
    const help = resolveCommandName('Get-Help', frame, position);
    return {
      definition: help,
      args: [
        { kind: 'parameter', name: 'Name', text: '-Name', span: command.nameElement.span },
        { kind: 'value', value: findCommand(name, frame)?.name ?? name, span: command.nameElement.span },
      ],
      position,
      locate,
    };
  }
  const definition = resolveCommandName(name, frame, position);
  return { definition, args: yield* buildArguments(command.elements, frame), position: positionOf(frame, command.span), locate };
}

/** `& { ... } args` / `. { ... }`: a script block invoked as a command (alone in its pipeline). */
function* runScriptBlockCommand(block: ScriptBlockValue, command: CommandAst, frame: Frame, output: Output): Step<void> {
  const args = (yield* buildArguments(command.elements, frame)).map((a) => (a.kind === 'parameter' ? a.text : a.value));
  yield* runScriptBlock(block, { newScope: command.invocationOperator !== '.', args }, frame, frame.signal, output);
}

/**
 * A script block with a param block or named blocks, or inside a pipeline: run as an unnamed
 * function, so `& { param($x) } -x 1` binds like a function and `1..3 | & { process { $_ } }` streams.
 */
function* scriptBlockCommand(block: ScriptBlockValue, command: CommandAst, frame: Frame): Step<PipelineCommand> {
  const body = block.body;
  if (!isScriptBlockAst(body)) throw new Error('The script block has no body to run.');
  const info = yield* createFunction('', body.paramBlock?.parameters ?? [], body, frame, {
    newScope: command.invocationOperator !== '.',
    source: scriptBlockSource(body) ?? frame.source,
  });
  return {
    definition: functionCommand(info, frame),
    args: yield* buildArguments(command.elements, frame),
    position: positionOf(frame, command.span),
    locate: (span) => positionOf(frame, span),
  };
}

/** `$i++`, `$i--` and `[void](...)` produce no output as statements. */
function writesNothing(expression: ExpressionAst): boolean {
  if (expression.type === 'Unary') return expression.operator === '++' || expression.operator === '--';
  return expression.type === 'Convert' && expression.typeName.name.toLowerCase() === 'void';
}

/** A pipeline that is one expression (`$_ * 2`, `"$($u.Mail)"`): its value, unrolled, is the output. */
function* runExpressionStatement(expression: ExpressionAst, frame: Frame, output: Output): Step<void> {
  const value = isLeaf(expression) ? leafValue(expression, frame) : yield* evaluate(expression, frame);
  if (writesNothing(expression)) return;
  if (isPipelineEnumerable(value)) {
    yield* writeEnumerated(value, output, frame.signal);
    return;
  }
  const pending = output.write(value);
  if (pending) yield pending;
}

export function runPipelineStatement(statement: PipelineAst, frame: Frame, output: Output): Step<void> {
  const first = statement.elements[0];
  if (first && first.type !== 'Command' && statement.elements.length === 1) return runExpressionStatement(first, frame, output);
  return runCommandPipeline(statement, frame, output);
}

function* runCommandPipeline(statement: PipelineAst, frame: Frame, output: Output): Step<void> {
  const first = statement.elements[0];
  if (!first) return;

  const commandAsts = first.type === 'Command' ? statement.elements : statement.elements.slice(1);
  const commands: PipelineCommand[] = [];
  for (const element of commandAsts) {
    if (element.type !== 'Command') continue;
    const resolved = yield* resolveCommand(element, frame);
    if (resolved instanceof ScriptBlockValue) {
      const body = resolved.body;
      if (statement.elements.length === 1 && !(isScriptBlockAst(body) && usesBodyFeatures(body))) {
        yield* runScriptBlockCommand(resolved, element, frame, output);
        return;
      }
      commands.push(yield* scriptBlockCommand(resolved, element, frame));
      continue;
    }
    commands.push(resolved);
  }
  const input = first.type === 'Command' ? undefined : { value: yield* evaluate(first, frame) };
  const run = runPipeline({ input, commands, output: (value) => output.write(value), signal: frame.signal }, pipelineEnvironment(frame));
  const outcome = yield* wait(run);
  if (outcome.hadErrors) frame.engine.failureCount++;
}
