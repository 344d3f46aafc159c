/**
 * A token bucket: `capacity` tokens, refilled continuously at capacity per window. A request that
 * costs more than is left is refused with the time until enough has refilled; refused requests
 * take nothing.
 */
export class TokenBucket {
  #tokens: number;
  #updatedMs: number;
  readonly #perMs: number;

  constructor(
    readonly capacity: number,
    windowMs: number,
    nowMs: number,
  ) {
    if (!(capacity > 0) || !(windowMs > 0)) throw new RangeError('A token bucket needs a positive capacity and window');
    this.#tokens = capacity;
    this.#updatedMs = nowMs;
    this.#perMs = capacity / windowMs;
  }

  #refill(nowMs: number): void {
    if (nowMs > this.#updatedMs) {
      this.#tokens = Math.min(this.capacity, this.#tokens + (nowMs - this.#updatedMs) * this.#perMs);
      this.#updatedMs = nowMs;
    }
  }

  /** Tokens available now. */
  available(nowMs: number): number {
    this.#refill(nowMs);
    return this.#tokens;
  }

  /** Milliseconds until `cost` tokens are available (0 when they are). */
  waitFor(cost: number, nowMs: number): number {
    this.#refill(nowMs);
    const missing = Math.min(cost, this.capacity) - this.#tokens;
    return missing <= 0 ? 0 : missing / this.#perMs;
  }

  take(cost: number, nowMs: number): void {
    this.#refill(nowMs);
    this.#tokens -= cost;
  }

  /** Share of the capacity in use, 0..1. */
  usage(nowMs: number): number {
    this.#refill(nowMs);
    return 1 - this.#tokens / this.capacity;
  }
}
