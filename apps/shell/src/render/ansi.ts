/**
 * ANSI styling, and the colours PowerShell uses ($PSStyle and PSReadLine's defaults). Every
 * renderer takes a `color` flag and calls `paint`, so -NoColor / NO_COLOR / a non-terminal output
 * turn every escape off in one place.
 */

export const SGR = {
  reset: '\x1b[0m',
  /** $PSStyle.Formatting.Error */
  error: '\x1b[31;1m',
  /** $PSStyle.Formatting.ErrorAccent: the `Line |` gutter of the concise error view */
  errorAccent: '\x1b[36;1m',
  /** $PSStyle.Formatting.Warning */
  warning: '\x1b[33;1m',
  /** $PSStyle.Formatting.Verbose */
  verbose: '\x1b[33;1m',
  /** $PSStyle.Formatting.Debug */
  debug: '\x1b[33;1m',
  /** $PSStyle.Formatting.TableHeader / FormatAccent */
  tableHeader: '\x1b[32;1m',
  dim: '\x1b[2m',
} as const;

export function paint(text: string, sgr: string, color: boolean): string {
  return color && text !== '' ? `${sgr}${text}${SGR.reset}` : text;
}

/** Removes every ANSI escape sequence (CSI and OSC), e.g. for width measurement and plain output. */
export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '');
}

/**
 * Whether to colour a stream: never with -NoColor or when NO_COLOR is set to anything non-empty
 * (no-color.org), otherwise only when the stream is a terminal.
 */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return stream.isTTY === true;
}
