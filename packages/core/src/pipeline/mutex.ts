/** A FIFO async lock: serialises writes when a cmdlet writes from several concurrent tasks. */
export class AsyncMutex {
  #locked = false;
  readonly #waiters: (() => void)[] = [];

  lock(): Promise<void> | undefined {
    if (!this.#locked) {
      this.#locked = true;
      return undefined;
    }
    return new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  unlock(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#locked = false;
  }
}
