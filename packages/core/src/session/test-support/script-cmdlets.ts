/**
 * Minimal test-only cmdlets shared by the engine and session tests, so that neither depends on the utility cmdlets.
 */
import { defineCmdlet } from '../../cmdlet/define.js';
import { parameter } from '../../cmdlet/parameter.js';
import { types } from '../../cmdlet/parameter-types.js';

/** `Test-ForEach { ... }`: runs the script block once per record with $_ set, writing what it returns. */
export const testForEach = defineCmdlet({
  name: 'Test-ForEach',
  synopsis: 'Runs a script block per record.',
  parameters: { Process: parameter(types.scriptBlock, { mandatory: true, position: 0 }), InputObject: parameter(types.object, { fromPipeline: 'value' }) },
  async process({ Process, InputObject }, ctx) {
    await ctx.writeAll(await ctx.invokeScriptBlock(Process, { dollarUnder: InputObject }));
  },
});

/** `Test-First <n>`: passes records and asks upstream to stop after the n-th. */
export const testFirst = defineCmdlet({
  name: 'Test-First',
  synopsis: 'First N records.',
  parameters: { First: parameter(types.int32, { mandatory: true, position: 0 }), InputObject: parameter(types.object, { fromPipeline: 'value' }) },
  state: () => ({ count: 0 }),
  async process({ First, InputObject }, ctx, state) {
    state.count++;
    await ctx.write(InputObject);
    if (state.count >= First) ctx.stopUpstream();
  },
});

/** Writes its -Value (or -Name when given): output whose origin a test can see. */
export const testEcho = defineCmdlet({
  name: 'Write-TestEcho',
  synopsis: 'Writes its arguments.',
  parameters: { Value: parameter(types.object, { position: 0 }), Name: parameter(types.string) },
  async process({ Value, Name }, ctx) {
    await ctx.write(Name ?? Value);
  },
});

/** Writes one non-terminating error, so tests can watch `$?`, -ErrorAction and chains react. */
export const testError = defineCmdlet({
  name: 'Write-TestError',
  synopsis: 'Writes a non-terminating error.',
  parameters: { Message: parameter(types.string, { position: 0, default: 'bad' }) },
  async process({ Message }, ctx) {
    await ctx.writeError({ message: Message, errorId: 'TestError', category: 'InvalidData' });
  },
});
