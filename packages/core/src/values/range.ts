/**
 * `a..b` as a lazy sequence, so `1..1000000 | ...` streams without building an array.
 * Bounds are converted to integers with banker's rounding; single characters give a char range.
 */
export class PSRange implements Iterable<number | string> {
  constructor(
    readonly start: number,
    readonly end: number,
    /** True for 'a'..'e': the elements are one-character strings. */
    readonly chars: boolean = false,
  ) {}

  get length(): number {
    return Math.abs(this.end - this.start) + 1;
  }

  *[Symbol.iterator](): Iterator<number | string> {
    const step = this.end >= this.start ? 1 : -1;
    for (let i = this.start; step > 0 ? i <= this.end : i >= this.end; i += step) {
      yield this.chars ? String.fromCharCode(i) : i;
    }
  }

  toArray(): (number | string)[] {
    return [...this];
  }
}

/** Turns a range into an array and leaves every other value alone. */
export function materialize(value: unknown): unknown {
  return value instanceof PSRange ? value.toArray() : value;
}
