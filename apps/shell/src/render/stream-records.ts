/**
 * The side streams as pwsh prints them: `WARNING: ` (yellow), `VERBOSE: ` and `DEBUG: ` (yellow),
 * Write-Host text in its console colours, and Write-Information's message data.
 */
import type { DebugRecord, InformationRecord, VerboseRecord, WarningRecord } from '@entra-shell/core';
import { SGR } from './ansi.js';

function prefixed(prefix: string, message: string, sgr: string, color: boolean): string {
  return message
    .split('\n')
    .map((line) => (color ? `${sgr}${prefix}${line}${SGR.reset}` : `${prefix}${line}`))
    .join('\n');
}

export function renderWarning(record: WarningRecord, color: boolean): string {
  return prefixed('WARNING: ', record.message, SGR.warning, color);
}

export function renderVerbose(record: VerboseRecord, color: boolean): string {
  return prefixed('VERBOSE: ', record.message, SGR.verbose, color);
}

export function renderDebug(record: DebugRecord, color: boolean): string {
  return prefixed('DEBUG: ', record.message, SGR.debug, color);
}

/** System.ConsoleColor → SGR foreground code (background is +10). */
const CONSOLE_COLORS: Readonly<Record<string, number>> = {
  black: 30,
  darkred: 31,
  darkgreen: 32,
  darkyellow: 33,
  darkblue: 34,
  darkmagenta: 35,
  darkcyan: 36,
  gray: 37,
  darkgray: 90,
  red: 91,
  green: 92,
  yellow: 93,
  blue: 94,
  magenta: 95,
  cyan: 96,
  white: 97,
};

/** Write-Host / Write-Information text; `noNewline` is the caller's business (it joins lines). */
export function renderInformation(record: InformationRecord, color: boolean): string {
  const text = record.hostText ?? String(record.messageData ?? '');
  const codes: number[] = [];
  const fg = record.foregroundColor ? CONSOLE_COLORS[record.foregroundColor.toLowerCase()] : undefined;
  const bg = record.backgroundColor ? CONSOLE_COLORS[record.backgroundColor.toLowerCase()] : undefined;
  if (fg !== undefined) codes.push(fg);
  if (bg !== undefined) codes.push(bg + 10);
  if (!color || codes.length === 0 || text === '') return text;
  return `\x1b[${codes.join(';')}m${text}${SGR.reset}`;
}
