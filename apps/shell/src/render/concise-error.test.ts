import { ErrorRecord } from '@entra-shell/core';
import { describe, expect, it } from 'vitest';
import { stripAnsi } from './ansi.js';
import { renderConciseError } from './concise-error.js';

describe('renderConciseError', () => {
  it('prints `Command: message` in bright red', () => {
    const record = new ErrorRecord({ message: "User 'x@contoso.com' was not found.", commandName: 'New-EntraIDUserTemporaryAccessPass' });
    expect(renderConciseError(record, true)).toBe("\x1b[31;1mNew-EntraIDUserTemporaryAccessPass: User 'x@contoso.com' was not found.\x1b[0m");
    expect(renderConciseError(record, false)).toBe("New-EntraIDUserTemporaryAccessPass: User 'x@contoso.com' was not found.");
  });

  it('falls back to the category, then Exception, when no command reported it', () => {
    expect(renderConciseError(new ErrorRecord({ message: 'boom', category: 'InvalidOperation' }), false)).toBe('InvalidOperation: boom');
    expect(renderConciseError(new ErrorRecord({ message: 'boom' }), false)).toBe('Exception: boom');
  });

  it('shows the Line | block with a caret underline for parse errors', () => {
    const record = new ErrorRecord({
      message: "The string is missing the terminator: '.",
      category: 'ParserError',
      position: { span: { start: 9, end: 13, line: 1, column: 10 }, lineText: "Get-Date 'abc" },
    });
    expect(renderConciseError(record, false).split('\n')).toEqual([
      'ParserError: ',
      'Line |',
      "   1 |  Get-Date 'abc",
      '     |           ~~~~',
      "     | The string is missing the terminator: '.",
    ]);
    const colored = renderConciseError(record, true);
    expect(colored).toContain('\x1b[36;1mLine |');
    expect(colored).toContain('\x1b[31;1m');
    expect(stripAnsi(colored)).toBe(renderConciseError(record, false));
  });

  it('names the script file and line for errors in scripts', () => {
    const record = new ErrorRecord({
      message: "A parameter cannot be found that matches parameter name 'Bogus'.",
      commandName: 'Get-Date',
      position: { span: { start: 30, end: 36, line: 12345, column: 10 }, lineText: 'Get-Date -Bogus', scriptName: '/tmp/a.ps1' },
    });
    expect(renderConciseError(record, false).split('\n')).toEqual([
      'Get-Date: /tmp/a.ps1:12345',
      ' Line |',
      '12345 |  Get-Date -Bogus',
      '      |           ~~~~~~',
      "      | A parameter cannot be found that matches parameter name 'Bogus'.",
    ]);
  });

  it('marks at least one character when the culprit is missing (end of input)', () => {
    const record = new ErrorRecord({
      message: "Missing closing ')' in expression.",
      category: 'ParserError',
      position: { span: { start: 5, end: 5, line: 1, column: 6 }, lineText: '(1 + ' },
    });
    expect(renderConciseError(record, false).split('\n')[3]).toBe('     |       ~');
  });
});
