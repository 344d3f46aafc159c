/** GUID helpers: formatting deterministic ids and recognising GUID text. */

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return GUID_RE.test(text);
}

// A byte-to-hex table: synthetic users format an id on every read, so this is hot.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex16(value: number): string {
  return `${HEX[(value >>> 8) & 0xff] ?? '00'}${HEX[value & 0xff] ?? '00'}`;
}

function hex32(value: number): string {
  return `${hex16(value >>> 16)}${hex16(value)}`;
}

/**
 * A version-4-shaped GUID from four 32-bit words. Deterministic ids look like real object ids
 * (version nibble 4, RFC variant) so clients that validate GUIDs accept them.
 */
export function guidFromWords(a: number, b: number, c: number, d: number): string {
  return `${hex32(a)}-${hex16(b >>> 16)}-${hex16(0x4000 | (b & 0x0fff))}-${hex16(0x8000 | ((c >>> 16) & 0x3fff))}-${hex16(c)}${hex32(d)}`;
}

/** The Windows-style SID Entra ID derives from an object id: S-1-12-1 and the id's four 32-bit words. */
export function sidFromObjectId(id: string): string {
  const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
  // The GUID's first three fields are little-endian in its binary form.
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  const binary = Buffer.from(order.map((i) => bytes[i] ?? 0));
  return `S-1-12-1-${[0, 4, 8, 12].map((offset) => binary.readUInt32LE(offset)).join('-')}`;
}
