import { describe, expect, it } from 'vitest';
import type { HighlightSpan } from '../backend/types.js';
import { stripAnsi } from './ansi.js';
import { displayWidth } from './display-width.js';
import { renderInputLines, type InputView } from './input-lines.js';

const PROMPT = 'PS demo:contoso.onmicrosoft.com> ';

function view(text: string, spans: HighlightSpan[] = [], extra: Partial<InputView> = {}): InputView {
  return { prompt: PROMPT, text, cursor: text.length, spans, prediction: '', color: true, columns: Infinity, ...extra };
}

const plain = (v: InputView): string[] => renderInputLines(v).lines.map(stripAnsi);

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
    const [line = ''] = renderInputLines(view(text, spans)).lines;
    expect(line).toContain('\x1b[93mGet-Date');
    expect(line).toContain('\x1b[90m-Format');
    expect(line).toContain("\x1b[36m'yyyy'");
    expect(line).toContain('\x1b[92m$x');
    expect(line).toContain('\x1b[97m42');
    expect(line).toContain('\x1b[32m# c');
    expect(stripAnsi(line)).toBe(PROMPT + text);
  });

  it('paints parse errors red', () => {
    expect(renderInputLines(view("'abc", [{ start: 0, end: 4, kind: 'error' }])).lines[0]).toContain("\x1b[91m'abc");
  });

  it('places the cursor after the prompt and the text before it', () => {
    expect(renderInputLines(view('Get-Date', [], { cursor: 4 })).cursor).toEqual({ x: PROMPT.length + 4, y: 0 });
    expect(renderInputLines(view('ab')).cursor).toEqual({ x: PROMPT.length + 2, y: 0 });
  });

  it('shows the prediction dim after the cursor at the end of the line only', () => {
    const r = renderInputLines(view('Get-E', [], { color: false, prediction: 'ntraIDUser' }));
    expect(r.lines.map(stripAnsi)).toEqual([`${PROMPT}Get-EntraIDUser`]);
    expect(r.lines[0]).toContain('\x1b[2;3mntraIDUser');
    expect(r.cursor).toEqual({ x: PROMPT.length + 5, y: 0 });
    expect(plain(view('Get-E', [], { prediction: 'ntraIDUser', cursor: 2 }))).toEqual([`${PROMPT}Get-E`]);
  });

  it('puts >> before continuation lines and the cursor on its line', () => {
    const r = renderInputLines(view('if ($x) {\n  Get-Date\n}', [], { color: false, cursor: 14 }));
    expect(r.lines.map(stripAnsi)).toEqual([`${PROMPT}if ($x) {`, '>>   Get-Date', '>> }']);
    expect(r.cursor).toEqual({ x: 7, y: 1 });
  });

  it('wraps at the terminal width itself, so the cursor position stays exact', () => {
    const text = 'x'.repeat(50);
    const r = renderInputLines(view(text, [], { prompt: 'PS> ', columns: 20, color: false, cursor: 30 }));
    expect(r.lines.map(stripAnsi)).toEqual(['PS> ' + 'x'.repeat(16), 'x'.repeat(20), 'x'.repeat(14)]);
    expect(r.cursor).toEqual({ x: 14, y: 1 });
    // A full last row: the cursor goes to the start of a new row.
    const full = renderInputLines(view('x'.repeat(16), [], { prompt: 'PS> ', columns: 20, color: false }));
    expect(full.cursor).toEqual({ x: 0, y: 1 });
    expect(full.lines.map(stripAnsi)).toEqual(['PS> ' + 'x'.repeat(16), '']);
  });

  it('carries the colour across a wrap and counts wide characters as two cells', () => {
    const r = renderInputLines(view('Get-EntraIDUser', [{ start: 0, end: 15, kind: 'command' }], { prompt: '> ', columns: 10 }));
    expect(r.lines[1]?.startsWith('\x1b[93m')).toBe(true);
    expect(displayWidth('日本')).toBe(4);
    expect(renderInputLines(view('日本', [], { prompt: '> ', color: false })).cursor).toEqual({ x: 6, y: 0 });
  });

  it('turns token colours off without colour', () => {
    expect(renderInputLines(view('Get-Date', [{ start: 0, end: 8, kind: 'command' }], { color: false })).lines).toEqual([`${PROMPT}Get-Date`]);
  });
});
