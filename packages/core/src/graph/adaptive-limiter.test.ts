import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdaptiveLimiter, type AdaptiveLimiter, type LimiterSlot } from './adaptive-limiter.js';

/** A task the test finishes by hand: `succeed()`, `throttle(ms)` then `succeed()`, or `fail(error)`. */
interface ScriptedTask {
  readonly slot: LimiterSlot;
  succeed(): void;
  fail(error: unknown): void;
}

function scripted(limiter: AdaptiveLimiter, count: number): { started: ScriptedTask[]; results: Promise<unknown>[] } {
  const started: ScriptedTask[] = [];
  const results: Promise<unknown>[] = [];
  for (let index = 0; index < count; index++) {
    results.push(
      limiter
        .run(
          (slot) =>
            new Promise<string>((resolve, reject) => {
              started.push({ slot, succeed: () => resolve(`done ${index}`), fail: reject });
            }),
        )
        .catch((error: unknown) => error),
    );
  }
  return { started, results };
}

const settle = async (): Promise<void> => {
  for (let turn = 0; turn < 10; turn++) await Promise.resolve();
};

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAdaptiveLimiter', () => {
  it('starts with the initial window and doubles it per round trip until throttled (slow start)', async () => {
    const limiter = createAdaptiveLimiter({ max: 32, initial: 2 });
    const { started } = scripted(limiter, 40);
    await settle();
    expect(started).toHaveLength(2);
    started[0]?.succeed();
    started[1]?.succeed();
    await settle();
    expect(limiter.stats().limit).toBe(4);
    expect(limiter.stats().inFlight).toBe(4);
    for (const task of started.slice(2, 6)) task.succeed();
    await settle();
    expect(limiter.stats().limit).toBe(8);
    expect(limiter.stats().inFlight).toBe(8);
  });

  it('never exceeds max', async () => {
    const limiter = createAdaptiveLimiter({ max: 3, initial: 3 });
    const { started } = scripted(limiter, 10);
    await settle();
    for (let round = 0; round < 3; round++) {
      for (const task of started.slice(round * 3, round * 3 + 3)) task.succeed();
      await settle();
      expect(limiter.stats().inFlight).toBeLessThanOrEqual(3);
    }
    expect(limiter.stats().limit).toBe(3);
  });

  it('halves the window once per congestion event and pauses for Retry-After', async () => {
    const limiter = createAdaptiveLimiter({ max: 16, initial: 8 });
    const { started } = scripted(limiter, 30);
    await settle();
    expect(started).toHaveLength(8);

    // Three requests that were in flight together are throttled: one cut, not three.
    started[0]?.slot.throttled(2000);
    started[1]?.slot.throttled(2000);
    started[2]?.slot.throttled(1500);
    let stats = limiter.stats();
    expect(stats.limit).toBe(4);
    expect(stats.throttles).toBe(3);
    expect(stats.pausedUntil).toBe(1_000_000 + 2000);

    // Successes during the pause free slots, but nothing new starts until Retry-After has passed.
    for (const task of started.slice(3, 8)) task.succeed();
    await settle();
    expect(started).toHaveLength(8);
    await vi.advanceTimersByTimeAsync(1999);
    expect(started).toHaveLength(8);
    await vi.advanceTimersByTimeAsync(1);
    // Three throttled tasks still hold their slots (retrying), window is 4: one new start.
    stats = limiter.stats();
    expect(stats.pausedUntil).toBeUndefined();
    expect(started).toHaveLength(9);
    expect(stats.inFlight).toBe(4);
  });

  it('after the first throttle grows by one per window of successes (additive increase)', async () => {
    const limiter = createAdaptiveLimiter({ max: 16, initial: 8 });
    const { started } = scripted(limiter, 100);
    await settle();
    started[0]?.slot.throttled(0);
    expect(limiter.stats().limit).toBe(4);
    // Tasks dispatched before the cut do not grow the window.
    for (const task of started.slice(0, 8)) task.succeed();
    await settle();
    expect(limiter.stats().limit).toBe(4);
    // Four successes from the new epoch: +1/4 each → 5.
    for (const task of started.slice(8, 12)) task.succeed();
    await settle();
    expect(limiter.stats().limit).toBe(5);
  });

  it('a retry that is throttled again after the cut counts as new congestion', async () => {
    const limiter = createAdaptiveLimiter({ max: 16, initial: 16 });
    const { started } = scripted(limiter, 16);
    await settle();
    const task = started[0];
    task?.slot.throttled(10);
    expect(limiter.stats().limit).toBe(8);
    started[1]?.slot.throttled(10);
    expect(limiter.stats().limit).toBe(8);
    task?.slot.throttled(10);
    expect(limiter.stats().limit).toBe(4);
  });

  it('treats a task that fails with a 429 GraphError as a throttle signal', async () => {
    const limiter = createAdaptiveLimiter({ max: 8, initial: 8, defaultPauseMs: 500 });
    const { started, results } = scripted(limiter, 8);
    await settle();
    const error = Object.assign(new Error('throttled'), { status: 429, retryAfterMs: 3000 });
    started[0]?.fail(error);
    expect(await results[0]).toBe(error);
    const stats = limiter.stats();
    expect(stats.throttles).toBe(1);
    expect(stats.failed).toBe(1);
    expect(stats.limit).toBe(4);
    expect(stats.pausedUntil).toBe(1_000_000 + 3000);
  });

  it('pauses for defaultPauseMs without Retry-After, and respects min', async () => {
    const limiter = createAdaptiveLimiter({ max: 4, initial: 2, min: 2, defaultPauseMs: 700 });
    limiter.throttled();
    expect(limiter.stats()).toMatchObject({ limit: 2, pausedUntil: 1_000_700 });
  });

  it('rejects a queued task when its signal aborts, without running it', async () => {
    const limiter = createAdaptiveLimiter({ max: 1, initial: 1 });
    const { started } = scripted(limiter, 1);
    const controller = new AbortController();
    let ran = false;
    const queued = limiter.run(
      () => {
        ran = true;
        return Promise.resolve();
      },
      { signal: controller.signal },
    );
    await settle();
    expect(limiter.stats().queued).toBe(1);
    controller.abort(new Error('stop'));
    await expect(queued).rejects.toThrow('stop');
    started[0]?.succeed();
    await settle();
    expect(ran).toBe(false);
    expect(limiter.stats()).toMatchObject({ queued: 0, inFlight: 0, completed: 1 });
  });

  it('waitToRetry gives the slot back and resumes the retry after the pause, ahead of new tasks', async () => {
    const limiter = createAdaptiveLimiter({ max: 4, initial: 2 });
    const { started } = scripted(limiter, 4);
    await settle();
    expect(started).toHaveLength(2);
    let resumed = false;
    const retry = started[0]?.slot.waitToRetry(1000).then(() => (resumed = true));
    await settle();
    // Window 2 → 1; the throttled task holds no slot while it waits, task 1 still does.
    expect(limiter.stats()).toMatchObject({ limit: 1, inFlight: 1, queued: 3 });
    started[1]?.succeed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(resumed).toBe(true);
    // The retry went first; new tasks 2 and 3 are still waiting behind the window of 1.
    expect(started).toHaveLength(2);
    expect(limiter.stats()).toMatchObject({ inFlight: 1, queued: 2 });
    started[0]?.succeed();
    await retry;
    await settle();
    expect(started).toHaveLength(3);
  });

  it('waitToRetry without congestion lets only that task wait: the window and the others carry on', async () => {
    const limiter = createAdaptiveLimiter({ max: 4, initial: 2 });
    const { started } = scripted(limiter, 4);
    await settle();
    let resumed = false;
    const retry = started[0]?.slot.waitToRetry(1000, { congestion: false }).then(() => (resumed = true));
    await settle();
    // No cut, no pause: task 2 takes the freed slot at once.
    expect(started).toHaveLength(3);
    expect(limiter.stats()).toMatchObject({ limit: 2, inFlight: 2, throttles: 0, pausedUntil: undefined });
    await vi.advanceTimersByTimeAsync(999);
    expect(resumed).toBe(false);
    // After its wait the retry is queued ahead of task 3 and takes the next free slot.
    await vi.advanceTimersByTimeAsync(1);
    expect(resumed).toBe(false);
    expect(limiter.stats()).toMatchObject({ inFlight: 2, queued: 2 });
    started[1]?.succeed();
    await settle();
    expect(resumed).toBe(true);
    // Task 1's success also grew the window (slow start), so task 3 started beside the retry.
    expect(limiter.stats()).toMatchObject({ limit: 3, inFlight: 3, queued: 0 });
    expect(started).toHaveLength(4);
    started[0]?.succeed();
    await retry;
  });

  it('an abort during a task\'s own wait rejects it and keeps the books balanced', async () => {
    const limiter = createAdaptiveLimiter({ max: 2, initial: 1 });
    const controller = new AbortController();
    const task = limiter.run((slot) => slot.waitToRetry(60_000, { congestion: false }).then(() => 'never'), { signal: controller.signal });
    await settle();
    expect(limiter.stats().inFlight).toBe(0);
    controller.abort(new Error('Ctrl+C'));
    await expect(task).rejects.toThrow('Ctrl+C');
    expect(limiter.stats()).toMatchObject({ inFlight: 0, queued: 0 });
  });

  it('waitToRetry rejects with the abort reason and keeps the books balanced', async () => {
    const limiter = createAdaptiveLimiter({ max: 2, initial: 1 });
    const controller = new AbortController();
    let slot: LimiterSlot | undefined;
    const task = limiter.run(
      async (given) => {
        slot = given;
        await given.waitToRetry(60_000);
        return 'never';
      },
      { signal: controller.signal },
    );
    await settle();
    expect(slot).toBeDefined();
    controller.abort(new Error('Ctrl+C'));
    await expect(task).rejects.toThrow('Ctrl+C');
    expect(limiter.stats()).toMatchObject({ inFlight: 0, queued: 0 });
  });
});
