/**
 * How the evaluator is written once and still runs synchronously when it can.
 *
 * Every evaluation function is a generator (a `Step`) that yields a promise only where it truly
 * has to wait: a command pipeline, a write the consumer has not taken yet, a host prompt, the
 * event loop's turn. `drive` runs a step synchronously until its first yielded promise; only then
 * does it continue asynchronously, resuming the generator with the promise's value (or throwing
 * the promise's failure into it, so try/catch/finally in the evaluator behave as in straight-line
 * code). So `$_ * 2` for a million pipeline records costs no promise per node, and the same code
 * also runs `$x = Get-EntraIDUser ...` without a second, hand-kept copy.
 *
 * Rule for values: a value the evaluator handles is never a promise. Anything that may return one
 * (a method of `$PSCmdlet` that waits for the host, an output write) is settled with `settle`.
 */
export type Step<T> = Generator<Promise<unknown>, T, unknown>;

/** A step that is already finished, for callers that take a step: it never waits. */
// eslint-disable-next-line require-yield -- the point of this step is that it has nothing to wait for
export function* done<T>(value: T): Step<T> {
  return value;
}

/** Waits for `promise` inside a step: `const value = yield* wait(promise)`. */
export function* wait<T>(promise: Promise<T>): Step<T> {
  return (yield promise) as T;
}

/** A value that may still be pending, settled inside a step (no yield when it is not a promise). */
export function* settle<T>(value: T | Promise<T>): Step<T> {
  if (value instanceof Promise) return (yield value) as T;
  return value;
}

/** Continues a step after its first yielded promise; later promises are awaited in turn. */
async function resume<T>(step: Step<T>, first: Promise<unknown>): Promise<T> {
  let pending = first;
  for (;;) {
    let settled: { ok: true; value: unknown } | { ok: false; error: unknown };
    try {
      settled = { ok: true, value: await pending };
    } catch (error) {
      settled = { ok: false, error };
    }
    // A failure of the awaited promise is thrown into the step, at its `yield`, so the step's own
    // try/catch/finally see it; a failure of the step itself rejects this promise.
    const next = settled.ok ? step.next(settled.value) : step.throw(settled.error);
    if (next.done) return next.value;
    pending = next.value;
  }
}

/**
 * Runs a step: synchronously to its end when it never waits (the value itself), else a promise of
 * its value. Synchronous failures throw synchronously.
 */
export function drive<T>(step: Step<T>): T | Promise<T> {
  const first = step.next();
  if (first.done) return first.value;
  return resume(step, first.value);
}

/**
 * Runs a step and always gives a promise (for the pipeline runtime and cmdlets, which are async
 * anyway). A step that never waits gives an already-resolved promise: no extra turn per record.
 */
export function driveAsync<T>(step: Step<T>): Promise<T>;
/** The same, resolving with `then(value)`: `then` runs synchronously when the step did. */
export function driveAsync<T, R>(step: Step<T>, then: (value: T) => R): Promise<R>;
export function driveAsync<T, R>(step: Step<T>, then?: (value: T) => R): Promise<T | R> {
  try {
    const result = drive(step);
    if (result instanceof Promise) return then ? result.then(then) : result;
    return Promise.resolve(then ? then(result) : result);
  } catch (error) {
    // The evaluator throws only Error objects (errors and control-flow signals alike).
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
