/**
 * PowerShell 7's concise error view ($ErrorView = 'ConciseView'):
 *
 *   Get-Thing: The message.
 *
 * and, for parse errors, errors in script files and errors on a later line of the input, the
 * position block:
 *
 *   ParserError:
 *   Line |
 *      1 |  Get-Date 'abc
 *        |           ~~~~
 *        | The string is missing the terminator: '.
 *
 * Whole lines in $PSStyle.Formatting.Error (bright red), the gutter in ErrorAccent.
 */
import type { ErrorRecord } from '@entra-shell/core';
import { SGR } from './ansi.js';

/** What PowerShell prints before the colon: the command, else the category, else 'Exception'. */
export function errorReason(record: ErrorRecord): string {
  if (record.commandName) return record.commandName;
  if (record.category !== 'NotSpecified') return record.category;
  return 'Exception';
}

function showsPositionBlock(record: ErrorRecord): boolean {
  const position = record.position;
  if (!position) return false;
  return record.category === 'ParserError' || position.scriptName !== undefined || position.span.line > 1;
}

export function renderConciseError(record: ErrorRecord, color: boolean): string {
  const err = color ? SGR.error : '';
  const accent = color ? SGR.errorAccent : '';
  const reset = color ? SGR.reset : '';
  const reason = errorReason(record);
  const position = record.position;
  if (!position || !showsPositionBlock(record)) {
    return `${err}${reason}: ${record.message}${reset}`;
  }

  const lineNumber = String(position.span.line);
  const headerPad = ' '.repeat(Math.max(0, lineNumber.length - 4));
  const numberPad = ' '.repeat(Math.max(0, 4 - lineNumber.length));
  // The span's own line: position.lineText may hold the following lines of a multi-line span.
  const code = (position.lineText.split(/\r?\n/)[0] ?? '').replace(/\t/g, ' ');
  const column = Math.max(0, Math.min(position.span.column - 1, code.length));
  const underline = Math.max(1, Math.min(position.span.end - position.span.start, code.length - column));
  const gutter = `${accent}${headerPad}     |${reset}`;

  // Highlight the culprit inside the code line, as pwsh does, unless it is the whole line.
  const highlighted =
    color && underline < code.length
      ? code.slice(0, column) + accent + code.slice(column, column + underline) + reset + code.slice(column + underline)
      : code;

  const lines = [
    `${err}${reason}: ${reset}${position.scriptName ? `${position.scriptName}:${lineNumber}` : ''}`,
    `${accent}${headerPad}Line |${reset}`,
    `${accent}${numberPad}${lineNumber} |${reset}  ${highlighted}`,
    `${gutter}${err}  ${' '.repeat(column)}${'~'.repeat(underline)}${reset}`,
    ...record.message.split('\n').map((m) => `${gutter}${err} ${m}${reset}`),
  ];
  return lines.join('\n');
}
