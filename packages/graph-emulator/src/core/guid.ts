/** GUID helpers: formatting deterministic ids and recognising GUID text. */

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return GUID_RE.test(text);
}

function hex(value: number, digits: number): string {
  return (value >>> 0).toString(16).padStart(8, '0').slice(8 - digits);
}

/**
 * A version-4-shaped GUID from four 32-bit words. Deterministic ids look like real object ids
 * (version nibble 4, RFC variant) so clients that validate GUIDs accept them.
 */
export function guidFromWords(a: number, b: number, c: number, d: number): string {
  const part3 = 0x4000 | (b & 0x0fff);
  const part4 = 0x8000 | ((c >>> 16) & 0x3fff);
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(part3, 4)}-${hex(part4, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
}
