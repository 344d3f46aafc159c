/**
 * The queue between a running script and whoever iterates `session.run()`. Output waits when the
 * consumer is more than `highWater` events behind (backpressure all the way to the producer);
 * side-stream events never wait. `drained()` lets the host's prompts wait until everything
 * emitted before them has been taken, so a prompt never appears above output it follows.
 */
export class EventChannel<T> implements AsyncIterableIterator<T> {
  readonly #queue: T[] = [];
  #head = 0;
  #closed = false;
  #reader: ((result: IteratorResult<T>) => void) | undefined;
  readonly #spaceWaiters: (() => void)[] = [];
  readonly #drainWaiters: (() => void)[] = [];

  constructor(
    private readonly highWater = 256,
    /** Called when the consumer stops iterating early (break / return()). */
    private readonly onAbandon: () => void = () => undefined,
  ) {}

  get #size(): number {
    return this.#queue.length - this.#head;
  }

  /** Adds an event without waiting (side streams). Ignored after close. */
  push(event: T): void {
    if (this.#closed) return;
    const reader = this.#reader;
    if (reader && this.#size === 0) {
      this.#reader = undefined;
      reader({ value: event, done: false });
      return;
    }
    this.#queue.push(event);
  }

  /** Adds an event; the returned promise (if any) resolves once the consumer has caught up. */
  pushWithBackpressure(event: T): Promise<void> | undefined {
    this.push(event);
    if (this.#closed || this.#size < this.highWater) return undefined;
    return new Promise<void>((resolve) => this.#spaceWaiters.push(resolve));
  }

  /** Resolves when every event pushed so far has been taken and the consumer asks for more. */
  drained(): Promise<void> {
    if (this.#closed || (this.#size === 0 && this.#reader)) return Promise.resolve();
    return new Promise<void>((resolve) => this.#drainWaiters.push(resolve));
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#release();
    if (this.#size === 0 && this.#reader) {
      const reader = this.#reader;
      this.#reader = undefined;
      reader({ value: undefined, done: true });
    }
  }

  #release(): void {
    if (this.#spaceWaiters.length > 0 && (this.#closed || this.#size < this.highWater)) this.#spaceWaiters.splice(0).forEach((resolve) => resolve());
    if (this.#drainWaiters.length > 0 && (this.#closed || (this.#size === 0 && this.#reader))) this.#drainWaiters.splice(0).forEach((resolve) => resolve());
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#size > 0) {
      const value = this.#queue[this.#head] as T;
      this.#head++;
      if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
        this.#queue.splice(0, this.#head);
        this.#head = 0;
      }
      this.#release();
      return Promise.resolve({ value, done: false });
    }
    if (this.#closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise<IteratorResult<T>>((resolve) => {
      this.#reader = resolve;
      this.#release();
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.#closed) this.onAbandon();
    this.close();
    this.#queue.length = 0;
    this.#head = 0;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
