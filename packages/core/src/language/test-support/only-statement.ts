/** Parses `source` and returns its one statement, failing the test when there is not exactly one. */
import { expect } from 'vitest';
import type { StatementAst } from '../ast.js';
import { parseScript } from '../parse-script.js';

export function only(source: string): StatementAst {
  const { statements } = parseScript(source);
  expect(statements).toHaveLength(1);
  const [statement] = statements;
  if (!statement) throw new Error('no statement');
  return statement;
}
