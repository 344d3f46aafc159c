/**
 * .NET composite formatting (`'{0,-10} {1:N2}' -f $a, $b`, [string]::Format): index, alignment,
 * format string per type, `{{` `}}` escapes, in the en-US culture.
 */
import { formatDateTime } from './datetime/format.js';
import { formatTimeSpan } from './datetime/timespan.js';
import { FormatStringError, RuntimeError } from './errors.js';
import { formatNumber } from './format-number.js';
import { PSDateTime, PSGuid, PSTimeSpan } from './model.js';
import { toPSString } from './stringify.js';

const BAD_FORMAT = 'Input string was not in a correct format.';
const BAD_INDEX = 'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.';

/** Guid.ToString(format): D (default), N, B, P. */
export function formatGuid(guid: PSGuid, format?: string | null): string {
  const hex = guid.value.replace(/-/g, '');
  switch (format ?? 'D') {
    case '': case 'D': case 'd': return guid.value;
    case 'N': case 'n': return hex;
    case 'B': case 'b': return `{${guid.value}}`;
    case 'P': case 'p': return `(${guid.value})`;
    default: throw new FormatStringError('Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".');
  }
}

/** One value as String.Format shows it: IFormattable types honour the format string. */
export function formatValue(value: unknown, format?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, format);
  if (value instanceof PSDateTime) return formatDateTime(value, format, 'en-US');
  if (value instanceof PSTimeSpan) return formatTimeSpan(value, format);
  if (value instanceof PSGuid) return formatGuid(value, format);
  if (Array.isArray(value)) return 'System.Object[]';
  return toPSString(value);
}

/** Formats; throws FormatStringError with .NET's message on a malformed format or bad index. */
export function formatCompositeRaw(format: string, args: readonly unknown[]): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === '}') {
      if (format[i + 1] !== '}') throw new FormatStringError(BAD_FORMAT);
      out += '}';
      i += 2;
      continue;
    }
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    if (format[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    const close = format.indexOf('}', i);
    if (close === -1) throw new FormatStringError(BAD_FORMAT);
    const item = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::([^]*))?$/.exec(format.slice(i + 1, close));
    if (!item) throw new FormatStringError(BAD_FORMAT);
    const index = Number(item[1]);
    if (index >= args.length) throw new FormatStringError(BAD_INDEX);
    const text = formatValue(args[index], item[3]);
    const alignment = Number(item[2] ?? 0);
    out += alignment >= 0 ? text.padStart(alignment) : text.padEnd(-alignment);
    i = close + 1;
  }
  return out;
}

/** `-f`: PowerShell's wrapper message, `Error formatting a string: <reason>.` */
export function formatComposite(format: string, args: readonly unknown[]): string {
  try {
    return formatCompositeRaw(format, args);
  } catch (error) {
    if (error instanceof FormatStringError) {
      throw new RuntimeError(`Error formatting a string: ${error.message}.`, 'FormatError', 'InvalidOperation');
    }
    throw error;
  }
}
