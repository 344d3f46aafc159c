/**
 * `tokenize` and `highlightTokens`: never throw, cover the whole input. They run the real parser
 * (so a word is coloured as a command only where PowerShell would run it as one) and, after a
 * parse error, mark the culprit and resume just past it until the input is used up.
 */
import { ParseError } from './parse-error.js';
import { createParser, parseFrom } from './parse-script.js';
import type { Parser } from './parser-core.js';
import { SourceText } from './source-text.js';
import { RecordingTokenSink } from './token-sink.js';
import type { HighlightKind, HighlightToken, Token } from './tokens.js';

/** Each recovery costs an exception; beyond this many the input is not code anyone typed. */
const MAX_RECOVERIES = 1000;

function collect(text: string): Token[] {
  const src = new SourceText(text);
  const sink = new RecordingTokenSink(src);
  let pos = 0;
  let errors = 0;
  while (pos <= text.length) {
    if (errors > MAX_RECOVERIES) {
      // Pathological input (a paste of garbage): stop resuming, show the rest as one error.
      sink.markError(pos, text.length);
      break;
    }
    const p = createParser(src, sink, pos);
    try {
      parseFrom(p);
      break;
    } catch (error) {
      if (!(error instanceof ParseError)) {
        // Defensive: a bug must not take the prompt down; show the rest as erroneous.
        sink.markError(pos, text.length);
        break;
      }
      errors++;
      const { start, end } = error.span;
      // A token that failed while being scanned (`a'b` unterminated, `[int` unclosed) was never
      // recorded: keep the part before the culprit so no character goes missing.
      const tokenStart = nextTokenStart(p);
      if (tokenStart < start) sink.add(tokenStart, start, 'Unknown');
      if (end > start && !sink.hasTokenAt(start)) sink.add(start, end, 'Unknown');
      if (!error.incomplete && end > start) sink.markError(start, end);
      let next = Math.max(end, p.pos, p.lastEnd);
      if (next <= pos) {
        sink.markError(pos, pos + 1);
        next = pos + 1;
      }
      pos = next;
    }
  }
  return nest(sink.tokens());
}

function nextTokenStart(p: Parser): number {
  try {
    return p.lexer.skipTrivia(p.pos);
  } catch {
    return p.pos;
  }
}

/** Puts tokens inside the string-like token that contains them; drops partial overlaps. */
function nest(sorted: readonly Token[]): Token[] {
  const top: Token[] = [];
  const children = new Map<Token, Token[]>();
  const stack: Token[] = [];
  for (const token of sorted) {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= token.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && token.end > parent.end) continue;
    if (parent) {
      const list = children.get(parent) ?? [];
      list.push(token);
      children.set(parent, list);
    } else {
      top.push(token);
    }
    stack.push(token);
  }
  const build = (token: Token): Token => {
    const nested = children.get(token);
    return nested ? { ...token, nested: nested.map(build) } : token;
  };
  return top.map(build);
}

/**
 * The tokens of `text` in source order, as the parser used them (roles set for command names,
 * member names, types, hashtable keys). Tokens inside expandable strings are in `nested`. A parse
 * error marks the culprit `inError` and tokenizing resumes after it. Never throws.
 */
export function tokenize(text: string): Token[] {
  return collect(text);
}

function highlightKind(token: Token): HighlightKind {
  if (token.inError) return 'error';
  switch (token.kind) {
    case 'Generic':
      return token.role === 'command' ? 'command' : 'text';
    case 'Identifier':
      if (token.role === 'type') return 'type';
      return token.role === 'member' || token.role === 'hashKey' ? 'member' : 'text';
    case 'Keyword':
      return 'keyword';
    case 'Parameter':
      return 'parameter';
    case 'Variable':
    case 'SplattedVariable':
      return 'variable';
    case 'Number':
      return 'number';
    case 'String':
    case 'HereString':
      return 'string';
    case 'TypeLiteral':
      return 'type';
    case 'Operator':
    case 'Redirection':
      return 'operator';
    case 'Punctuation':
      return 'punctuation';
    case 'Comment':
      return 'comment';
    case 'NewLine':
    case 'LineContinuation':
      return 'text';
    case 'Unknown':
      // Unfinished input being typed, not (yet) wrong: errors are flagged with inError.
      return 'text';
  }
}

function flatten(tokens: readonly Token[], from: number, to: number, fill: HighlightKind | undefined, out: HighlightToken[]): void {
  const gap = (start: number, end: number): void => {
    if (end <= start) return;
    // Whitespace, and inside strings the literal text between expansions.
    out.push({ start, end, kind: fill ?? 'text' });
  };
  let pos = from;
  for (const token of tokens) {
    gap(pos, token.start);
    const kind = highlightKind(token);
    if (token.nested && token.nested.length > 0) flatten(token.nested, token.start, token.end, kind, out);
    else out.push({ start: token.start, end: token.end, kind });
    pos = token.end;
  }
  gap(pos, to);
}

/**
 * Colour classes for every character of `text`, in order and without overlap (whitespace is
 * 'text'). Variables inside strings get their own run. Never throws.
 */
export function highlightTokens(text: string): HighlightToken[] {
  const out: HighlightToken[] = [];
  flatten(collect(text), 0, text.length, undefined, out);
  return out;
}
