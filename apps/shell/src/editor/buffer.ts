/**
 * The edit buffer and every editing operation on it, as pure functions. The buffer may hold
 * several lines (multi-line input keeps its newlines); "line" operations (Home, End, Ctrl+K,
 * Ctrl+U) act on the line the cursor is on, as PSReadLine does.
 */

export interface Buffer {
  readonly text: string;
  /** Offset into `text`, 0..text.length (UTF-16 units). */
  readonly cursor: number;
}

export const emptyBuffer: Buffer = { text: '', cursor: 0 };

export function bufferOf(text: string, cursor = text.length): Buffer {
  return { text, cursor: Math.max(0, Math.min(cursor, text.length)) };
}

/** PSReadLine's word delimiters (besides whitespace), used by Alt+B/F and Ctrl+Left/Right. */
const WORD_DELIMITERS = new Set([...';:,.[]{}()/\\|^&*-=+\'"–—―']);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && !/\s/.test(ch) && !WORD_DELIMITERS.has(ch);
}

function lineStart(text: string, cursor: number): number {
  return text.lastIndexOf('\n', cursor - 1) + 1;
}

function lineEnd(text: string, cursor: number): number {
  const nl = text.indexOf('\n', cursor);
  return nl === -1 ? text.length : nl;
}

export function insertText(b: Buffer, s: string): Buffer {
  return { text: b.text.slice(0, b.cursor) + s + b.text.slice(b.cursor), cursor: b.cursor + s.length };
}

/** Replaces `text[start, end)` and puts the cursor after the replacement (completion uses this). */
export function replaceRange(b: Buffer, start: number, end: number, s: string): Buffer {
  return { text: b.text.slice(0, start) + s + b.text.slice(end), cursor: start + s.length };
}

export function deleteBackward(b: Buffer): Buffer {
  if (b.cursor === 0) return b;
  // Remove a whole surrogate pair so an emoji never turns into half a character.
  const width = isLowSurrogate(b.text.charCodeAt(b.cursor - 1)) && b.cursor >= 2 ? 2 : 1;
  return { text: b.text.slice(0, b.cursor - width) + b.text.slice(b.cursor), cursor: b.cursor - width };
}

export function deleteForward(b: Buffer): Buffer {
  if (b.cursor >= b.text.length) return b;
  const width = isHighSurrogate(b.text.charCodeAt(b.cursor)) ? 2 : 1;
  return { text: b.text.slice(0, b.cursor) + b.text.slice(b.cursor + width), cursor: b.cursor };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function moveLeft(b: Buffer): Buffer {
  if (b.cursor === 0) return b;
  const width = isLowSurrogate(b.text.charCodeAt(b.cursor - 1)) && b.cursor >= 2 ? 2 : 1;
  return { ...b, cursor: b.cursor - width };
}

export function moveRight(b: Buffer): Buffer {
  if (b.cursor >= b.text.length) return b;
  const width = isHighSurrogate(b.text.charCodeAt(b.cursor)) ? 2 : 1;
  return { ...b, cursor: b.cursor + width };
}

export function moveHome(b: Buffer): Buffer {
  return { ...b, cursor: lineStart(b.text, b.cursor) };
}

export function moveEnd(b: Buffer): Buffer {
  return { ...b, cursor: lineEnd(b.text, b.cursor) };
}

/** Start of the previous word (Alt+B, Ctrl+Left). */
export function wordStartBefore(text: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(text[i - 1])) i--;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return i;
}

/** End of the next word (Alt+F, Ctrl+Right). */
export function wordEndAfter(text: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && !isWordChar(text[i])) i++;
  while (i < text.length && isWordChar(text[i])) i++;
  return i;
}

export function moveWordLeft(b: Buffer): Buffer {
  return { ...b, cursor: wordStartBefore(b.text, b.cursor) };
}

export function moveWordRight(b: Buffer): Buffer {
  return { ...b, cursor: wordEndAfter(b.text, b.cursor) };
}

/** Ctrl+K: delete from the cursor to the end of its line. */
export function killToLineEnd(b: Buffer): Buffer {
  const end = lineEnd(b.text, b.cursor);
  // At the end of a line of a multi-line buffer, join with the next line as Emacs does.
  const cut = end === b.cursor && end < b.text.length ? end + 1 : end;
  return { text: b.text.slice(0, b.cursor) + b.text.slice(cut), cursor: b.cursor };
}

/** Ctrl+U: delete from the start of the cursor's line to the cursor. */
export function killToLineStart(b: Buffer): Buffer {
  const start = lineStart(b.text, b.cursor);
  return { text: b.text.slice(0, start) + b.text.slice(b.cursor), cursor: start };
}

/** Ctrl+W: delete the whitespace-delimited word before the cursor (unix-word-rubout). */
export function killWhitespaceWordBackward(b: Buffer): Buffer {
  let i = b.cursor;
  while (i > 0 && /[ \t]/.test(b.text[i - 1] ?? '')) i--;
  while (i > 0 && !/\s/.test(b.text[i - 1] ?? '')) i--;
  return { text: b.text.slice(0, i) + b.text.slice(b.cursor), cursor: i };
}

/** Alt+Backspace: delete the word (PSReadLine delimiters) before the cursor. */
export function killWordBackward(b: Buffer): Buffer {
  const start = wordStartBefore(b.text, b.cursor);
  return { text: b.text.slice(0, start) + b.text.slice(b.cursor), cursor: start };
}

/** Alt+D: delete to the end of the next word. */
export function killWordForward(b: Buffer): Buffer {
  const end = wordEndAfter(b.text, b.cursor);
  return { text: b.text.slice(0, b.cursor) + b.text.slice(end), cursor: b.cursor };
}

/** Which line the cursor is on (0-based) and how many lines the buffer has. */
export function cursorLine(b: Buffer): { line: number; lines: number } {
  const before = b.text.slice(0, b.cursor);
  return { line: before.split('\n').length - 1, lines: b.text.split('\n').length };
}

/** Up/Down inside a multi-line buffer: keep the column where possible. */
export function moveVertical(b: Buffer, direction: -1 | 1): Buffer {
  const start = lineStart(b.text, b.cursor);
  const column = b.cursor - start;
  if (direction < 0) {
    if (start === 0) return b;
    const prevStart = lineStart(b.text, start - 1);
    return { ...b, cursor: Math.min(prevStart + column, start - 1) };
  }
  const end = lineEnd(b.text, b.cursor);
  if (end >= b.text.length) return b;
  const nextStart = end + 1;
  return { ...b, cursor: Math.min(nextStart + column, lineEnd(b.text, nextStart)) };
}
