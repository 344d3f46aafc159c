import { describe, expect, it } from 'vitest';
import { done, drive, driveAsync, settle, wait, type Step } from './step.js';

const later = <T>(value: T): Promise<T> => new Promise((resolve) => setImmediate(() => resolve(value)));
const failLater = (message: string): Promise<never> =>
  new Promise((_, reject) => setImmediate(() => reject(new Error(message))));

function* add(a: number, b: number): Step<number> {
  return yield* done(a + b);
}

describe('drive', () => {
  it('runs a step that never waits synchronously and gives its value itself', () => {
    function* outer(): Step<number> {
      return (yield* add(1, 2)) * 10;
    }
    expect(drive(outer())).toBe(30);
  });

  it('throws synchronous failures synchronously', () => {
    function* failing(): Step<number> {
      yield* done(0);
      throw new Error('sync failure');
    }
    expect(() => drive(failing())).toThrow('sync failure');
  });

  it('continues asynchronously after the first yielded promise, in order', async () => {
    const seen: string[] = [];
    function* steps(): Step<string> {
      seen.push('start');
      const a = yield* wait(later('a'));
      seen.push(a);
      const b = yield* settle(later('b'));
      seen.push(b);
      const c = yield* settle('c');
      return `${a}${b}${c}`;
    }
    const result = drive(steps());
    expect(seen).toEqual(['start']);
    expect(result).toBeInstanceOf(Promise);
    await expect(result).resolves.toBe('abc');
    expect(seen).toEqual(['start', 'a', 'b']);
  });

  it('throws a failed promise into the step, so its try/catch/finally run as in straight-line code', async () => {
    const seen: string[] = [];
    function* inner(): Step<string> {
      try {
        return yield* wait(failLater('network down'));
      } finally {
        seen.push('inner finally');
      }
    }
    function* outer(): Step<string> {
      try {
        return yield* inner();
      } catch (error) {
        seen.push(`caught ${(error as Error).message}`);
        return yield* wait(later('recovered'));
      } finally {
        seen.push('outer finally');
      }
    }
    await expect(drive(outer())).resolves.toBe('recovered');
    expect(seen).toEqual(['inner finally', 'caught network down', 'outer finally']);
  });

  it('rejects when the step fails after resuming', async () => {
    function* steps(): Step<void> {
      yield* wait(later(1));
      throw new Error('after the wait');
    }
    await expect(drive(steps())).rejects.toThrow('after the wait');
  });
});

describe('driveAsync', () => {
  it('always gives a promise, mapped by then()', async () => {
    await expect(driveAsync(add(2, 3))).resolves.toBe(5);
    await expect(driveAsync(add(2, 3), (n) => n * 2)).resolves.toBe(10);
    function* waits(): Step<number> {
      return yield* wait(later(7));
    }
    await expect(driveAsync(waits(), (n) => n + 1)).resolves.toBe(8);
    function* failing(): Step<number> {
      yield* done(0);
      throw new Error('no');
    }
    await expect(driveAsync(failing())).rejects.toThrow('no');
  });
});
