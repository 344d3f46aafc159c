/**
 * Passes a session's events through, giving the event loop a turn every few milliseconds.
 *
 * Why: a pipeline that produces records as fast as it can runs entirely on promise microtasks, so
 * timers, keystrokes and SIGINT would wait until it ends — Ctrl+C could never stop it. Pausing the
 * consumer with setImmediate lets the channel fill, the producer then waits on backpressure, and
 * the event loop runs its I/O and timers. (A pipeline with no output at all does not pass through
 * here; core's runtime has to yield for that case.)
 */
const SLICE_MS = 8;

function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function* yieldingToEventLoop<T>(source: AsyncIterable<T>, sliceMs = SLICE_MS): AsyncGenerator<T> {
  let sliceStart = performance.now();
  for await (const item of source) {
    yield item;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextMacrotask();
      sliceStart = performance.now();
    }
  }
}
