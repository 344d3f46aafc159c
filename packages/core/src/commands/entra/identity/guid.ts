/**
 * GUID recognition for user keys. Entra object ids are GUIDs; anything else given as an identity
 * is treated as a user principal name.
 */
import { PSGuid } from '../../../values/model.js';

const HEX32 = /^[0-9a-f]{32}$/i;

/**
 * The canonical form (lower case, dashed, no braces) when `text` is a GUID in any of the forms
 * .NET's Guid.Parse accepts for D, N, B and P formats; otherwise undefined.
 */
export function canonicalGuid(text: string): string | undefined {
  const trimmed = text.trim();
  if (!PSGuid.pattern.test(trimmed)) return undefined;
  const hex = trimmed.replace(/[{}()-]/g, '');
  if (!HEX32.test(hex)) return undefined;
  // Braces and parentheses must pair up: "{...)" is not a GUID.
  const open = trimmed[0];
  const close = trimmed[trimmed.length - 1];
  if ((open === '{' && close !== '}') || (open === '(' && close !== ')')) return undefined;
  if ((close === '}' && open !== '{') || (close === ')' && open !== '(')) return undefined;
  // Dashes come all or nothing.
  if (trimmed.includes('-') && !/^[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[)}]?$/i.test(trimmed)) {
    return undefined;
  }
  const h = hex.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function isGuid(text: string): boolean {
  return canonicalGuid(text) !== undefined;
}
