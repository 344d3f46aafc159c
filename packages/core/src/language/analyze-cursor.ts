/**
 * What is being typed at the cursor, for tab completion: the command it belongs to, the
 * parameters already given, whether a command name, parameter name, variable or argument value is
 * being completed, and for a value the parameter it is for. Works on unfinished input.
 */
import { SourceText } from './source-text.js';
import type { SourceSpan } from './span.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokens.js';

export type CursorTokenKind = 'command' | 'parameter' | 'variable' | 'argument';

export interface CursorAnalysis {
  readonly kind: CursorTokenKind;
  /** The whole token under the cursor as typed (e.g. `-Ident`, `$us`, `'john`), '' if none. */
  readonly text: string;
  /** The part of `text` before the cursor. */
  readonly prefix: string;
  /** Where `text` is (empty at the cursor when no token touches it): the range a completion replaces. */
  readonly span: SourceSpan;
  /** The command the cursor is in, when its name is a plain word. */
  readonly commandName?: string;
  /** Names (no dash, no colon) of the parameters already on that command, in order, the one being typed excluded. */
  readonly parameterNames: readonly string[];
  /** For kind 'argument': the parameter the value is for (`-Identity <tab>`, `-Identity:<tab>`, `-A x,<tab>`). */
  readonly parameterName?: string;
}

/** Tokens that are not a word being typed: the cursor after them starts a new word. */
const NOT_WORDS = new Set<Token['kind']>(['NewLine', 'Comment', 'LineContinuation', 'Operator', 'Punctuation', 'Redirection']);
const OPENERS = new Set(['(', '{', '@(', '$(', '@{', '[']);
const CLOSERS = new Set([')', '}', ']']);
const BOUNDARY_OPERATORS = new Set(['|', ';', '=', '+=', '-=', '*=', '/=', '%=', '??=', '&&', '||']);

function isBoundary(token: Token): boolean {
  if (token.kind === 'NewLine') return true;
  if (token.kind === 'Keyword') return true;
  return (token.kind === 'Operator' || token.kind === 'Punctuation') && BOUNDARY_OPERATORS.has(token.text);
}

function parameterNameOf(token: Token): string {
  return token.text.slice(1).replace(/:$/, '');
}

/** The tokens of the innermost command (or expression) around `before`, at nesting depth 0. */
function currentSegment(tokens: readonly Token[], before: number): Token[] {
  const segment: Token[] = [];
  let depth = 0;
  for (let i = before - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || t.kind === 'Comment' || t.kind === 'LineContinuation') continue;
    const text = t.text;
    if ((t.kind === 'Punctuation' || t.kind === 'Operator') && CLOSERS.has(text)) {
      depth++;
      continue;
    }
    if ((t.kind === 'Punctuation' || t.kind === 'Operator') && OPENERS.has(text)) {
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (isBoundary(t)) break;
    segment.unshift(t);
  }
  return segment;
}

/** The parameter a value at the end of `segment` would go to: `-P <v>`, `-P:<v>`, `-P a, <v>`. */
function pendingParameter(segment: readonly Token[]): string | undefined {
  let i = segment.length - 1;
  // Skip `value ,` pairs of an array argument.
  while (i >= 1 && segment[i]?.text === ',') i -= 2;
  const t = segment[i];
  if (t?.kind === 'Parameter') return parameterNameOf(t);
  return undefined;
}

export function analyzeCursor(text: string, offset: number): CursorAnalysis {
  const cursor = Math.max(0, Math.min(offset, text.length));
  const src = new SourceText(text);
  const spanOf = (start: number, end: number): SourceSpan => src.span(start, end);
  const tokens = tokenize(text).filter((t) => t.start < cursor);
  let index = tokens.length;
  let current: Token | undefined;
  const last = tokens[tokens.length - 1];
  if (last && last.end >= cursor && !NOT_WORDS.has(last.kind)) {
    current = last;
    index = tokens.length - 1;
  }
  const segment = currentSegment(tokens, index);
  const head = segment[0];
  const commandName = head?.role === 'command' ? head.text : undefined;
  const parameterNames = segment.filter((t) => t.kind === 'Parameter').map(parameterNameOf);
  const wordStart = current?.start ?? cursor;
  const word = current ? current.text : '';
  const base = {
    text: word,
    prefix: text.slice(wordStart, cursor),
    span: spanOf(wordStart, current?.end ?? cursor),
    ...(commandName !== undefined ? { commandName } : {}),
    parameterNames,
  };
  const nestedVariable = current?.nested?.find((t) => t.kind === 'Variable' && t.start < cursor && t.end >= cursor);
  if (nestedVariable) {
    return { ...base, kind: 'variable', text: nestedVariable.text, prefix: text.slice(nestedVariable.start, cursor), span: spanOf(nestedVariable.start, nestedVariable.end) };
  }
  if (current && (current.kind === 'Variable' || current.kind === 'SplattedVariable')) return { ...base, kind: 'variable' };
  if (current && (current.kind === 'Parameter' && !current.text.endsWith(':'))) return { ...base, kind: 'parameter' };
  if (current && current.kind === 'Generic' && current.text === '-' && commandName !== undefined) return { ...base, kind: 'parameter' };
  if (current?.kind === 'Parameter') {
    // `-Name:` with the cursor right after the colon: a value for Name is next.
    return { ...base, kind: 'argument', text: '', prefix: '', span: spanOf(cursor, cursor), parameterName: parameterNameOf(current) };
  }
  if (segment.length === 0) {
    return { ...base, kind: 'command' };
  }
  const parameterName = pendingParameter(segment);
  return { ...base, kind: 'argument', ...(parameterName !== undefined ? { parameterName } : {}) };
}
