/**
 * What the scanners need from their surroundings: the source, a way to fail with a ParseError,
 * a place to record trivia tokens for colouring, and a parser callback for `$( ... )` inside
 * strings and barewords (parsed in place, so quotes inside the sub-expression are handled).
 */
import type { SubExpressionAst } from './ast.js';
import type { ParseErrorId } from './parse-error.js';
import type { SourceText } from './source-text.js';
import type { TokenSink } from './token-sink.js';

export interface ScanContext {
  readonly src: SourceText;
  readonly sink: TokenSink;
  /** Throws a ParseError covering [start, end). */
  fail(id: ParseErrorId, arg: string, start: number, end: number, incomplete: boolean): never;
  /** Parses statements from `start` (just after `$(`) up to the matching `)`. */
  parseSubExpression(dollarStart: number, contentStart: number): { node: SubExpressionAst; end: number };
}
