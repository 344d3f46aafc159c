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
import { evaluate } from './expressions.js';
import { commandLookup, createFunction, findCommand, functionCommand, resolveCommand as resolveCommandName } from './functions.js';
import { invokeScriptBlock, invokeScriptBlockInto, isScriptBlockAst, scriptBlockSource, usesBodyFeatures } from './script-blocks.js';
import { variableAccess } from './scope.js';
import { writeEnumerated } from './statements.js';
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

async function buildArguments(elements: readonly CommandElementAst[], frame: Frame): Promise<CommandArgument[]> {
  const args: CommandArgument[] = [];
  for (const element of elements) {
    if (element.type === 'CommandParameter') {
      if (element.colonArgument) {
        const value = await evaluate(element.colonArgument, frame);
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
      const value = await evaluate(element, frame);
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

async function resolveCommand(command: CommandAst, frame: Frame): Promise<PipelineCommand | ScriptBlockValue> {
  const nameValue = command.name ?? (await evaluate(command.nameElement, frame));
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
  return { definition, args: await buildArguments(command.elements, frame), position: positionOf(frame, command.span), locate };
}

/** `& { ... } args` / `. { ... }`: a script block invoked as a command (alone in its pipeline). */
async function runScriptBlockCommand(block: ScriptBlockValue, command: CommandAst, frame: Frame, output: Output): Promise<void> {
  const args = (await buildArguments(command.elements, frame)).map((a) => (a.kind === 'parameter' ? a.text : a.value));
  await invokeScriptBlockInto(block, { newScope: command.invocationOperator !== '.', args }, frame, frame.signal, output);
}

/**
 * A script block with a param block or named blocks, or inside a pipeline: run as an unnamed
 * function, so `& { param($x) } -x 1` binds like a function and `1..3 | & { process { $_ } }` streams.
 */
async function scriptBlockCommand(block: ScriptBlockValue, command: CommandAst, frame: Frame): Promise<PipelineCommand> {
  const body = block.body;
  if (!isScriptBlockAst(body)) throw new Error('The script block has no body to run.');
  const info = await createFunction('', body.paramBlock?.parameters ?? [], body, frame, {
    newScope: command.invocationOperator !== '.',
    source: scriptBlockSource(body) ?? frame.source,
  });
  return {
    definition: functionCommand(info, frame),
    args: await buildArguments(command.elements, frame),
    position: positionOf(frame, command.span),
    locate: (span) => positionOf(frame, span),
  };
}

export async function runPipelineStatement(statement: PipelineAst, frame: Frame, output: Output): Promise<void> {
  const [first, ...rest] = statement.elements;
  if (!first) return;
  if (first.type !== 'Command' && rest.length === 0) {
    // `$i++` and `[void](...)` produce no output as statements.
    if (first.type === 'Unary' && (first.operator === '++' || first.operator === '--')) {
      await evaluate(first, frame);
      return;
    }
    const value = await evaluate(first, frame);
    if (first.type === 'Convert' && first.typeName.name.toLowerCase() === 'void') return;
    await writeEnumerated(value, output, frame.signal);
    return;
  }

  const commandAsts = first.type === 'Command' ? statement.elements : rest;
  const commands: PipelineCommand[] = [];
  for (const element of commandAsts) {
    if (element.type !== 'Command') continue;
    const resolved = await resolveCommand(element, frame);
    if (resolved instanceof ScriptBlockValue) {
      const body = resolved.body;
      if (statement.elements.length === 1 && !(isScriptBlockAst(body) && usesBodyFeatures(body))) {
        await runScriptBlockCommand(resolved, element, frame, output);
        return;
      }
      commands.push(await scriptBlockCommand(resolved, element, frame));
      continue;
    }
    commands.push(resolved);
  }
  const input = first.type === 'Command' ? undefined : { value: await evaluate(first, frame) };
  const outcome = await runPipeline({ input, commands, output: (value) => output.write(value), signal: frame.signal }, pipelineEnvironment(frame));
  if (outcome.hadErrors) frame.engine.failureCount++;
}
