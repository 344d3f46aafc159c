/**
 * Type literals: `[datetime]`, `[System.Guid]`, `[string[]]`, `[int[,]]`,
 * `[System.Collections.Generic.List[string]]`, `[Dictionary[string,int]]`.
 */
import type { TypeNameAst } from './ast.js';
import { isBlank, isIdentifierChar } from './chars.js';
import type { ScanContext } from './scan-context.js';

function isTypeNameChar(c: string | undefined): boolean {
  return isIdentifierChar(c) || c === '.' || c === '`' || c === '+';
}

function skipBlanks(text: string, i: number): number {
  while (isBlank(text[i])) i++;
  return i;
}

/** Scans `[ typeName ]` with `pos` at the `[`; returns the type and the position after `]`. */
export function scanTypeLiteral(ctx: ScanContext, pos: number): { typeName: TypeNameAst; end: number } {
  const text = ctx.src.text;
  const { typeName, end } = scanTypeName(ctx, skipBlanks(text, pos + 1), pos, 0);
  const close = skipBlanks(text, end);
  if (text[close] !== ']') {
    ctx.fail('EndSquareBracketExpectedAtEndOfAttribute', '', close, close, close >= text.length);
  }
  return { typeName, end: close + 1 };
}

/** Generic arguments nest; real type names never go this deep. */
const MAX_GENERIC_DEPTH = 32;

function scanTypeName(ctx: ScanContext, pos: number, bracket: number, depth: number): { typeName: TypeNameAst; end: number } {
  const text = ctx.src.text;
  if (depth > MAX_GENERIC_DEPTH) ctx.fail('ScriptTooComplicated', '', bracket, bracket + 1, false);
  let i = pos;
  while (isTypeNameChar(text[i])) i++;
  if (i === pos) ctx.fail('MissingTypename', '', bracket, pos, pos >= text.length);
  const name = text.slice(pos, i);
  let arrayRank = 0;
  const genericArguments: TypeNameAst[] = [];
  // Suffixes: `[]` / `[,]` (arrays, repeatable) and `[T1,T2]` (generic arguments, once, first).
  for (;;) {
    if (text[i] !== '[') break;
    let j = skipBlanks(text, i + 1);
    if (text[j] === ']' || text[j] === ',') {
      let rank = 1;
      while (text[j] === ',') {
        rank++;
        j = skipBlanks(text, j + 1);
      }
      if (text[j] !== ']') ctx.fail('EndSquareBracketExpectedAtEndOfAttribute', '', j, j, j >= text.length);
      arrayRank = arrayRank === 0 ? rank : arrayRank;
      i = j + 1;
      continue;
    }
    if (arrayRank > 0 || genericArguments.length > 0) break;
    for (;;) {
      const wrapped = text[j] === '[';
      const arg = scanTypeName(ctx, skipBlanks(text, wrapped ? j + 1 : j), j, depth + 1);
      genericArguments.push(arg.typeName);
      j = skipBlanks(text, arg.end);
      if (wrapped) {
        if (text[j] !== ']') ctx.fail('EndSquareBracketExpectedAtEndOfAttribute', '', j, j, j >= text.length);
        j = skipBlanks(text, j + 1);
      }
      if (text[j] !== ',') break;
      j = skipBlanks(text, j + 1);
    }
    if (text[j] !== ']') ctx.fail('EndSquareBracketExpectedAtEndOfAttribute', '', j, j, j >= text.length);
    i = j + 1;
  }
  const fullName = text.slice(pos, i).replace(/\s+/g, '');
  return {
    typeName: { type: 'TypeName', fullName, name, arrayRank, genericArguments, span: ctx.src.span(pos, i) },
    end: i,
  };
}
