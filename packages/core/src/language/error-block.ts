/**
 * PowerShell 7's concise view of a parse error (`$ErrorView = 'ConciseView'`):
 *
 *   ParserError: 
 *   Line |
 *      1 |  Get-Thing 'abc
 *        |            ~~~~
 *        | The string is missing the terminator: '.
 *
 * Plain text (no colours): the host adds those.
 */
import type { ParseError } from './parse-error.js';
import { SourceText } from './source-text.js';

export interface ParseErrorBlockOptions {
  /** Wrap the message to this many columns, as pwsh does to the window width. */
  readonly width?: number;
}

export function formatParseErrorBlock(source: string, error: ParseError, options: ParseErrorBlockOptions = {}): string {
  const src = new SourceText(source);
  const { line, column, start, end } = error.span;
  const lineNumber = String(line);
  const headerPad = ' '.repeat(Math.max(0, lineNumber.length - 4));
  const numberPad = ' '.repeat(Math.max(0, 4 - lineNumber.length));
  const code = src.lineText(line);
  const offset = column - 1;
  // A span running past its line is underlined to the line's end; an empty one gets one `~`.
  const underline = Math.max(1, Math.min(end - start, code.length - offset));
  const prefix = `${headerPad}     | `;
  const message = error.message.replace(/\r?\n/g, ' ');
  return [
    'ParserError: ',
    `${headerPad}Line |`,
    `${numberPad}${lineNumber} |  ${code}`,
    `${prefix} ${' '.repeat(offset)}${'~'.repeat(underline)}`,
    ...wrap(message, options.width, prefix.length).map((part) => prefix + part),
  ].join('\n');
}

function wrap(message: string, width: number | undefined, indent: number): string[] {
  if (!width || indent + message.length <= width) return [message];
  const room = Math.max(10, width - indent);
  const lines: string[] = [];
  let rest = message;
  while (rest.length > room) {
    let cut = rest.lastIndexOf(' ', room);
    if (cut <= 0) cut = room;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  lines.push(rest);
  return lines;
}
