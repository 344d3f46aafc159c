/** PowerShell truthiness (`if ($x)`, -and, -not, [bool] casts). */
import { PSRange } from './range.js';

export function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'bigint') return value !== 0n;
  if (typeof value === 'string') return value.length > 0; // '0' and 'False' are true
  if (value instanceof PSRange) return value.length > 1 || value.chars || value.start !== 0;
  if (Array.isArray(value)) {
    if (value.length === 0) return false;
    // A one-element array is as true as its element; but an array inside it counts as a non-empty list.
    if (value.length === 1) {
      const only: unknown = value[0];
      return Array.isArray(only) ? only.length > 0 : isTruthy(only);
    }
    return true;
  }
  return true;
}
