/**
 * Walking the elements of a value inside a step: arrays, ranges and other iterables synchronously,
 * async iterables (a cmdlet's paged results kept in a variable) by waiting for each element. The
 * body returns false to stop early; the iterator is then closed, as `for...of` would close it.
 */
import { isPipelineEnumerable } from '../pipeline/enumerate.js';
import type { Step } from './step.js';

type AnyIterator = Iterator<unknown> | AsyncIterator<unknown>;

function iteratorOf(value: unknown): AnyIterator {
  if (!isPipelineEnumerable(value)) return [value][Symbol.iterator]();
  if (Symbol.asyncIterator in value) return value[Symbol.asyncIterator]();
  return value[Symbol.iterator]();
}

/** Runs `body` for each element of `value` (a scalar is its own only element). */
export function* forEachItem(value: unknown, body: (item: unknown) => Step<boolean>): Step<void> {
  const iterator = iteratorOf(value);
  let finished = false;
  try {
    for (;;) {
      const next = iterator.next();
      const result = next instanceof Promise ? ((yield next) as IteratorResult<unknown>) : next;
      if (result.done) {
        finished = true;
        return;
      }
      if (!(yield* body(result.value))) return;
    }
  } finally {
    if (!finished && iterator.return) {
      const closing = iterator.return();
      if (closing instanceof Promise) yield closing;
    }
  }
}
