/**
 * Concurrency that follows the service's throttling signals, for bulk writes.
 *
 * Graph's write limit is a token bucket per app and tenant (3,000 writes per 150 s, about 20/s).
 * A bucket does not lose what it refills while we wait, so the throughput of a bulk run is the
 * refill rate as long as we (a) keep enough requests in flight to drain it between waits and
 * (b) stop sending while the service says it is empty, instead of feeding it 429s.
 *
 * That is TCP's congestion control (AIMD) applied to a request window:
 * - slow start: +1 per success (the window doubles every round trip) until the first throttle;
 * - then additive increase: +1 per window's worth of successes (one step per round trip);
 * - on a 429: multiply the window by `decreaseFactor` (once per congestion event: throttles from
 *   requests that were already in flight when we cut do not cut again), and pause all new starts
 *   until the Retry-After has passed;
 * - bounded by `max` (the cmdlet's -ThrottleLimit) and `min`.
 */
import { abortReason } from './sleep.js';

export interface AdaptiveLimiterOptions {
  /** Upper bound for concurrent tasks (-ThrottleLimit). */
  readonly max: number;
  /** Lower bound, default 1. */
  readonly min?: number;
  /** Starting window, default min(max, 4). */
  readonly initial?: number;
  /** Factor applied to the window on a throttle, default 0.5. */
  readonly decreaseFactor?: number;
  /** Pause after a throttle without Retry-After, default 1,000 ms. */
  readonly defaultPauseMs?: number;
  readonly now?: () => number;
}

/** Handed to each task: the place to report "the service throttled this request". */
export interface LimiterSlot {
  readonly signal: AbortSignal | undefined;
  /** Report a 429 (or 503 with Retry-After) seen by this task, e.g. from the Graph client's onThrottle. */
  throttled(retryAfterMs?: number): void;
  /**
   * Give the slot back while this task waits to retry: resolves when it may send its retry (ahead
   * of tasks not started yet). Retries then count against the window too, so the service sees at
   * most `limit` requests, first attempts and retries together.
   *
   * By default the wait is a throttle (a 429): it is reported as congestion, which cuts the window
   * and pauses every start until `retryAfterMs` has passed. With `congestion: false` (a 503 asking
   * for a pause, a backoff after a reset or timeout) only this task waits `retryAfterMs`; the
   * window and the other tasks carry on, since the failure says nothing about our rate.
   */
  waitToRetry(retryAfterMs?: number, options?: RetryWaitOptions): Promise<void>;
}

export interface RetryWaitOptions {
  /** Whether the wait is the service pacing us (default true). */
  readonly congestion?: boolean;
}

export interface LimiterStats {
  readonly inFlight: number;
  /** Current concurrency window (whole tasks). */
  readonly limit: number;
  readonly max: number;
  readonly queued: number;
  /** Throttle signals received (429s). */
  readonly throttles: number;
  readonly completed: number;
  readonly failed: number;
  /** Epoch ms until which no task starts; undefined when not paused. */
  readonly pausedUntil: number | undefined;
}

export interface AdaptiveLimiter {
  readonly max: number;
  run<T>(task: (slot: LimiterSlot) => Promise<T>, options?: { signal?: AbortSignal }): Promise<T>;
  /** A throttle signal not tied to a task (e.g. a client-wide onThrottle hook): always counts as new congestion. */
  throttled(retryAfterMs?: number): void;
  stats(): LimiterStats;
}

interface Waiter {
  start(): void;
  reject(reason: unknown): void;
  readonly signal: AbortSignal | undefined;
}

export function createAdaptiveLimiter(options: AdaptiveLimiterOptions): AdaptiveLimiter {
  const max = Math.max(1, Math.floor(options.max));
  const min = Math.min(max, Math.max(1, Math.floor(options.min ?? 1)));
  const factor = options.decreaseFactor ?? 0.5;
  if (!(factor > 0 && factor < 1)) throw new RangeError('decreaseFactor must be between 0 and 1');
  const defaultPauseMs = options.defaultPauseMs ?? 1000;
  const now = options.now ?? (() => Date.now());

  let window = clamp(options.initial ?? Math.min(max, 4));
  let slowStart = true;
  let epoch = 0;
  let inFlight = 0;
  let throttles = 0;
  let completed = 0;
  let failed = 0;
  let pausedUntil = 0;
  let resumeTimer: ReturnType<typeof setTimeout> | undefined;
  // Retries waiting for their turn sit at the front (the first `queuedRetries` entries), new tasks behind.
  const queue: Waiter[] = [];
  let queuedRetries = 0;
  // One abort listener per distinct signal (a bulk run queues hundreds of tasks on the same one),
  // with the number of queued tasks that use it.
  const watched = new Map<AbortSignal, { onAbort: () => void; queued: number }>();

  function watch(signal: AbortSignal): void {
    const entry = watched.get(signal);
    if (entry !== undefined) {
      entry.queued++;
      return;
    }
    const onAbort = (): void => {
      watched.delete(signal);
      for (let index = queue.length - 1; index >= 0; index--) {
        const waiter = queue[index] as Waiter;
        if (waiter.signal !== signal) continue;
        queue.splice(index, 1);
        if (index < queuedRetries) queuedRetries--;
        waiter.reject(abortReason(signal));
      }
    };
    watched.set(signal, { onAbort, queued: 1 });
    signal.addEventListener('abort', onAbort, { once: true });
  }

  function unwatch(signal: AbortSignal | undefined): void {
    const entry = signal === undefined ? undefined : watched.get(signal);
    if (signal === undefined || entry === undefined || --entry.queued > 0) return;
    watched.delete(signal);
    signal.removeEventListener('abort', entry.onAbort);
  }

  function clamp(value: number): number {
    return Math.min(max, Math.max(min, value));
  }

  function onThrottle(fromEpoch: number, retryAfterMs: number | undefined): void {
    throttles++;
    pausedUntil = Math.max(pausedUntil, now() + Math.max(0, retryAfterMs ?? defaultPauseMs));
    if (fromEpoch === epoch) {
      window = clamp(Math.floor(window * factor));
      slowStart = false;
      epoch++;
    }
    pump();
  }

  function onSuccess(fromEpoch: number, sawThrottle: boolean): void {
    completed++;
    if (sawThrottle || fromEpoch !== epoch) return;
    window = clamp(slowStart ? window + 1 : window + 1 / Math.floor(window));
  }

  function pump(): void {
    const wait = pausedUntil - now();
    if (wait > 0) {
      if (resumeTimer === undefined && queue.length > 0) {
        resumeTimer = setTimeout(() => {
          resumeTimer = undefined;
          pump();
        }, wait);
      }
      return;
    }
    while (queue.length > 0 && inFlight < Math.floor(window)) {
      const waiter = queue.shift() as Waiter;
      if (queuedRetries > 0) queuedRetries--;
      unwatch(waiter.signal);
      waiter.start();
    }
  }

  function execute<T>(task: (slot: LimiterSlot) => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    inFlight++;
    let slotEpoch = epoch;
    let sawThrottle = false;
    const slot: LimiterSlot = {
      signal,
      throttled(retryAfterMs?: number) {
        sawThrottle = true;
        onThrottle(slotEpoch, retryAfterMs);
        // A retry of this task is sent after the cut, so its next throttle is news again.
        slotEpoch = epoch;
      },
      waitToRetry(retryAfterMs?: number, waitOptions: RetryWaitOptions = {}): Promise<void> {
        const congestion = waitOptions.congestion !== false;
        if (congestion) slot.throttled(retryAfterMs);
        if (signal?.aborted) return Promise.reject(abortReason(signal));
        inFlight--;
        return new Promise<void>((resolve, reject) => {
          // Either way the task holds a slot again afterwards: its own end gives it back.
          const resume = (): void => void inFlight++;
          const enqueue = (): void => {
            queue.splice(queuedRetries, 0, {
              signal,
              start: () => (resume(), resolve()),
              reject: (reason) => (resume(), reject(reason)),
            });
            queuedRetries++;
            if (signal !== undefined) watch(signal);
            pump();
          };
          const ownWait = congestion ? 0 : Math.max(0, retryAfterMs ?? 0);
          if (ownWait === 0) return enqueue();
          // Only this task waits; its slot goes to the next task meanwhile.
          pump();
          const onAbort = (): void => {
            clearTimeout(timer);
            resume();
            reject(abortReason(signal));
          };
          const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            enqueue();
          }, ownWait);
          signal?.addEventListener('abort', onAbort, { once: true });
        });
      },
    };
    return Promise.resolve()
      .then(() => task(slot))
      .then(
        (value) => {
          onSuccess(slotEpoch, sawThrottle);
          return value;
        },
        (error: unknown) => {
          failed++;
          const status = (error as { status?: unknown } | null)?.status;
          if (status === 429 && !sawThrottle) {
            const retryAfterMs = (error as { retryAfterMs?: unknown }).retryAfterMs;
            onThrottle(slotEpoch, typeof retryAfterMs === 'number' ? retryAfterMs : undefined);
          }
          throw error;
        },
      )
      .finally(() => {
        inFlight--;
        pump();
      });
  }

  return {
    max,
    run<T>(task: (slot: LimiterSlot) => Promise<T>, runOptions: { signal?: AbortSignal } = {}): Promise<T> {
      const signal = runOptions.signal;
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      return new Promise<T>((resolve, reject) => {
        queue.push({ signal, start: () => execute(task, signal).then(resolve, reject), reject });
        if (signal !== undefined) watch(signal);
        pump();
      });
    },
    throttled(retryAfterMs?: number) {
      onThrottle(epoch, retryAfterMs);
    },
    stats() {
      return {
        inFlight,
        limit: Math.floor(window),
        max,
        queued: queue.length,
        throttles,
        completed,
        failed,
        pausedUntil: pausedUntil > now() ? pausedUntil : undefined,
      };
    },
  };
}
