/** System.ConsoleColor: the sixteen colours Write-Host and the host understand. */
import { enumeration } from '../../cmdlet/index.js';

export const consoleColorNames = [
  'Black',
  'DarkBlue',
  'DarkGreen',
  'DarkCyan',
  'DarkRed',
  'DarkMagenta',
  'DarkYellow',
  'Gray',
  'DarkGray',
  'Blue',
  'Green',
  'Cyan',
  'Red',
  'Magenta',
  'Yellow',
  'White',
] as const;

export const consoleColor = enumeration('ConsoleColor', consoleColorNames);
