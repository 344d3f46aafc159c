/** File paths as cmdlets receive them: `~` expands to the home directory, relative paths to the working directory. */
import { homedir } from 'node:os';
import { resolve } from 'node:path';

export function resolveFilePath(path: string): string {
  const expanded = path === '~' || path.startsWith('~/') || path.startsWith('~\\') ? homedir() + path.slice(1) : path;
  return resolve(process.cwd(), expanded);
}

/** The Node.js encoding and byte-order mark for an -Encoding name. */
export const fileEncodings = ['utf8', 'utf8BOM', 'utf8NoBOM', 'ascii', 'unicode', 'latin1'] as const;
export type FileEncoding = (typeof fileEncodings)[number];

export function nodeEncoding(encoding: FileEncoding): { encoding: BufferEncoding; bom: string } {
  switch (encoding) {
    case 'utf8':
    case 'utf8NoBOM':
      return { encoding: 'utf8', bom: '' };
    case 'utf8BOM':
      return { encoding: 'utf8', bom: '\uFEFF' };
    case 'ascii':
      return { encoding: 'ascii', bom: '' };
    case 'unicode':
      return { encoding: 'utf16le', bom: '\uFEFF' };
    case 'latin1':
      return { encoding: 'latin1', bom: '' };
  }
}
