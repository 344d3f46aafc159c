/**
 * Entry points: `parseScript` (text → ScriptBlockAst, or a ParseError) and `isIncompleteInput`.
 */
import type { ScriptBlockAst, SubExpressionAst } from './ast.js';
import { isOp } from './lex-token.js';
import { ParseError } from './parse-error.js';
import { parseScriptBody } from './parse-functions.js';
import { parseStatementList } from './parse-statements.js';
import { Parser } from './parser-core.js';
import { SourceText } from './source-text.js';
import { NULL_SINK, type TokenSink } from './token-sink.js';

/** `$( ... )` inside a string or bareword, parsed in place from `contentStart`. */
function parseEmbeddedSubExpression(p: Parser, dollarStart: number, contentStart: number): { node: SubExpressionAst; end: number } {
  const savedPos = p.pos;
  const savedLastEnd = p.lastEnd;
  p.sink.add(dollarStart, contentStart, 'Punctuation');
  p.pos = contentStart;
  p.lastEnd = contentStart;
  p.enter(dollarStart);
  const statements = parseStatementList(p, ')');
  const close = p.peek('command');
  if (!isOp(close, ')')) p.failMissing('MissingEndParenthesisInSubexpression', '', close);
  p.take(close);
  p.leave();
  p.pos = savedPos;
  p.lastEnd = savedLastEnd;
  return { node: { type: 'SubExpression', statements, span: p.span(dollarStart, close.end) }, end: close.end };
}

export function createParser(src: SourceText, sink: TokenSink, start: number): Parser {
  return new Parser(src, sink, start, parseEmbeddedSubExpression);
}

/** Parses from `start` to the end of input; the top level has no closer, so `)`/`}` are errors. */
export function parseFrom(p: Parser): ScriptBlockAst {
  const body = parseScriptBody(p, null);
  const end = p.src.length;
  return { type: 'ScriptBlock', ...body, text: p.src.text, span: p.span(0, end) };
}

/**
 * Parses a whole script or command line. Throws only ParseError, with PowerShell's message, the
 * culprit's position and whether the input is merely incomplete.
 */
export function parseScript(text: string): ScriptBlockAst {
  const src = new SourceText(text);
  return parseFrom(createParser(src, NULL_SINK, 0));
}

/** True when `text` is unfinished (open quote, brace, paren, here-string, trailing `|`, operator or backtick). */
export function isIncompleteInput(text: string): boolean {
  try {
    parseScript(text);
    return false;
  } catch (error) {
    if (error instanceof ParseError) return error.incomplete;
    throw error;
  }
}
