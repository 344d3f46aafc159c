/**
 * What is being typed at the cursor, for tab completion: the command it belongs to, the
 * parameters already given, whether a command name, parameter name, variable or argument value is
 * being completed, and for a value the parameter it is for. Works on unfinished input.
 *
 * `words` lists the command's arguments before the one being typed, grouped as the parser groups
 * them, so a completer can count positional arguments the way the binder will.
 */
import { SourceText } from './source-text.js';
import type { SourceSpan } from './span.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokens.js';

export type CursorTokenKind = 'command' | 'parameter' | 'variable' | 'argument';

/** `-Name` or `-Name:value` on the command line. */
export interface CursorParameterWord {
  readonly kind: 'parameter';
  /** Without the dash and the colon. */
  readonly name: string;
  /**
   * Written `-Name:` (`-Name:value`, `-Name: value`): the argument after the colon is this
   * parameter's, whatever its type (a switch's too), and is not listed as a word of its own.
   */
  readonly colon: boolean;
  /** With `colon`: the argument's text, when it was given before the word being typed. */
  readonly argument?: string;
}

/** One argument value as the parser groups it: `a, b, c`, `(Get-X)`, `$x.Name`, `"a b"` are each one. */
export interface CursorValueWord {
  readonly kind: 'value';
  /** The source text of the whole value. */
  readonly text: string;
}

export type CursorWord = CursorParameterWord | CursorValueWord;

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
  /**
   * The words of the command before the one being typed, in order, the command name excluded: its
   * parameters and argument values. A value still being typed (`a, b<tab>`: `a,` is part of it) is
   * not included. Splats (`@params`) are left out, since what they bind is known only at run time.
   */
  readonly words: readonly CursorWord[];
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

function isOpener(t: Token): boolean {
  return (t.kind === 'Punctuation' || t.kind === 'Operator') && OPENERS.has(t.text);
}

function isCloser(t: Token): boolean {
  return (t.kind === 'Punctuation' || t.kind === 'Operator') && CLOSERS.has(t.text);
}

function isIgnorable(t: Token): boolean {
  return t.kind === 'Comment' || t.kind === 'LineContinuation';
}

interface Segment {
  /** The segment's tokens at nesting depth 0 (brackets and what they enclose left out). */
  readonly tokens: Token[];
  /** Index in `tokens` of the segment's first token. */
  readonly start: number;
}

/** The tokens of the innermost command (or expression) around `before`, at nesting depth 0. */
function currentSegment(tokens: readonly Token[], before: number): Segment {
  const segment: Token[] = [];
  let depth = 0;
  let i = before - 1;
  for (; i >= 0; i--) {
    const t = tokens[i];
    if (!t || isIgnorable(t)) continue;
    if (isCloser(t)) {
      depth++;
      continue;
    }
    if (isOpener(t)) {
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (isBoundary(t)) break;
    segment.unshift(t);
  }
  return { tokens: segment, start: i + 1 };
}

/**
 * The words of `tokens[start, end)`, grouped as the parser groups them in argument mode: a value
 * runs on through commas (`a, b, c`) and touching tokens (`$x.Name`, `$a[0]`), and takes in what
 * its brackets enclose; the value after `-Name:` is that parameter's argument. A value that the word
 * at the cursor (`current`) continues, or that ends in a comma, is still being typed: left out.
 */
function scanWords(text: string, tokens: readonly Token[], start: number, end: number, current: Token | undefined): CursorWord[] {
  const words: CursorWord[] = [];
  let value: { start: number; end: number; owner: CursorParameterWord | undefined } | undefined;
  let depth = 0;
  let afterComma = false;
  let colonParameter: CursorParameterWord | undefined;
  const close = (): void => {
    if (!value) return;
    const valueText = text.slice(value.start, value.end);
    const owner = value.owner;
    if (owner) words[words.indexOf(owner)] = { ...owner, argument: valueText };
    else words.push({ kind: 'value', text: valueText });
    value = undefined;
  };
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (!t || isIgnorable(t)) continue;
    if (depth > 0) {
      if (isOpener(t)) depth++;
      else if (isCloser(t)) depth--;
      if (value) value.end = t.end;
      continue;
    }
    if (t.kind === 'Parameter' || t.kind === 'SplattedVariable') {
      close();
      afterComma = false;
      colonParameter = undefined;
      if (t.kind === 'Parameter') {
        const word: CursorParameterWord = { kind: 'parameter', name: parameterNameOf(t), colon: t.text.endsWith(':') };
        words.push(word);
        if (word.colon) colonParameter = word;
      }
      continue;
    }
    if (t.kind === 'Operator' && t.text === ',') {
      if (value) afterComma = true;
      continue;
    }
    if (isCloser(t)) continue; // unbalanced: nothing to group
    if (value && (afterComma || t.start === value.end)) value.end = t.end;
    else {
      close();
      value = { start: t.start, end: t.end, owner: colonParameter };
      colonParameter = undefined;
    }
    afterComma = false;
    if (isOpener(t)) depth++;
  }
  const continued = value !== undefined && (afterComma || depth > 0 || (current !== undefined && current.kind !== 'Parameter' && current.start === value.end));
  if (!continued) close();
  return words;
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
  const { tokens: segment, start: segmentStart } = currentSegment(tokens, index);
  const head = segment[0];
  const commandName = head?.role === 'command' ? head.text : undefined;
  const parameterNames = segment.filter((t) => t.kind === 'Parameter').map(parameterNameOf);
  const wordStart = current?.start ?? cursor;
  const word = current ? current.text : '';
  // The command name is not one of its words.
  const wordsStart = head !== undefined && commandName !== undefined ? tokens.indexOf(head, segmentStart) + 1 : segmentStart;
  const base = {
    text: word,
    prefix: text.slice(wordStart, cursor),
    span: spanOf(wordStart, current?.end ?? cursor),
    ...(commandName !== undefined ? { commandName } : {}),
    parameterNames,
    words: scanWords(text, tokens, wordsStart, index, current),
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
    const name = parameterNameOf(current);
    const words = [...base.words, { kind: 'parameter' as const, name, colon: true }];
    return { ...base, kind: 'argument', text: '', prefix: '', span: spanOf(cursor, cursor), parameterName: name, words };
  }
  if (segment.length === 0) {
    return { ...base, kind: 'command' };
  }
  const parameterName = pendingParameter(segment);
  return { ...base, kind: 'argument', ...(parameterName !== undefined ? { parameterName } : {}) };
}
