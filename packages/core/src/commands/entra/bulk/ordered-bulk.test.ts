import { describe, expect, it } from 'vitest';
import { createAdaptiveLimiter } from '../../../graph/adaptive-limiter.js';
import { OrderedBulk } from './ordered-bulk.js';
import { PushedSource } from './pushed-source.js';

const settle = async (): Promise<void> => {
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
};

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('PushedSource', () => {
  it('hands pushed items to a pulling consumer and signals when it waits for more', async () => {
    const source = new PushedSource<number>();
    source.push(1);
    const it = source[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ value: 1, done: false });
    const waiting = it.next();
    await source.whenHungry();
    source.push(2);
    expect(await waiting).toEqual({ value: 2, done: false });
    source.close();
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });
});

describe('OrderedBulk', () => {
  it('runs items concurrently across push calls and emits in input order', async () => {
    const gates = new Map<number, ReturnType<typeof deferred>>();
    const started: number[] = [];
    const limiter = createAdaptiveLimiter({ max: 8, initial: 8 });
    const bulk = new OrderedBulk<number, string>(
      async (item) => {
        started.push(item);
        const gate = deferred();
        gates.set(item, gate);
        await gate.promise;
        return `r${item}`;
      },
      limiter,
      new AbortController().signal,
    );
    const out: string[] = [];
    const emit = async (r: string): Promise<void> => void out.push(r);
    // Each push returns while earlier items are still in flight: that is what makes it concurrent.
    for (const item of [0, 1, 2]) await bulk.push(item, emit);
    await settle();
    expect(started).toEqual([0, 1, 2]);
    gates.get(2)?.resolve();
    gates.get(0)?.resolve();
    await settle();
    await bulk.push(3, emit);
    expect(out).toEqual(['r0']);
    gates.get(1)?.resolve();
    gates.get(3)?.resolve();
    await bulk.finish(emit);
    expect(out).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('keeps a bounded number of items in flight when the head is slow', async () => {
    const head = deferred();
    let running = 0;
    let maxRunning = 0;
    const limiter = createAdaptiveLimiter({ max: 4, initial: 4 });
    const bulk = new OrderedBulk<number, number>(
      async (item) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        if (item === 0) await head.promise;
        running--;
        return item;
      },
      limiter,
      new AbortController().signal,
    );
    const out: number[] = [];
    const emit = async (r: number): Promise<void> => void out.push(r);
    const pushes = (async () => {
      for (let i = 0; i < 50; i++) await bulk.push(i, emit);
    })();
    await settle();
    // The map reads ahead at most max(16, 2 × 4) items past the stuck head: push blocks there.
    expect(out).toEqual([]);
    head.resolve();
    await pushes;
    await bulk.finish(emit);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(maxRunning).toBeLessThanOrEqual(4);
  });

  it('reads as far ahead of a stuck head as maxLookahead allows, finishing the items behind it', async () => {
    const head = deferred();
    const finished: number[] = [];
    const bulk = new OrderedBulk<number, number>(
      async (item) => {
        if (item === 0) await head.promise;
        finished.push(item);
        return item;
      },
      createAdaptiveLimiter({ max: 4, initial: 4 }),
      new AbortController().signal,
      { maxLookahead: 100 },
    );
    const out: number[] = [];
    const emit = async (r: number): Promise<void> => void out.push(r);
    const pushes = (async () => {
      for (let i = 0; i < 200; i++) await bulk.push(i, emit);
    })();
    for (let turn = 0; turn < 1000 && finished.length < 99; turn++) await new Promise((resolve) => setImmediate(resolve));
    await settle();
    // Items 1..99 ran while item 0 was stuck; nothing is emitted out of order.
    expect(finished).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
    expect(out).toEqual([]);
    head.resolve();
    await pushes;
    await bulk.finish(emit);
    expect(out).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('emits nothing and finishes cleanly with no input', async () => {
    const bulk = new OrderedBulk<number, number>(async (x) => x, createAdaptiveLimiter({ max: 2 }), new AbortController().signal);
    const out: number[] = [];
    await bulk.finish(async (r) => void out.push(r));
    expect(out).toEqual([]);
  });
});
