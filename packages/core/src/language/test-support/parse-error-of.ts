/** Test helpers for parse errors: the error a source must raise, and the checks every error table makes. */
import { expect } from 'vitest';
import { ParseError } from '../parse-error.js';
import { parseScript } from '../parse-script.js';

/** The ParseError `source` raises; fails the test when it parses, or throws anything else. */
export function parseErrorOf(source: string): ParseError {
  try {
    parseScript(source);
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error(`expected a parse error for ${JSON.stringify(source)}`);
}

export interface ExpectedParseError {
  readonly errorId: string;
  readonly message: string;
  /** Where the culprit starts: its text (checked against the span too) or its offset. */
  readonly at: string | number;
  /** True when more input could complete the source (the REPL continues on a `>>` line). */
  readonly incomplete: boolean;
}

/** Checks id, pwsh's message, the culprit's place and whether the input is merely unfinished. */
export function expectParseError(source: string, expected: ExpectedParseError): ParseError {
  const error = parseErrorOf(source);
  expect(error.errorId).toBe(expected.errorId);
  expect(error.message).toBe(expected.message);
  if (typeof expected.at === 'number') expect(error.span.start).toBe(expected.at);
  else {
    expect(error.offendingText).toBe(expected.at);
    expect(source.slice(error.span.start, error.span.end)).toBe(expected.at);
  }
  expect(error.incomplete).toBe(expected.incomplete);
  return error;
}
