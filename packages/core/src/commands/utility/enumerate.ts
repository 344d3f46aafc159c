/** What the pipeline unrolls: arrays and lazy ranges (`1..10`), never strings or dictionaries. */
import { PSRange } from '../../values/range.js';

export function isPipelineEnumerable(value: unknown): value is Iterable<unknown> {
  return Array.isArray(value) || value instanceof PSRange;
}

/** The elements of an enumerable value, or the value itself as a one-element list. */
export function unroll(value: unknown): Iterable<unknown> {
  return isPipelineEnumerable(value) ? value : [value];
}
