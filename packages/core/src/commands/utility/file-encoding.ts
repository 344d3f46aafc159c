/**
 * File encodings as the file cmdlets take them. (Their paths are made absolute by
 * ctx.location.resolve, against the session's current location.)
 */

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
