/** Equality of pipeline objects for Select-Object -Unique and Sort-Object -Unique. */
import { PSObject } from '../../values/model.js';
import { scalarEquals } from '../../values/operators/comparison.js';
import { isPipelineEnumerable } from './enumerate.js';

/** Same value: scalars as -eq (with the given case rule), objects property by property, arrays element by element. */
export function valuesEqual(a: unknown, b: unknown, caseSensitive: boolean): boolean {
  if (a instanceof PSObject || b instanceof PSObject) {
    if (!(a instanceof PSObject && b instanceof PSObject)) return false;
    const names = a.propertyNames();
    if (names.length !== b.propertyNames().length) return false;
    return names.every((n) => b.has(n) && valuesEqual(a.get(n), b.get(n), caseSensitive));
  }
  if (isPipelineEnumerable(a) || isPipelineEnumerable(b)) {
    if (!(isPipelineEnumerable(a) && isPipelineEnumerable(b))) return false;
    const left = [...a];
    const right = [...b];
    return left.length === right.length && left.every((x, i) => valuesEqual(x, right[i], caseSensitive));
  }
  return scalarEquals(a, b, caseSensitive);
}
