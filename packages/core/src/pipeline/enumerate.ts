/**
 * PowerShell's enumeration rule for pipeline input and Write-Output: arrays, ranges and other
 * (async) iterables unroll one level; strings, hashtables and objects do not.
 */
import { PSRange } from '../values/range.js';

export function isPipelineEnumerable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (value === null || value === undefined || typeof value !== 'object') return false;
  if (Array.isArray(value) || value instanceof PSRange) return true;
  return Symbol.iterator in value || Symbol.asyncIterator in value;
}

/** Yields the elements of an enumerable, or the value itself. */
export async function* enumerateForPipeline(value: unknown): AsyncGenerator<unknown, void, undefined> {
  if (!isPipelineEnumerable(value)) {
    yield value;
    return;
  }
  if (Symbol.asyncIterator in value) {
    for await (const item of value) yield item;
    return;
  }
  yield* value;
}

/** Synchronous variant for values that are never async (arrays, ranges): avoids a microtask per item. */
export function* enumerateSync(value: unknown): Generator<unknown, void, undefined> {
  if (Array.isArray(value) || value instanceof PSRange) {
    yield* value as Iterable<unknown>;
  } else if (value !== null && typeof value === 'object' && Symbol.iterator in value && !(Symbol.asyncIterator in value)) {
    yield* value as Iterable<unknown>;
  } else {
    yield value;
  }
}
