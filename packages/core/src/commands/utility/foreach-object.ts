/**
 * ForEach-Object (foreach, %): runs script blocks for each piped object (`$_`), with optional
 * -Begin and -End blocks, or reads a property / calls a method of each object (-MemberName).
 */
import { arrayOf, defineCmdlet, parameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { RuntimeError } from '../../values/errors.js';
import type { ScriptBlockValue } from '../../values/model.js';
import { isPipelineEnumerable } from './enumerate.js';
import { tryPropertyValue } from './member-access.js';
import { callMethodOn } from '../../pipeline/error-record-members.js';

interface Blocks {
  begin: ScriptBlockValue | undefined;
  process: readonly ScriptBlockValue[];
  end: ScriptBlockValue | undefined;
}

/**
 * PowerShell's rule (ForEachObjectCommand): the blocks form one list, -Begin first, then -Process,
 * then the remaining positional blocks. With more than one block the first is the begin block;
 * with more than two the last is the end block, unless -End was given.
 */
export function assignBlocks(
  process: readonly ScriptBlockValue[],
  remaining: readonly ScriptBlockValue[],
  begin: ScriptBlockValue | undefined,
  end: ScriptBlockValue | undefined,
): Blocks {
  const scripts = [...(begin ? [begin] : []), ...process, ...remaining];
  if (scripts.length < 2) return { begin: undefined, process: scripts, end };
  const last = end === undefined && scripts.length > 2 ? scripts.length - 1 : scripts.length;
  return { begin: scripts[0], process: scripts.slice(1, last), end: end ?? (last < scripts.length ? scripts[last] : undefined) };
}

async function runBlock(block: ScriptBlockValue | undefined, dollarUnder: unknown, ctx: CmdletContext): Promise<void> {
  if (block === undefined) return;
  const output = await ctx.invokeScriptBlock(block, { dollarUnder });
  // The block's output records are already unrolled; each one travels as it is.
  for (const value of output) await ctx.write(value);
}

async function invokeMember(input: unknown, name: string, args: readonly unknown[] | undefined, ctx: CmdletContext): Promise<void> {
  const property = args === undefined || args.length === 0 ? tryPropertyValue(input, name) : { found: false as const };
  if (property.found) {
    const value = property.value;
    if (isPipelineEnumerable(value)) await ctx.writeAll(value);
    else await ctx.write(value);
    return;
  }
  try {
    const result = callMethodOn(input, name, args ?? []);
    if (isPipelineEnumerable(result)) await ctx.writeAll(result);
    else await ctx.write(result);
  } catch (error) {
    if (!(error instanceof RuntimeError)) throw error;
    const notFound = error.errorId === 'MethodNotFound' || error.errorId === 'InvokeMethodOnNull';
    await ctx.writeError({
      message: notFound ? `Input name "${name}" cannot be resolved to a method.` : error.message,
      errorId: notFound ? 'MethodNotFound' : 'MethodInvocationException',
      category: notFound ? 'InvalidArgument' : 'InvalidOperation',
      exceptionType: notFound ? 'PSArgumentException' : 'MethodInvocationException',
      targetObject: input,
    });
  }
}

export const foreachObject = defineCmdlet({
  name: 'ForEach-Object',
  aliases: ['foreach', '%'],
  synopsis: 'Runs a script block, or reads a member, for each object in the pipeline.',
  description:
    'ForEach-Object processes the pipeline one object at a time: -Process runs for each object with $_ set to ' +
    'it, -Begin once before the first and -End once after the last. Given several blocks positionally, two mean ' +
    'begin and process, three or more begin, process... and end (-Begin and -End count as the first and last). ' +
    'With -MemberName it outputs a property of each object, or calls the named method with -ArgumentList (or the ' +
    'arguments after the name).',
  parameterSets: ['ScriptBlockSet', 'PropertyAndMethodSet'],
  defaultParameterSet: 'ScriptBlockSet',
  examples: [
    { code: '1..5 | ForEach-Object { $_ * 10 }', remarks: 'Outputs 10, 20, 30, 40 and 50.' },
    { code: '1..3 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { $sum }', remarks: 'Adds the numbers and outputs 6.' },
    { code: 'Get-EntraIDUser | ForEach-Object UserPrincipalName', remarks: 'Outputs the UserPrincipalName of each user (-MemberName).' },
    { code: "'a-b','c-d' | ForEach-Object -MemberName Split -ArgumentList '-'", remarks: 'Calls Split on each string; outputs a, b, c and d.' },
    { code: "1..3 | ForEach-Object { 'start' } { $_ } { 'done' }", remarks: 'Runs the first block once before, the last once after, the middle one for each number.' },
    { code: "'abc','def' | % Substring 1", remarks: 'Calls Substring(1) on each string; outputs bc and ef.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: 'The objects to process; usually piped.' }),
    Process: parameter(arrayOf(types.scriptBlock), {
      sets: { ScriptBlockSet: { mandatory: true, position: 0 } },
      allowEmptyCollection: true,
      help: 'The script blocks run for each object; $_ is the current object.',
    }),
    RemainingScripts: parameter(arrayOf(types.scriptBlock), {
      sets: { ScriptBlockSet: {} },
      // `% { 'begin' } { $_ } { 'end' }`: the blocks after the first arrive here.
      fromRemainingArguments: true,
      help: 'The script blocks given positionally after the first; they join -Process in the begin/process/end rule.',
    }),
    Begin: parameter(types.scriptBlock, { sets: { ScriptBlockSet: {} }, help: 'A script block run once, before the first object.' }),
    End: parameter(types.scriptBlock, { sets: { ScriptBlockSet: {} }, help: 'A script block run once, after the last object.' }),
    MemberName: parameter(types.string, {
      sets: { PropertyAndMethodSet: { mandatory: true, position: 0 } },
      help: 'The property to read, or the method to call, on each object.',
    }),
    ArgumentList: parameter(types.objectArray, {
      sets: { PropertyAndMethodSet: {} },
      aliases: ['Args'],
      // `% Substring 1`: the arguments after the member name arrive here.
      fromRemainingArguments: true,
      help: 'The arguments of the method named by -MemberName.',
    }),
  },
  state: (): { blocks: Blocks | undefined } => ({ blocks: undefined }),
  async begin(args, ctx, state) {
    if (ctx.parameterSetName !== 'ScriptBlockSet') return;
    state.blocks = assignBlocks(args.Process ?? [], args.RemainingScripts ?? [], args.Begin, args.End);
    await runBlock(state.blocks.begin, null, ctx);
  },
  async process(args, ctx, state) {
    const input = args.InputObject ?? null;
    if (args.MemberName !== undefined) {
      await invokeMember(input, args.MemberName, args.ArgumentList, ctx);
      return;
    }
    for (const block of state.blocks?.process ?? []) await runBlock(block, input, ctx);
  },
  async end(_args, ctx, state) {
    await runBlock(state.blocks?.end, null, ctx);
  },
});
