import { describe, expect, it } from 'vitest';
import {
  bufferOf,
  cursorLine,
  deleteBackward,
  deleteForward,
  insertText,
  killToLineEnd,
  killToLineStart,
  killWhitespaceWordBackward,
  killWordBackward,
  killWordForward,
  moveEnd,
  moveHome,
  moveLeft,
  moveRight,
  moveVertical,
  moveWordLeft,
  moveWordRight,
  replaceRange,
  type Buffer,
} from './buffer.js';

/** Writes a buffer as text with `|` at the cursor, so expectations read like the screen. */
function show(b: Buffer): string {
  return b.text.slice(0, b.cursor) + '|' + b.text.slice(b.cursor);
}
/** The inverse of show(). */
function at(marked: string): Buffer {
  const i = marked.indexOf('|');
  return bufferOf(marked.slice(0, i) + marked.slice(i + 1), i);
}

describe('buffer editing', () => {
  it('inserts and deletes around the cursor', () => {
    expect(show(insertText(at('Get-|Date'), 'X'))).toBe('Get-X|Date');
    expect(show(deleteBackward(at('Get-|Date')))).toBe('Get|Date');
    expect(show(deleteBackward(at('|Date')))).toBe('|Date');
    expect(show(deleteForward(at('Get-|Date')))).toBe('Get-|ate');
    expect(show(deleteForward(at('Date|')))).toBe('Date|');
    expect(show(replaceRange(at('Get-Da|'), 0, 6, 'Get-Date'))).toBe('Get-Date|');
  });

  it('never splits a surrogate pair', () => {
    expect(show(deleteBackward(at('a😀|')))).toBe('a|');
    expect(show(moveLeft(at('a😀|')))).toBe('a|😀');
    expect(show(moveRight(at('a|😀')))).toBe('a😀|');
    expect(show(deleteForward(at('a|😀b')))).toBe('a|b');
  });

  it('moves by words with PSReadLine delimiters', () => {
    const line = 'Get-EntraIDUser -Identity john';
    expect(show(moveWordLeft(at(line + '|')))).toBe('Get-EntraIDUser -Identity |john');
    expect(show(moveWordLeft(at('Get-EntraIDUser -Identity |john')))).toBe('Get-EntraIDUser -|Identity john');
    expect(show(moveWordLeft(at('Get-|EntraIDUser')))).toBe('|Get-EntraIDUser');
    expect(show(moveWordRight(at('|Get-EntraIDUser -Identity')))).toBe('Get|-EntraIDUser -Identity');
    expect(show(moveWordRight(at('Get|-EntraIDUser -Identity')))).toBe('Get-EntraIDUser| -Identity');
  });

  it('kills to the line ends and by words', () => {
    expect(show(killToLineEnd(at('Get-|Date -Format x')))).toBe('Get-|');
    expect(show(killToLineStart(at('Get-|Date')))).toBe('|Date');
    expect(show(killWhitespaceWordBackward(at('Get-Date -Format |')))).toBe('Get-Date |');
    expect(show(killWhitespaceWordBackward(at('a Get-Date|')))).toBe('a |');
    expect(show(killWordBackward(at('Get-Date|')))).toBe('Get-|');
    expect(show(killWordForward(at('|Get-Date')))).toBe('|-Date');
  });

  it('keeps line operations on the cursor line of a multi-line buffer', () => {
    expect(show(moveHome(at('if ($x) {\n  Get-|Date\n}')))).toBe('if ($x) {\n|  Get-Date\n}');
    expect(show(moveEnd(at('if ($x) {\n  Get-|Date\n}')))).toBe('if ($x) {\n  Get-Date|\n}');
    expect(show(killToLineStart(at('a\nbc|d')))).toBe('a\n|d');
    expect(show(killToLineEnd(at('a|\nb')))).toBe('a|b');
    expect(cursorLine(at('a\nb|\nc'))).toEqual({ line: 1, lines: 3 });
  });

  it('moves between lines keeping the column', () => {
    expect(show(moveVertical(at('abcd\nx|y'), -1))).toBe('a|bcd\nxy');
    expect(show(moveVertical(at('ab|cd\nx'), 1))).toBe('abcd\nx|');
    expect(show(moveVertical(at('ab|cd'), 1))).toBe('ab|cd');
    expect(show(moveVertical(at('ab|cd'), -1))).toBe('ab|cd');
  });
});
