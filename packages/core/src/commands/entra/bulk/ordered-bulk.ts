/**
 * Concurrent, order-preserving work across a cmdlet's `process` calls.
 *
 * PowerShell hands a cmdlet one record per `process` call; issuing a pass per call and waiting
 * for it would make a bulk run one request at a time (PnP's behaviour). Instead each record is
 * pushed into the Graph layer's mapConcurrentOrdered, which runs the work through the adaptive
 * limiter and yields results in input order. `process` returns as soon as the map wants the next
 * record; results that are ready are emitted on the way, and `finish` (from `end`) drains the rest.
 * All output is written from inside `process`/`end`, as the pipeline runtime expects.
 */
import type { AdaptiveLimiter, LimiterSlot } from '../../../graph/adaptive-limiter.js';
import { mapConcurrentOrdered } from '../../../graph/map-ordered.js';
import { PushedSource } from './pushed-source.js';

export type Emit<R> = (result: R) => Promise<void>;

export class OrderedBulk<T, R> {
  readonly #source = new PushedSource<T>();
  readonly #results: AsyncGenerator<R, void, undefined>;
  #pending: Promise<IteratorResult<R, void>> | undefined;

  /**
   * `work` must turn per-item failures into results (error values), because a rejection ends the
   * whole stream at its place in the order.
   */
  constructor(
    work: (item: T, index: number, slot: LimiterSlot) => Promise<R>,
    limiter: AdaptiveLimiter,
    signal: AbortSignal,
    options: { readonly maxLookahead?: number } = {},
  ) {
    this.#results = mapConcurrentOrdered(this.#source, work, limiter, { signal, ...(options.maxLookahead === undefined ? {} : { maxLookahead: options.maxLookahead }) });
  }

  #next(): Promise<IteratorResult<R, void>> {
    if (this.#pending === undefined) {
      const pending = this.#results.next();
      // Between process calls nobody awaits it; a failure is picked up by the next await.
      pending.catch(() => undefined);
      this.#pending = pending;
    }
    return this.#pending;
  }

  /** Queue one item; emit whatever is ready, in order, until the map asks for more input. */
  async push(item: T, emit: Emit<R>): Promise<void> {
    this.#source.push(item);
    for (;;) {
      const next = this.#next();
      const hungry = this.#source.whenHungry().then(() => 'hungry' as const);
      const winner = await Promise.race([next, hungry]);
      if (winner === 'hungry') return;
      this.#pending = undefined;
      if (winner.done === true) return;
      await emit(winner.value);
    }
  }

  /** No more input: emit everything still in flight, in order. */
  async finish(emit: Emit<R>): Promise<void> {
    this.#source.close();
    for (;;) {
      const result = await this.#next();
      this.#pending = undefined;
      if (result.done === true) return;
      await emit(result.value);
    }
  }

  /** Stop early (the pipeline is being torn down): aborts work in flight. */
  async dispose(): Promise<void> {
    this.#source.close();
    await this.#results.return(undefined).catch(() => undefined);
  }
}
