/** Ordering of pipeline values for Sort-Object and Group-Object. */
import { compareScalars } from '../../values/operators/comparison.js';
import { RuntimeError } from '../../values/errors.js';
import { toPSString } from '../../values/stringify.js';
import { compareStrings } from '../../values/operators/comparison.js';

/**
 * Compares two values as Sort-Object does: $null first, numbers numerically, strings by culture
 * (case-insensitively unless asked), dates by time; values that cannot be compared with each
 * other (an object and a number...) fall back to comparing their string forms.
 */
export function compareValues(a: unknown, b: unknown, caseSensitive: boolean): number {
  try {
    return compareScalars(a, b, caseSensitive);
  } catch (error) {
    if (!(error instanceof RuntimeError)) throw error;
    return Math.sign(compareStrings(toPSString(a), toPSString(b), caseSensitive));
  }
}
