import { describe, expect, it } from 'vitest';
import { runPipeline } from './runtime.js';
import { PipelineStoppedError } from './records.js';
import { named, val } from './argument-builders.js';
import { cmd, environment, forEachFn, produce, run, selectFirst } from './test-support/runtime-cmdlets.js';
import { defineCmdlet } from '../cmdlet/define.js';
import { parameter } from '../cmdlet/parameter.js';
import { types } from '../cmdlet/parameter-types.js';
import { PSRange } from '../values/range.js';

/**
 * "Promptly" separates a cancellation that returns at once from one that waits for the work (which
 * here never ends): generous, so a loaded CI machine does not fail it, and not a performance target.
 */
const PROMPTLY_MS = 2000;

// ─── test-only cmdlets ──────────────────────────────────────────────────────────────────────────
const log: string[] = [];

const hang = defineCmdlet({
  name: 'Wait-Forever',
  synopsis: 'Never finishes and ignores its signal (the runtime must still stop promptly).',
  parameters: {},
  process: () => new Promise<void>(() => undefined),
});

const order = defineCmdlet({
  name: 'Trace-Order',
  synopsis: 'Logs begin/process/end.',
  parameters: { Tag: parameter(types.string, { position: 0, default: 't' }), InputObject: parameter(types.object, { fromPipeline: 'value' }) },
  begin({ Tag }) {
    log.push(`${Tag}:begin`);
  },
  async process({ Tag, InputObject }, ctx) {
    log.push(`${Tag}:process:${String(InputObject ?? '-')}`);
    if (InputObject !== undefined) await ctx.write(InputObject);
  },
  end({ Tag }) {
    log.push(`${Tag}:end`);
  },
});

describe('pipeline runtime', () => {
  it('runs begin once, process per record, end once, even without input', async () => {
    log.length = 0;
    await run([cmd(order, val('a')), cmd(order, val('b'))], { input: [1, 2] });
    expect(log).toEqual(['a:begin', 'b:begin', 'a:process:1', 'b:process:1', 'a:process:2', 'b:process:2', 'a:end', 'b:end']);
    log.length = 0;
    await run([cmd(order, val('a')), cmd(order, val('b'))], { input: [] });
    expect(log).toEqual(['a:begin', 'b:begin', 'a:end', 'b:end']);
    log.length = 0;
    await run([cmd(order, val('solo'))]);
    expect(log).toEqual(['solo:begin', 'solo:process:-', 'solo:end']);
  });

  it('unrolls arrays and ranges but not strings', async () => {
    expect((await run([cmd(forEachFn, val((x: unknown) => x))], { input: new PSRange(1, 3) })).out).toEqual([1, 2, 3]);
    expect((await run([cmd(forEachFn, val((x: unknown) => x))], { input: 'abc' })).out).toEqual(['abc']);
    expect((await run([], { input: [1, [2, 3]] })).out).toEqual([1, [2, 3]]);
  });

  it('streams: the first record arrives before the producer goes on, and Select-First stops upstream', async () => {
    const seenAtFirstOutput: number[] = [];
    let produced = 0;
    const out: unknown[] = [];
    const { env, events } = environment();
    await runPipeline(
      {
        input: { value: new PSRange(1, 1_000_000) },
        commands: [
          cmd(forEachFn, val((x: unknown) => (produced++, (x as number) * 2))),
          cmd(selectFirst, val(3, '3'), named('Verbose')),
        ],
        output: async (v) => {
          if (out.length === 0) seenAtFirstOutput.push(produced);
          out.push(v);
        },
        signal: new AbortController().signal,
      },
      env,
    );
    expect(out).toEqual([2, 4, 6]);
    expect(seenAtFirstOutput).toEqual([1]);
    expect(produced).toBe(3);
    // The stopping command still ends normally.
    expect(events).toContainEqual({ type: 'verbose', record: { message: 'select end' } });
  });

  it('stops a command producing without input when downstream has enough', async () => {
    const { out } = await run([cmd(produce, named('Forever')), cmd(selectFirst, val(2, '2'))]);
    expect(out).toEqual([1, 2]);
  });

  it('keeps a million records flowing in bounded memory', async () => {
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let count = 0;
    await runPipeline(
      {
        commands: [cmd(produce, val(1_000_000, '1000000')), cmd(forEachFn, val((x: unknown) => ({ n: x, text: `record ${String(x)}` })))],
        output: async () => {
          if (++count % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        },
        signal: new AbortController().signal,
      },
      environment().env,
    );
    expect(count).toBe(1_000_000);
    // Retaining the records would take well over 100 MB; streaming keeps the peak to garbage between GCs.
    expect(peak - before).toBeLessThan(100 * 1024 * 1024);
  }, 60_000);

  it('cancels promptly, even when a command ignores its signal, and the next run works', async () => {
    const controller = new AbortController();
    const running = run([cmd(hang)], { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const started = performance.now();
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(PipelineStoppedError);
    expect(performance.now() - started).toBeLessThan(PROMPTLY_MS);

    const producer = new AbortController();
    let written = 0;
    const endless = runPipeline(
      {
        commands: [cmd(produce, named('Forever'))],
        output: async () => {
          if (++written === 1000) producer.abort();
        },
        signal: producer.signal,
      },
      environment().env,
    );
    await expect(endless).rejects.toBeInstanceOf(PipelineStoppedError);
    expect(written).toBe(1000);
    expect((await run([cmd(produce, val(2, '2'))])).out).toEqual([1, 2]);
  });
});
