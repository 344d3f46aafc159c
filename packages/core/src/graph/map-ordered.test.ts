import { describe, expect, it } from 'vitest';
import { createAdaptiveLimiter } from './adaptive-limiter.js';
import { mapConcurrentOrdered } from './map-ordered.js';

/** Promises the test resolves by key, in any order it likes. */
function gates<K>() {
  const waiting = new Map<K, () => void>();
  const started: K[] = [];
  return {
    started,
    wait(key: K): Promise<void> {
      started.push(key);
      return new Promise((resolve) => waiting.set(key, resolve));
    },
    open(key: K): void {
      const resolve = waiting.get(key);
      if (resolve === undefined) throw new Error(`gate ${String(key)} was never reached`);
      waiting.delete(key);
      resolve();
    },
  };
}

const settle = async (): Promise<void> => {
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
};

async function* counting(count: number, pulled: number[]): AsyncGenerator<number> {
  for (let value = 0; value < count; value++) {
    pulled.push(value);
    yield value;
  }
}

describe('mapConcurrentOrdered', () => {
  it('yields in input order as soon as the head is done, while later items run concurrently', async () => {
    const limiter = createAdaptiveLimiter({ max: 4, initial: 4 });
    const gate = gates<number>();
    const output: string[] = [];
    const run = (async () => {
      for await (const value of mapConcurrentOrdered([0, 1, 2, 3], async (item) => {
        await gate.wait(item);
        return `r${item}`;
      }, limiter)) {
        output.push(value);
      }
    })();
    await settle();
    expect(gate.started).toEqual([0, 1, 2, 3]);
    gate.open(2);
    gate.open(1);
    await settle();
    expect(output).toEqual([]);
    gate.open(0);
    await settle();
    expect(output).toEqual(['r0', 'r1', 'r2']);
    gate.open(3);
    await run;
    expect(output).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('reads at most maxLookahead items ahead of an unfinished head', async () => {
    const limiter = createAdaptiveLimiter({ max: 8, initial: 8 });
    const gate = gates<number>();
    const pulled: number[] = [];
    const output: number[] = [];
    const run = (async () => {
      for await (const value of mapConcurrentOrdered(counting(100, pulled), async (item) => {
        if (item === 0) await gate.wait(0);
        return item;
      }, limiter, { maxLookahead: 5 })) {
        output.push(value);
      }
    })();
    await settle();
    // Items 1..4 are done but stuck behind item 0: the source is not read further.
    expect(pulled).toEqual([0, 1, 2, 3, 4]);
    expect(output).toEqual([]);
    gate.open(0);
    await run;
    expect(output).toEqual(Array.from({ length: 100 }, (_, index) => index));
  });

  it('passes the index and a slot whose throttle reaches the limiter', async () => {
    const limiter = createAdaptiveLimiter({ max: 4, initial: 4 });
    const seen: number[] = [];
    const output: number[] = [];
    for await (const value of mapConcurrentOrdered(['a', 'b'], (item, index, slot) => {
      seen.push(index);
      if (item === 'b') slot.throttled(0);
      return Promise.resolve(index * 10);
    }, limiter)) {
      output.push(value);
    }
    expect(seen).toEqual([0, 1]);
    expect(output).toEqual([0, 10]);
    expect(limiter.stats().throttles).toBe(1);
  });

  it('rethrows a failure at its place in the order and aborts the work in flight', async () => {
    const limiter = createAdaptiveLimiter({ max: 4, initial: 4 });
    const aborted: number[] = [];
    const output: number[] = [];
    const consume = async (): Promise<void> => {
      for await (const value of mapConcurrentOrdered([0, 1, 2], (item, _index, slot) => {
        if (item === 1) return Promise.reject(new Error('boom at 1'));
        if (item === 0) return Promise.resolve(0);
        return new Promise<number>((_resolve, reject) =>
          slot.signal?.addEventListener('abort', () => {
            aborted.push(item);
            reject(new Error('aborted'));
          }),
        );
      }, limiter)) {
        output.push(value);
      }
    };
    await expect(consume()).rejects.toThrow('boom at 1');
    expect(output).toEqual([0]);
    expect(aborted).toEqual([2]);
    expect(limiter.stats().inFlight).toBe(0);
  });

  it('stops reading the source and aborts work when the consumer stops early', async () => {
    const limiter = createAdaptiveLimiter({ max: 2, initial: 2 });
    const pulled: number[] = [];
    let abortedCount = 0;
    const output: number[] = [];
    for await (const value of mapConcurrentOrdered(counting(1000, pulled), (item, _index, slot) => {
      if (item === 0) return Promise.resolve(item);
      return new Promise<number>((_resolve, reject) =>
        slot.signal?.addEventListener('abort', () => {
          abortedCount++;
          reject(new Error('aborted'));
        }),
      );
    }, limiter, { maxLookahead: 4 })) {
      output.push(value);
      break;
    }
    expect(output).toEqual([0]);
    expect(pulled.length).toBeLessThanOrEqual(5);
    expect(abortedCount).toBeGreaterThan(0);
    expect(limiter.stats().inFlight).toBe(0);
  });

  it('ends with the caller signal reason when aborted', async () => {
    const limiter = createAdaptiveLimiter({ max: 2 });
    const controller = new AbortController();
    const consume = async (): Promise<void> => {
      for await (const _value of mapConcurrentOrdered([1, 2, 3], (_item, _index, slot) => new Promise<number>((_resolve, reject) => {
        slot.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      }), limiter, { signal: controller.signal })) {
        // never reached
      }
    };
    const pending = consume();
    await settle();
    controller.abort(new Error('Ctrl+C'));
    await expect(pending).rejects.toThrow('Ctrl+C');
  });
});
