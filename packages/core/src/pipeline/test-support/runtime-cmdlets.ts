/**
 * Test-only cmdlets and short helpers shared by the pipeline runtime tests (runtime.test.ts, streams.test.ts).
 * Each cmdlet exercises one runtime behaviour: per-record processing, stopping upstream, producing without input.
 */
import { defineCmdlet } from '../../cmdlet/define.js';
import { parameter, switchParameter } from '../../cmdlet/parameter.js';
import { types } from '../../cmdlet/parameter-types.js';
import type { Host } from '../host.js';
import { command, createTestEnvironment, runTestPipeline } from '../testing.js';

type Fn = (x: unknown) => unknown;

/** `ForEach-Fn <fn>`: writes fn(record) for each pipeline record. */
export const forEachFn = defineCmdlet({
  name: 'ForEach-Fn',
  synopsis: 'Applies a JS function to each record.',
  parameters: {
    Fn: parameter(types.object, { mandatory: true, position: 0 }),
    InputObject: parameter(types.object, { fromPipeline: 'value' }),
  },
  state: () => ({ seen: 0 }),
  async process({ Fn, InputObject }, ctx, state) {
    state.seen++;
    await ctx.write((Fn as Fn)(InputObject));
  },
});

/** `Select-First <n>`: passes the first n records, then asks upstream to stop; writes verbose 'select end' at end. */
export const selectFirst = defineCmdlet({
  name: 'Select-First',
  synopsis: 'Passes the first N records, then stops upstream.',
  parameters: { First: parameter(types.int32, { mandatory: true, position: 0 }), InputObject: parameter(types.object, { fromPipeline: 'value' }) },
  state: () => ({ count: 0 }),
  async process({ First, InputObject }, ctx, state) {
    if (state.count >= First) return;
    state.count++;
    await ctx.write(InputObject);
    if (state.count >= First) ctx.stopUpstream();
  },
  end(_args, ctx) {
    ctx.writeVerbose('select end');
  },
});

/** `Get-Numbers <count>` / `Get-Numbers -Forever`: writes 1..count, or never stops on its own. */
export const produce = defineCmdlet({
  name: 'Get-Numbers',
  synopsis: 'Writes 1..Count, or forever.',
  parameters: { Count: parameter(types.int32, { position: 0 }), Forever: switchParameter() },
  async process({ Count, Forever }, ctx) {
    for (let i = 1; Forever || i <= (Count ?? 0); i++) await ctx.write(i);
  },
});

export const environment = (host?: Host) => createTestEnvironment({ host });
export const cmd = command;
export const run = runTestPipeline;
