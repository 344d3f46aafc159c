/**
 * `$PSCmdlet` in advanced functions: pwsh's PSScriptCmdlet, reduced to what scripts use. It is a
 * view of the function's own CmdletContext, so `$PSCmdlet.ShouldProcess()` is the very
 * ShouldProcess cmdlets call (same -WhatIf text, same prompt, same Yes to All memory), and the
 * Write* methods write to the function's streams under its -ErrorAction / -Verbose. Members are
 * declared in explicit tables, like every other value's (values/members).
 */
import type { CmdletContext, VariableAccess } from '../cmdlet/context.js';
import { ControlFlowSignal } from '../pipeline/control-flow.js';
import { ErrorRecord, TerminatingError } from '../pipeline/records.js';
import { methodException, RuntimeError } from '../values/errors.js';
import { callFromTable, methodNotFound, methodTable } from '../values/members/method-table.js';
import { PSObject, PSTypeName, type PSHashtable } from '../values/model.js';
import { toPSString } from '../values/stringify.js';
import { isTruthy } from '../values/truthiness.js';
import { typeNameOf } from '../values/type-of.js';

const TYPE_NAME = 'System.Management.Automation.PSScriptCmdlet';

/** What the running function lends its `$PSCmdlet`. */
export interface ScriptCmdletSource {
  /** The function's context: its streams, ShouldProcess state, parameter set. */
  readonly context: CmdletContext;
  /** MyInvocation.MyCommand.Name, and the action ShouldProcess(target) names. */
  readonly commandName: string;
  /** `$PSBoundParameters` as it is now (it changes with each pipeline record). */
  readonly boundParameters: () => PSHashtable;
  /** The function's own scope, for GetVariableValue. */
  readonly variables: VariableAccess;
  /** True while the function's body runs: only then can ThrowTerminatingError unwind it. */
  readonly running: () => boolean;
}

export class ScriptCmdlet {
  constructor(readonly source: ScriptCmdletSource) {}

  toString(): string {
    return TYPE_NAME;
  }
}

/**
 * `$PSCmdlet.ThrowTerminatingError($record)`: ends the whole function, past any try/catch inside
 * it (pwsh stops the command's pipeline); the function's caller then sees a statement-terminating
 * error it can catch. Transported as control flow so the function body cannot swallow it.
 */
export class CommandTerminationSignal extends ControlFlowSignal {
  constructor(
    readonly owner: ScriptCmdlet,
    readonly error: TerminatingError,
  ) {
    super(error.message);
  }
}

/**
 * What a void .NET method gives: nothing in the output (pwsh's AutomationNull), which an empty
 * array models here, where the evaluator writes a $null result as a record.
 */
function nothing(): unknown[] {
  return [];
}

function text(value: unknown): string {
  return toPSString(value);
}

/** pwsh's MethodArgumentConversionInvalidCastArgument for a method that takes an ErrorRecord. */
function errorRecordArgument(value: unknown, method: string): ErrorRecord {
  if (value instanceof ErrorRecord) return value;
  const shown = text(value);
  const inner = `Cannot convert the "${shown}" value of type "${typeNameOf(value)}" to type "System.Management.Automation.ErrorRecord".`;
  throw new RuntimeError(
    `Cannot convert argument "errorRecord", with value: "${shown}", for "${method}" to type "System.Management.Automation.ErrorRecord": "${inner}"`,
    'MethodArgumentConversionInvalidCastArgument',
    'NotSpecified',
  );
}

/**
 * WriteError and ThrowTerminatingError make the record the function's own (pwsh sets its
 * InvocationInfo): it shows as `f: message` at the line that called f, whatever failed inside.
 */
function asFunctionError(cmdlet: ScriptCmdlet, record: ErrorRecord): ErrorRecord {
  const { commandName, context } = cmdlet.source;
  return new ErrorRecord({ ...record.toInfo(), commandName: commandName === '' ? undefined : commandName, position: context.invocation.position });
}

function invocationInfo(cmdlet: ScriptCmdlet): PSObject {
  const { context, commandName, boundParameters } = cmdlet.source;
  const command = new PSObject({ Name: commandName, CommandType: 'Function' }, ['System.Management.Automation.FunctionInfo']);
  command.stringValue = commandName;
  const position = context.invocation.position;
  return new PSObject(
    {
      MyCommand: command,
      BoundParameters: boundParameters(),
      InvocationName: commandName,
      PipelinePosition: context.invocation.pipelinePosition,
      PipelineLength: context.invocation.pipelineLength,
      ExpectingInput: context.invocation.expectingInput,
      ScriptLineNumber: position?.span.line ?? 0,
      OffsetInLine: position?.span.column ?? 0,
      Line: position?.lineText ?? '',
    },
    ['System.Management.Automation.InvocationInfo'],
  );
}

/** `$PSCmdlet.Name`: properties, case-insensitively; unknown ones are $null, as for other objects. */
export function scriptCmdletMember(cmdlet: ScriptCmdlet, name: string): unknown {
  const { context } = cmdlet.source;
  switch (name.toLowerCase()) {
    case 'parametersetname':
      return context.parameterSetName;
    case 'myinvocation':
      return invocationInfo(cmdlet);
    case 'stopping':
      return context.signal.aborted;
    default:
      return null;
  }
}

const METHODS = methodTable<ScriptCmdlet>([
  {
    name: 'ShouldProcess',
    arities: [1, 2, 3],
    call: ({ source }, args) => {
      const [first, second, third] = args;
      // ShouldProcess(target) names the command as the action, as pwsh does.
      if (args.length === 1) return source.context.shouldProcess(text(first), source.commandName);
      if (args.length === 2) return source.context.shouldProcess(text(first), text(second));
      return source.context.shouldProcessDescribed(text(first), text(second), text(third));
    },
  },
  { name: 'ShouldContinue', arities: [2], call: ({ source }, [query, caption]) => source.context.shouldContinue(text(query), text(caption)) },
  {
    name: 'WriteObject',
    arities: [1, 2],
    call: async ({ source }, [value, enumerate]) => {
      const items: unknown = value;
      if (isTruthy(enumerate ?? false) && Array.isArray(items)) await source.context.writeAll(items as unknown[]);
      else await source.context.write(value);
      return nothing();
    },
  },
  {
    name: 'WriteError',
    arities: [1],
    call: async (cmdlet, [record]) => {
      await cmdlet.source.context.writeError(asFunctionError(cmdlet, errorRecordArgument(record, 'WriteError')));
      return nothing();
    },
  },
  {
    name: 'WriteWarning',
    arities: [1],
    call: async ({ source }, [message]) => {
      await source.context.writeWarning(text(message));
      return nothing();
    },
  },
  {
    name: 'WriteVerbose',
    arities: [1],
    call: ({ source }, [message]) => {
      source.context.writeVerbose(text(message));
      return nothing();
    },
  },
  {
    name: 'WriteDebug',
    arities: [1],
    call: ({ source }, [message]) => {
      source.context.writeDebug(text(message));
      return nothing();
    },
  },
  {
    name: 'WriteInformation',
    arities: [2],
    call: ({ source }, [data, tags]) => {
      const list: unknown[] = tags === null || tags === undefined ? [] : Array.isArray(tags) ? (tags as unknown[]) : [tags];
      source.context.writeInformation({ messageData: data, tags: list.map(text) });
      return nothing();
    },
  },
  {
    name: 'ThrowTerminatingError',
    arities: [1],
    call: (cmdlet, [record]) => {
      const error = new TerminatingError(asFunctionError(cmdlet, errorRecordArgument(record, 'ThrowTerminatingError')));
      // A $PSCmdlet kept past its function (`$global:c = $PSCmdlet`) has nothing left to end: a plain error.
      if (!cmdlet.source.running()) throw error;
      throw new CommandTerminationSignal(cmdlet, error);
    },
  },
  {
    name: 'GetVariableValue',
    arities: [1, 2],
    call: ({ source }, args) => {
      const name = text(args[0]);
      if (source.variables.has(name)) return source.variables.get(name);
      return args.length === 2 ? args[1] : null;
    },
  },
  { name: 'ToString', arities: [0], call: () => TYPE_NAME },
  { name: 'GetType', arities: [0], call: () => new PSTypeName(TYPE_NAME) },
]);

/**
 * A prompt the host could not show (a non-interactive session) fails the method call the way a
 * .NET exception does in pwsh: `Exception calling "ShouldContinue" with "2" argument(s): "..."`.
 * Script-terminating failures (Ctrl+C, -ErrorAction Stop) pass unchanged.
 */
function asMethodFailure(error: unknown, method: string, count: number): unknown {
  if (!(error instanceof TerminatingError) || error.scriptTerminating) return error;
  return methodException(method, count, error.record.message, error.record.exceptionType);
}

/** `$PSCmdlet.Method(args)`; waiting methods return a promise the (async) evaluator awaits. */
export function callScriptCmdletMethod(cmdlet: ScriptCmdlet, name: string, args: readonly unknown[]): unknown {
  const outcome = callFromTable(METHODS, cmdlet, name, args);
  if (!outcome.found) throw methodNotFound(TYPE_NAME, name);
  const { value } = outcome;
  if (value instanceof Promise) {
    const method = METHODS.get(name.toLowerCase())?.name ?? name;
    return value.catch((error: unknown) => {
      throw asMethodFailure(error, method, args.length);
    });
  }
  return value === undefined ? null : value;
}
