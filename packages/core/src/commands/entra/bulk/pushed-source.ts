/**
 * An async iterable fed by `push()`: the bridge between a cmdlet's per-record `process` calls and
 * a consumer that pulls (the Graph layer's mapConcurrentOrdered). `whenHungry()` tells the feeder
 * that the consumer is waiting for input it does not have, so `process` can return and let the
 * pipeline deliver the next record.
 */
interface Signal {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
}

function newSignal(): Signal {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export class PushedSource<T> implements AsyncIterable<T> {
  // Boxed so that a pushed value can never be confused with "nothing there".
  readonly #items: { readonly value: T }[] = [];
  #closed = false;
  #waiter: ((result: IteratorResult<T>) => void) | undefined;
  #hungry = newSignal();

  push(item: T): void {
    if (this.#closed) throw new Error('PushedSource: push after close.');
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      this.#hungry = newSignal();
      waiter({ value: item, done: false });
    } else {
      this.#items.push({ value: item });
    }
  }

  /** No more input: a waiting consumer sees the end. */
  close(): void {
    this.#closed = true;
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.({ value: undefined, done: true });
  }

  /** Resolves once the consumer waits on an empty source (already resolved if it is waiting now). */
  whenHungry(): Promise<void> {
    return this.#hungry.promise;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        const head = this.#items.shift();
        if (head !== undefined) return Promise.resolve({ value: head.value, done: false });
        if (this.#closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise<IteratorResult<T>>((resolve) => {
          this.#waiter = resolve;
          this.#hungry.resolve();
        });
      },
      return: () => {
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
