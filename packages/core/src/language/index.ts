/** The PowerShell language front end: parsing, tokens for colouring, cursor analysis for completion. */
export type * from './ast.js';
export type { SourceSpan } from './span.js';
export { ParseError, parseErrorMessage, type ParseErrorId } from './parse-error.js';
export { parseScript, isIncompleteInput } from './parse-script.js';
export { tokenize, highlightTokens } from './tokenize.js';
export type { Token, TokenKind, TokenRole, HighlightKind, HighlightToken } from './tokens.js';
export { analyzeCursor, type CursorAnalysis, type CursorParameterWord, type CursorTokenKind, type CursorValueWord, type CursorWord } from './analyze-cursor.js';
export { formatParseErrorBlock, type ParseErrorBlockOptions } from './error-block.js';
