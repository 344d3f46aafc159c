/**
 * Compact JWS with HS256 over node:crypto: enough to mint the emulator's tokens and to verify
 * them byte for byte. Other algorithms (including "none") are refused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type JwtPayload = Record<string, unknown>;

export type JwtVerification =
  | { readonly ok: true; readonly payload: JwtPayload }
  | { readonly ok: false; readonly reason: 'malformed' | 'algorithm' | 'signature' };

function encodePart(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function sign(input: string, key: Buffer): Buffer {
  return createHmac('sha256', key).update(input).digest();
}

export function signJwt(payload: JwtPayload, key: Buffer, keyId: string): string {
  const input = `${encodePart({ typ: 'JWT', alg: 'HS256', kid: keyId })}.${encodePart(payload)}`;
  return `${input}.${sign(input, key).toString('base64url')}`;
}

function decodePart(part: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) throw new Error('not base64url');
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

export function verifyJwt(token: string, key: Buffer): JwtVerification {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  let header: unknown;
  let payload: unknown;
  try {
    header = decodePart(headerPart);
    payload = decodePart(payloadPart);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof header !== 'object' || header === null || typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: 'malformed' };
  }
  if ((header as Record<string, unknown>)['alg'] !== 'HS256') return { ok: false, reason: 'algorithm' };
  const expected = sign(`${headerPart}.${payloadPart}`, key);
  const actual = Buffer.from(signaturePart, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: 'signature' };
  return { ok: true, payload: payload as JwtPayload };
}
