import { describe, expect, it } from 'vitest';
import { collect, createSession } from './index.js';
import type { SessionEvent } from './events.js';
import { defineCmdlet } from '../cmdlet/define.js';
import { parameter } from '../cmdlet/parameter.js';
import { types } from '../cmdlet/parameter-types.js';
import { serviceKey, provide } from '../cmdlet/services.js';
import { ScriptedHost } from '../pipeline/hosts.js';
import { memoryEnvironment } from '../engine/scope.js';
import { testFirst, testForEach } from './test-support/script-cmdlets.js';

/**
 * "Promptly" separates a cancellation that returns at once from one that waits for the work (which
 * here never ends): generous, so a loaded CI machine does not fail it, and not a performance target.
 */
const PROMPTLY_MS = 2000;

const count = defineCmdlet({
  name: 'Test-Count',
  synopsis: 'Counts records.',
  parameters: { InputObject: parameter(types.object, { fromPipeline: 'value' }) },
  state: () => ({ n: 0 }),
  process(_args, _ctx, state) {
    state.n++;
  },
  async end(_args, ctx, state) {
    await ctx.write(state.n);
  },
});
const sleepForever = defineCmdlet({
  name: 'Wait-Forever',
  synopsis: 'Waits until cancelled.',
  parameters: {},
  process: (_args, ctx) =>
    new Promise<void>((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true })),
});
const needsName = defineCmdlet({
  name: 'Set-TestName',
  synopsis: 'Needs a name.',
  parameters: { Name: parameter(types.string, { mandatory: true }) },
  async process({ Name }, ctx) {
    await ctx.write(`name=${Name}`);
  },
});
const connectionKey = serviceKey<{ tenant: string }>('test.connection');
const showConnection = defineCmdlet({
  name: 'Get-TestConnection',
  synopsis: 'Reads a service.',
  parameters: {},
  async process(_args, ctx) {
    await ctx.write(ctx.services.get(connectionKey)?.tenant ?? 'none');
  },
});

const commands = [testForEach, testFirst, count, sleepForever, needsName, showConnection];
const newSession = (host = new ScriptedHost({ interactive: false })) =>
  createSession({ commands, host, environment: memoryEnvironment(), services: [provide(connectionKey, { tenant: 'contoso' })] });

describe('session.run', () => {
  it('streams: the first record arrives long before the producer would finish, and the pipeline ends promptly', async () => {
    const session = newSession();
    const events = session.run('$seen = 0; 1..1000000 | Test-ForEach { $seen++; $_ * 2 } | Test-First 3; "seen $seen"');
    const { output } = await collect(events);
    // Test-First stops the range and Test-ForEach after the third record.
    expect(output).toEqual([2, 4, 6, 'seen 3']);
  });

  it('hands each record to the consumer as it is produced (a slow consumer slows the producer)', async () => {
    const session = newSession();
    const run = session.run('$made = 0; 1..100000 | Test-ForEach { $made++; $_ }');
    const first = await run.next();
    expect(first.value).toEqual({ type: 'output', value: 1 });
    // Give the producer every chance to run ahead: it stays within the channel's bound (256).
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
    const made = session.variables.get('made') as number;
    expect(made).toBeGreaterThan(1);
    expect(made).toBeLessThanOrEqual(260);
    await run.return?.();
    expect((await collect(session.run("'next'"))).output).toEqual(['next']);
  });

  it('runs a million records through a script block in bounded memory', async () => {
    const session = newSession();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let seen = 0;
    for await (const event of session.run('1..1000000 | Test-ForEach { $_ * 2 }')) {
      if (event.type === 'output' && ++seen % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(seen).toBe(1_000_000);
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  }, 120_000);

  it('cancels promptly and the next run works', async () => {
    const session = newSession();
    const controller = new AbortController();
    const pending = collect(session.run("'start'; Wait-Forever; 'never'", { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    controller.abort();
    const cancelled = await pending;
    expect(performance.now() - started).toBeLessThan(PROMPTLY_MS);
    expect(cancelled.output).toEqual(['start']);
    expect(cancelled.result.cancelled).toBe(true);
    const next = await collect(session.run('1 + 1'));
    expect(next.output).toEqual([2]);
    expect(next.result).toEqual({ type: 'result', hadErrors: false, cancelled: false });
  });

  it('cancels a busy pipeline that produces no output (the event loop keeps turning)', async () => {
    const session = newSession();
    const controller = new AbortController();
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 30);
    const run = await collect(session.run('$n = 0; 1..100000000 | Test-ForEach { $n++ } | Test-Count', { signal: controller.signal }));
    expect(performance.now() - abortedAt).toBeLessThan(PROMPTLY_MS);
    expect(run.result.cancelled).toBe(true);
    expect(run.output).toEqual([]);
    expect((await collect(session.run('$n -gt 0'))).output).toEqual([true]);
  });

  it('cancels an endless range when the consumer stops iterating', async () => {
    const session = newSession();
    let taken = 0;
    for await (const event of session.run('1..100000000 | Test-ForEach { $_ }')) {
      if (event.type === 'output' && ++taken === 5) break;
    }
    expect(taken).toBe(5);
    expect((await collect(session.run("'still usable'"))).output).toEqual(['still usable']);
  });

  it('reports parse errors as ParserError records with a position', async () => {
    const { errors, result, output } = await collect(newSession().run("'ok'\nGet-Thing 'abc"));
    expect(output).toEqual([]);
    expect(result.hadErrors).toBe(true);
    expect(errors[0]).toMatchObject({ message: "The string is missing the terminator: '.", category: 'ParserError' });
    expect(errors[0]?.position?.span.line).toBe(2);
    expect(errors[0]?.position?.lineText).toBe("Get-Thing 'abc");
  });

  it('prompts an interactive host for mandatory parameters after earlier output was consumed', async () => {
    const host = new ScriptedHost({ prompts: [{ Name: 'Ada' }] });
    const session = newSession(host);
    const seen: string[] = [];
    for await (const event of session.run("'before'; Set-TestName")) {
      if (event.type === 'output') seen.push(`${String(event.value)} (prompts so far: ${host.calls.length})`);
    }
    expect(seen).toEqual(['before (prompts so far: 0)', 'name=Ada (prompts so far: 1)']);
    expect(host.calls[0]).toMatchObject({ kind: 'prompt', request: { caption: 'cmdlet Set-TestName at command pipeline position 1' } });
  });

  it('errors for missing mandatory parameters without an interactive host', async () => {
    const { errors } = await collect(newSession().run('Set-TestName'));
    expect(errors.map((e) => e.message)).toEqual(['Cannot process command because of one or more missing mandatory parameters: Name.']);
    expect(errors[0]?.commandName).toBe('Set-TestName');
  });

  it('keeps variables across runs, serialises runs, and exposes services', async () => {
    const session = newSession();
    const a = collect(session.run('$x = 40'));
    const b = collect(session.run('$x + 2; Get-TestConnection'));
    await a;
    expect((await b).output).toEqual([42, 'contoso']);
    expect(session.variables.get('x')).toBe(40);
  });

  it("registers a cmdlet's declared display properties as its output type's default view", async () => {
    const { findDefaultView } = await import('../format/views.js');
    const typed = defineCmdlet({
      name: 'Get-Typed',
      synopsis: 'Typed output.',
      outputType: 'EntraShell.Test.Typed',
      defaultDisplayProperties: ['Id', 'Name'],
      parameters: {},
    });
    createSession({ commands: [typed] });
    expect(findDefaultView(['EntraShell.Test.Typed'])?.view).toEqual({ properties: ['Id', 'Name'] });
  });

  it('ends every run with a result event', async () => {
    const events: SessionEvent[] = [];
    for await (const e of newSession().run('1..3 | Test-Count')) events.push(e);
    expect(events).toEqual([
      { type: 'output', value: 3 },
      { type: 'result', hadErrors: false, cancelled: false },
    ]);
  });
});
