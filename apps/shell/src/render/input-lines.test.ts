import { describe, expect, it } from 'vitest';
import type { HighlightSpan } from '../backend/types.js';
import { stripAnsi } from './ansi.js';
import { renderInputLines, type InputView } from './input-lines.js';

const PROMPT = 'PS demo:contoso.onmicrosoft.com> ';

function view(text: string, spans: HighlightSpan[] = [], extra: Partial<InputView> = {}): InputView {
  return { prompt: PROMPT, text, cursor: text.length, spans, prediction: '', color: true, showCursor: true, ...extra };
}

describe('renderInputLines', () => {
  it('colours tokens with the PSReadLine palette', () => {
    const text = "Get-Date -Format 'yyyy' $x 42 # c";
    const spans: HighlightSpan[] = [
      { start: 0, end: 8, kind: 'command' },
      { start: 9, end: 16, kind: 'parameter' },
      { start: 17, end: 23, kind: 'string' },
      { start: 24, end: 26, kind: 'variable' },
      { start: 27, end: 29, kind: 'number' },
      { start: 30, end: 33, kind: 'comment' },
    ];
    const [line] = renderInputLines(view(text, spans, { showCursor: false }));
    expect(line).toContain('\x1b[93mGet-Date');
    expect(line).toContain('\x1b[90m-Format');
    expect(line).toContain("\x1b[36m'yyyy'");
    expect(line).toContain('\x1b[92m$x');
    expect(line).toContain('\x1b[97m42');
    expect(line).toContain('\x1b[32m# c');
    expect(stripAnsi(line ?? '')).toBe(PROMPT + text);
  });

  it('paints parse errors red', () => {
    const [line] = renderInputLines(view("'abc", [{ start: 0, end: 4, kind: 'error' }], { showCursor: false }));
    expect(line).toContain("\x1b[91m'abc");
  });

  it('draws the cursor in reverse video where it is', () => {
    const [line] = renderInputLines(view('Get-Date', [], { cursor: 4, color: false }));
    expect(line).toBe(`${PROMPT}Get-\x1b[7mD\x1b[27mate`);
    const [atEnd] = renderInputLines(view('ab', [], { color: false }));
    expect(atEnd).toBe(`${PROMPT}ab\x1b[7m \x1b[0m`);
  });

  it('shows the prediction dim after the cursor at the end of the line', () => {
    const [line] = renderInputLines(view('Get-E', [], { color: false, prediction: 'ntraIDUser' }));
    expect(stripAnsi(line ?? '')).toBe(`${PROMPT}Get-EntraIDUser`);
    expect(line).toContain('\x1b[2;3mtraIDUser');
    const [middle] = renderInputLines(view('Get-E', [], { color: false, prediction: 'ntraIDUser', cursor: 2 }));
    expect(stripAnsi(middle ?? '')).toBe(`${PROMPT}Get-E`);
  });

  it('puts >> before continuation lines', () => {
    const lines = renderInputLines(view('if ($x) {\n  Get-Date\n}', [], { color: false, showCursor: false }));
    expect(lines.map(stripAnsi)).toEqual([`${PROMPT}if ($x) {`, '>>   Get-Date', '>> }']);
  });

  it('turns token colours off without colour', () => {
    const [line] = renderInputLines(view('Get-Date', [{ start: 0, end: 8, kind: 'command' }], { color: false, showCursor: false }));
    expect(line).toBe(`${PROMPT}Get-Date`);
  });
});
