/**
 * Passes a session's events through, giving the event loop a turn every few milliseconds.
 *
 * Why: records produced and consumed as fast as possible travel on promise microtasks only, so
 * timers, keystrokes and SIGINT would wait — Ctrl+C could not stop the run. core's runtime yields
 * while it produces; this makes the consumer side (rendering every record) equally polite: pausing
 * with setImmediate lets the channel fill, the producer waits on backpressure, and the event loop
 * runs its I/O and timers.
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
