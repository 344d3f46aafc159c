/**
 * Scanners for everything string-like: variable references, quoted strings, here-strings and
 * argument-mode barewords (which may embed quoted segments, `$x` and `$( ... )`).
 */
import type { ExpandableStringPart, StringQuoteKind } from './ast.js';
import { endsBareword, isDoubleQuote, isHexDigit, isSingleQuote, isVariableChar } from './chars.js';
import type { ScanContext } from './scan-context.js';

/** Builds the value and the expansion parts of an expandable string as it is scanned. */
export class PartsBuilder {
  readonly #ctx: ScanContext;
  readonly #parts: ExpandableStringPart[] = [];
  #text = '';
  #textStart: number;
  #value = '';
  #hasExpansion = false;

  constructor(ctx: ScanContext, start: number) {
    this.#ctx = ctx;
    this.#textStart = start;
  }

  appendText(text: string): void {
    this.#text += text;
    this.#value += text;
  }

  addExpansion(part: ExpandableStringPart, sourceStart: number, sourceEnd: number): void {
    this.#flushText(sourceStart);
    this.#parts.push(part);
    this.#hasExpansion = true;
    this.#textStart = sourceEnd;
    this.#value += this.#ctx.src.slice(sourceStart, sourceEnd);
  }

  finish(end: number): { value: string; parts: readonly ExpandableStringPart[] | undefined } {
    if (!this.#hasExpansion) return { value: this.#value, parts: undefined };
    this.#flushText(end);
    return { value: this.#value, parts: this.#parts };
  }

  #flushText(end: number): void {
    if (this.#text === '') return;
    this.#parts.push({ type: 'Text', value: this.#text, span: this.#ctx.src.span(this.#textStart, end) });
    this.#text = '';
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decodes the escape after a backtick at `pos - 1`; returns the text and the position after it. */
export function scanEscape(ctx: ScanContext, pos: number): { text: string; end: number } {
  const text = ctx.src.text;
  const c = text[pos] ?? '';
  if (c === '\r' && text[pos + 1] === '\n') return { text: '\r\n', end: pos + 2 };
  if (c === 'u' && text[pos + 1] === '{') {
    let i = pos + 2;
    while (i < text.length && isHexDigit(text[i]) && i - pos - 2 < 6) i++;
    if (i === pos + 2 || text[i] !== '}') ctx.fail('InvalidUnicodeEscapeSequence', '', pos - 1, i, false);
    const code = parseInt(text.slice(pos + 2, i), 16);
    if (code > 0x10ffff) ctx.fail('InvalidUnicodeEscapeSequenceValue', '', pos - 1, i + 1, false);
    return { text: String.fromCodePoint(code), end: i + 1 };
  }
  return { text: SIMPLE_ESCAPES[c] ?? c, end: pos + 1 };
}

/** Appends the escape that follows the backtick at `pos` to `builder`; returns the position after it. */
export function appendEscape(ctx: ScanContext, pos: number, builder: PartsBuilder): number {
  const escaped = scanEscape(ctx, pos + 1);
  builder.appendText(escaped.text);
  return escaped.end;
}

export interface VariableRef {
  readonly name: string;
  readonly scope: string | undefined;
  readonly end: number;
}

function splitScope(full: string, end: number): VariableRef {
  const colon = full.indexOf(':');
  if (colon <= 0) return { name: full, scope: undefined, end };
  return { name: full.slice(colon + 1), scope: full.slice(0, colon), end };
}

/** Scans `$name`, `$env:X`, `${any name}`, `$_`, `$?`, `$$`, `$^` at `pos` (the `$`); undefined if none. */
export function scanVariableRef(ctx: ScanContext, pos: number): VariableRef | undefined {
  const text = ctx.src.text;
  const first = text[pos + 1];
  if (first === '{') {
    let name = '';
    let i = pos + 2;
    for (;;) {
      const c = text[i];
      if (c === undefined) ctx.fail('IncompleteDollarVariableReference', '', pos, i, true);
      if (c === '}') break;
      if (c === '`' && i + 1 < text.length) {
        const escaped = scanEscape(ctx, i + 1);
        name += escaped.text;
        i = escaped.end;
        continue;
      }
      name += c;
      i++;
    }
    if (name === '') ctx.fail('EmptyVariableReference', '', pos, i + 1, false);
    return splitScope(name, i + 1);
  }
  if (first === '$' || first === '?' || first === '^') return { name: first, scope: undefined, end: pos + 2 };
  if (!isVariableChar(first)) return undefined;
  let i = pos + 1;
  let sawColon = false;
  while (i < text.length) {
    const c = text[i];
    if (isVariableChar(c)) {
      i++;
    } else if (c === ':' && !sawColon && text[i + 1] !== ':') {
      sawColon = true;
      i++;
      if (!isVariableChar(text[i])) ctx.fail('InvalidVariableReferenceWithDrive', '', pos, i, false);
    } else {
      break;
    }
  }
  return splitScope(text.slice(pos + 1, i), i);
}

/**
 * Handles a `$` inside an expandable string or bareword: `$( ... )` or a variable becomes an
 * expansion part, anything else leaves the `$` as literal text; returns the position after it.
 */
export function scanDollarExpansion(ctx: ScanContext, pos: number, builder: PartsBuilder): number {
  if (ctx.src.text[pos + 1] === '(') {
    const { node, end } = ctx.parseSubExpression(pos, pos + 2);
    builder.addExpansion(node, pos, end);
    return end;
  }
  const ref = scanVariableRef(ctx, pos);
  if (!ref) {
    builder.appendText('$');
    return pos + 1;
  }
  ctx.sink.add(pos, ref.end, 'Variable');
  const span = ctx.src.span(pos, ref.end);
  builder.addExpansion({ type: 'Variable', name: ref.name, ...(ref.scope ? { scope: ref.scope } : {}), span }, pos, ref.end);
  return ref.end;
}

function failUnterminated(ctx: ScanContext, start: number, terminator: string, kind: 'String' | 'HereString'): never {
  ctx.sink.add(start, ctx.src.length, kind);
  return ctx.fail('TerminatorExpectedAtEndOfString', terminator, start, ctx.src.length, true);
}

/** `'...'` starting at `pos` (the quote); `''` is an escaped quote. Returns the content and end. */
export function scanSingleQuoted(ctx: ScanContext, pos: number): { value: string; end: number } {
  const text = ctx.src.text;
  let value = '';
  let i = pos + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) failUnterminated(ctx, pos, "'", 'String');
    if (isSingleQuote(c)) {
      if (isSingleQuote(text[i + 1])) {
        value += text[i + 1];
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i++;
  }
}

/** The body of `"..."` from the opening quote at `pos`; fills `builder`, returns the end. */
export function scanDoubleQuotedInto(ctx: ScanContext, pos: number, builder: PartsBuilder): number {
  const text = ctx.src.text;
  let i = pos + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined) failUnterminated(ctx, pos, '"', 'String');
    if (isDoubleQuote(c)) {
      if (!isDoubleQuote(text[i + 1])) return i + 1;
      builder.appendText(text[i + 1] ?? '');
      i += 2;
    } else if (c === '`' && i + 1 < text.length) {
      i = appendEscape(ctx, i, builder);
    } else if (c === '$') {
      i = scanDollarExpansion(ctx, i, builder);
    } else {
      builder.appendText(c);
      i++;
    }
  }
}

export interface ScannedString {
  readonly value: string;
  readonly parts: readonly ExpandableStringPart[] | undefined;
  readonly quoteKind: StringQuoteKind;
  readonly end: number;
}

export function scanDoubleQuoted(ctx: ScanContext, pos: number): ScannedString {
  const builder = new PartsBuilder(ctx, pos + 1);
  const end = scanDoubleQuotedInto(ctx, pos, builder);
  return { ...builder.finish(end - 1), quoteKind: 'double', end };
}

/**
 * An argument-mode bareword from `pos` to the next terminator. Quoted segments are unquoted
 * (`a'b'c` → `abc`), backtick escapes apply, `$x` and `$( ... )` expand; `#` is literal.
 */
export function scanBareword(ctx: ScanContext, pos: number): ScannedString {
  const text = ctx.src.text;
  const builder = new PartsBuilder(ctx, pos);
  let i = pos;
  while (!endsBareword(text[i])) {
    const c = text[i] ?? '';
    if (c === '`') {
      if (i + 1 >= text.length) ctx.fail('IncompleteLineContinuation', '', i, i + 1, true);
      i = appendEscape(ctx, i, builder);
    } else if (isSingleQuote(c)) {
      const quoted = scanSingleQuoted(ctx, i);
      builder.appendText(quoted.value);
      i = quoted.end;
    } else if (isDoubleQuote(c)) {
      i = scanDoubleQuotedInto(ctx, i, builder);
    } else if (c === '$') {
      i = scanDollarExpansion(ctx, i, builder);
    } else {
      builder.appendText(c);
      i++;
    }
  }
  return { ...builder.finish(i), quoteKind: 'bareword', end: i };
}
