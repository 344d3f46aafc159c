import { describe, expect, it } from 'vitest';
import { formatParseErrorBlock } from './error-block.js';
import { ParseError } from './parse-error.js';
import { parseScript } from './parse-script.js';

function block(source: string, width?: number): string {
  try {
    parseScript(source);
  } catch (error) {
    if (error instanceof ParseError) return formatParseErrorBlock(source, error, width === undefined ? {} : { width });
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('formatParseErrorBlock', () => {
  it("lays out PowerShell 7's concise parse error view", () => {
    expect(block("Get-Thing 'abc")).toBe(
      ['ParserError: ', 'Line |', "   1 |  Get-Thing 'abc", '     |            ~~~~', "     | The string is missing the terminator: '."].join('\n'),
    );
  });

  it('underlines a missing token with a single ~ and shows the right line', () => {
    expect(block('Get-X -A 1\nGet-Y (Get-Date')).toBe(
      ['ParserError: ', 'Line |', '   2 |  Get-Y (Get-Date', '     |                 ~', "     | Missing closing ')' in expression."].join('\n'),
    );
  });

  it('pads long line numbers like pwsh', () => {
    const source = `${'\n'.repeat(12344)}1 +`;
    expect(block(source).split('\n').slice(1, 4)).toEqual([' Line |', '12345 |  1 +', '      |     ~']);
  });

  it('underlines only the first line of a multi-line culprit', () => {
    expect(block("Write-Output 'abc\ndef").split('\n')[3]).toBe('     |               ~~~~');
  });

  it('puts multi-line messages on one line and wraps to a width', () => {
    const text = block('foreach ($x in $y)', 60);
    expect(text.split('\n').slice(4)).toEqual([
      '     | Missing statement body in foreach loop. The correct',
      '     | form is: foreach ($a in $b) {...}',
    ]);
  });
});
