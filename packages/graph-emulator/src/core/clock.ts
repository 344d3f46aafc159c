/**
 * Time for the emulator. Everything that depends on "now" (token expiry, TAP usability, token
 * buckets, error dates) reads one clock, so a test can script time instead of sleeping.
 */

/** A source of the current time in epoch milliseconds. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to: the scripted clock for tests. */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: Date | number = Date.UTC(2026, 0, 15, 9, 0, 0)) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): void {
    this.#now += ms;
  }

  set(time: Date | number): void {
    this.#now = typeof time === 'number' ? time : time.getTime();
  }
}

/**
 * The emulator's own clock: any base clock plus an offset. The offset is what `advance` and the
 * `/_emulator/clock` route move, so they work the same over the system clock and a manual one.
 */
export class EmulatorClock implements Clock {
  #offset = 0;

  constructor(private readonly base: Clock) {}

  now(): number {
    return this.base.now() + this.#offset;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError('advance(ms) needs a finite number of milliseconds');
    this.#offset += ms;
  }

  set(time: Date | number): void {
    const target = typeof time === 'number' ? time : time.getTime();
    if (!Number.isFinite(target)) throw new RangeError('set(time) needs a valid date');
    this.#offset = target - this.base.now();
  }

  resetOffset(): void {
    this.#offset = 0;
  }
}
