/**
 * Concurrent map over a stream that still yields in input order: how a bulk cmdlet processes
 * piped users concurrently while its output (and `Export-Csv`) stays in the order they came in.
 *
 * - Work starts through the limiter, so concurrency follows throttling.
 * - A result is yielded as soon as it and everything before it are done.
 * - At most `maxLookahead` items are taken from the source ahead of the oldest unfinished one, so
 *   memory stays bounded however long the input and however slow one item is.
 * - Aborting the signal, a failure at the head, or the consumer stopping early (`return()`) aborts
 *   the work in flight (its `slot.signal`) and stops reading the source.
 *
 * `fn` should turn per-item failures into values (an error record) when the stream must go on; a
 * rejection is rethrown at its place in the order and ends the stream.
 */
import { setMaxListeners } from 'node:events';
import type { AdaptiveLimiter, LimiterSlot } from './adaptive-limiter.js';
import { abortReason, throwIfAborted } from './sleep.js';

export interface MapOrderedOptions {
  readonly signal?: AbortSignal;
  /** Items read ahead of the oldest unfinished one. Default max(16, 2 × limiter.max). */
  readonly maxLookahead?: number;
}

type Settled<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

interface Entry<R> {
  settled: Settled<R> | undefined;
  readonly done: Promise<void>;
}

export async function* mapConcurrentOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number, slot: LimiterSlot) => Promise<R>,
  limiter: AdaptiveLimiter,
  options: MapOrderedOptions = {},
): AsyncGenerator<R, void, undefined> {
  const lookahead = Math.max(1, options.maxLookahead ?? Math.max(16, 2 * limiter.max));
  const work = new AbortController();
  // Every item in the look-ahead window listens on this signal (its request, its retry wait), so
  // more than Node's default of 10 listeners is the design, not a leak; the window bounds them.
  setMaxListeners(lookahead + limiter.max + 8, work.signal);
  const stopWork = (): void => work.abort(abortReason(options.signal));
  options.signal?.addEventListener('abort', stopWork, { once: true });
  // One waiter per loop turn (racing a single long-lived promise would pile up reactions on it).
  let wakeOnAbort: (() => void) | undefined;
  work.signal.addEventListener('abort', () => wakeOnAbort?.(), { once: true });

  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsyncIterator(source);
  const window: Entry<R>[] = [];
  let pull: Promise<IteratorResult<T>> | undefined;
  let sourceDone = false;
  let nextIndex = 0;

  const dispatch = (item: T): void => {
    const index = nextIndex++;
    const entry: Entry<R> = {
      settled: undefined,
      done: limiter.run((slot) => fn(item, index, slot), { signal: work.signal }).then(
        (value) => void (entry.settled = { ok: true, value }),
        (error: unknown) => void (entry.settled = { ok: false, error }),
      ),
    };
    window.push(entry);
  };

  try {
    for (;;) {
      throwIfAborted(options.signal);
      const head = window[0];
      if (head?.settled !== undefined) {
        window.shift();
        if (!head.settled.ok) throw head.settled.error;
        yield head.settled.value;
        continue;
      }
      if (!sourceDone && pull === undefined && window.length < lookahead) pull = iterator.next();
      if (head === undefined && pull === undefined) return;

      const aborted = new Promise<'aborted'>((resolve) => (wakeOnAbort = () => resolve('aborted')));
      if (work.signal.aborted) continue;
      const waits: Promise<'aborted' | 'head' | { pulled: IteratorResult<T> }>[] = [aborted];
      if (head !== undefined) waits.push(head.done.then(() => 'head' as const));
      if (pull !== undefined) waits.push(pull.then((pulled) => ({ pulled })));
      const winner = await Promise.race(waits);
      if (winner === 'aborted' || winner === 'head') continue;
      pull = undefined;
      if (winner.pulled.done === true) sourceDone = true;
      else dispatch(winner.pulled.value);
    }
  } finally {
    options.signal?.removeEventListener('abort', stopWork);
    if (!work.signal.aborted) work.abort(new DOMException('The consumer stopped reading.', 'AbortError'));
    // Let work in flight wind down (it was just aborted), so no request outlives the command.
    await Promise.all(window.map((entry) => entry.done));
    if (!sourceDone) {
      // An async generator queues return() behind a pending next(); do not wait for an upstream that may be idle.
      const closing = iterator.return?.();
      if (pull === undefined) await closing;
      else void closing?.catch(() => undefined);
    }
  }
}

async function* toAsyncIteratorGenerator<T>(source: Iterable<T>): AsyncGenerator<T, void, undefined> {
  yield* source;
}

function toAsyncIterator<T>(source: Iterable<T>): AsyncIterator<T> {
  return toAsyncIteratorGenerator(source);
}
