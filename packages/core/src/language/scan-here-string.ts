/**
 * Here-strings: `@'...'@` (verbatim) and `@"..."@` (expandable). The header must end its line,
 * the footer must start one, and the newline before the footer is not part of the value.
 */
import type { ExpandableStringPart } from './ast.js';
import { isBlank, isDoubleQuote, isNewline, isSingleQuote } from './chars.js';
import type { ScanContext } from './scan-context.js';
import { appendEscape, PartsBuilder, scanDollarExpansion, type ScannedString } from './scan-strings.js';

/** `@'...'@` / `@"..."@` at `pos` (the `@`): header line, content lines, footer at a line start. */
export function scanHereString(ctx: ScanContext, pos: number): ScannedString {
  const text = ctx.src.text;
  const double = isDoubleQuote(text[pos + 1]);
  const terminator = double ? '"@' : "'@";
  let i = pos + 2;
  while (isBlank(text[i])) i++;
  if (i >= text.length) {
    ctx.sink.add(pos, text.length, 'HereString');
    ctx.fail('TerminatorExpectedAtEndOfString', terminator, pos, text.length, true);
  }
  if (!isNewline(text[i])) ctx.fail('UnexpectedCharactersAfterHereStringHeader', '', pos, i, false);
  i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  const contentStart = i;
  const isQuote = double ? isDoubleQuote : isSingleQuote;
  const builder = new PartsBuilder(ctx, contentStart);
  let falseFooter = -1;
  let lineStart = true;
  for (;;) {
    if (lineStart) {
      if (isQuote(text[i]) && text[i + 1] === '@') {
        const result = builder.finish(i);
        return { value: stripFinalNewline(result.value), parts: trimFinalNewlinePart(result.parts), quoteKind: double ? 'doubleHere' : 'singleHere', end: i + 2 };
      }
      let j = i;
      while (isBlank(text[j])) j++;
      if (j > i && isQuote(text[j]) && text[j + 1] === '@' && falseFooter < 0) falseFooter = j;
      lineStart = false;
    }
    const c = text[i];
    if (c === undefined) {
      ctx.sink.add(pos, text.length, 'HereString');
      if (falseFooter >= 0) ctx.fail('WhitespaceBeforeHereStringFooter', '', falseFooter, falseFooter + 2, true);
      ctx.fail('TerminatorExpectedAtEndOfString', terminator, pos, text.length, true);
    }
    if (isNewline(c)) {
      const nl = c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
      builder.appendText(nl);
      i += nl.length;
      lineStart = true;
    } else if (double && c === '`' && i + 1 < text.length) {
      i = appendEscape(ctx, i, builder);
    } else if (double && c === '$') {
      i = scanDollarExpansion(ctx, i, builder);
    } else {
      builder.appendText(c);
      i++;
    }
  }
}

function stripFinalNewline(value: string): string {
  if (value.endsWith('\r\n')) return value.slice(0, -2);
  if (value.endsWith('\n') || value.endsWith('\r')) return value.slice(0, -1);
  return value;
}

function trimFinalNewlinePart(parts: readonly ExpandableStringPart[] | undefined): readonly ExpandableStringPart[] | undefined {
  if (!parts) return undefined;
  const last = parts[parts.length - 1];
  if (last?.type !== 'Text') return parts;
  const value = stripFinalNewline(last.value);
  const trimmed = parts.slice(0, -1);
  if (value !== '') trimmed.push({ ...last, value });
  return trimmed;
}
