import { describe, expect, it } from 'vitest';
import { yieldingToEventLoop } from './yield-to-event-loop.js';

/** A producer that never leaves the microtask queue. */
async function* busy(limit: number): AsyncGenerator<number> {
  for (let i = 0; i < limit; i++) yield i;
}

describe('yieldingToEventLoop', () => {
  it('passes every item through, in order', async () => {
    const seen: number[] = [];
    for await (const n of yieldingToEventLoop(busy(1000))) seen.push(n);
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('lets a timer run while a busy producer is being consumed', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    let consumedBeforeTimer = 0;
    for await (const n of yieldingToEventLoop(busy(Number.MAX_SAFE_INTEGER), 1)) {
      if (timerRan) {
        consumedBeforeTimer = n;
        break;
      }
    }
    expect(timerRan).toBe(true);
    expect(consumedBeforeTimer).toBeGreaterThan(0);
  });
});
