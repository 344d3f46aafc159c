/**
 * One history entry per line of the history file. Multi-line entries are kept whole by escaping:
 * `\` → `\\`, newline → `\n`, carriage return → `\r`. Decoding is the exact inverse, so any text
 * round-trips (property-tested).
 */

export function encodeEntry(entry: string): string {
  return entry.replace(/[\\\n\r]/g, (ch) => (ch === '\\' ? '\\\\' : ch === '\n' ? '\\n' : '\\r'));
}

export function decodeEntry(line: string): string {
  return line.replace(/\\([\\nr])/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 'r' ? '\r' : '\\'));
}

/** Decodes a whole file; blank lines (a torn last write, an empty file) are skipped. */
export function decodeFile(content: string): string[] {
  return content
    .split('\n')
    .filter((line) => line.length > 0)
    .map(decodeEntry);
}
