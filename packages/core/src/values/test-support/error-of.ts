/** Test helper for the value-layer tests: the RuntimeError a call throws, so a test can check its id and message. */
import { RuntimeError } from '../errors.js';

/** Runs `fn` and returns the RuntimeError it throws; any other error is rethrown, and not throwing fails the test. */
export function errorOf(fn: () => unknown): RuntimeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuntimeError) return error;
    throw error;
  }
  throw new Error('expected a RuntimeError');
}
