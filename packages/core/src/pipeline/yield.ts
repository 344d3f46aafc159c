/**
 * Cooperative yielding. A pipeline whose records flow through already-resolved promises runs
 * entirely in microtasks and would starve the event loop: no keypress (Ctrl+C), timer or socket
 * callback could run until it finished. Loops that move records call yieldPoint(); every ~20 ms of
 * continuous work it returns a promise that resumes after pending I/O callbacks have run.
 */
const sliceMs = 20;
let lastYield = performance.now();
let calls = 0;

export function yieldPoint(): Promise<void> | undefined {
  if ((++calls & 127) !== 0) return undefined;
  if (performance.now() - lastYield < sliceMs) return undefined;
  return new Promise<void>((resolve) =>
    setImmediate(() => {
      lastYield = performance.now();
      resolve();
    }),
  );
}
