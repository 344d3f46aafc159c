import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signJwt, verifyJwt } from './jwt.js';

const key = randomBytes(32);

describe('HS256 JWT', () => {
  it('round-trips a payload', () => {
    const token = signJwt({ aud: 'x', n: 1 }, key, 'kid');
    expect(verifyJwt(token, key)).toEqual({ ok: true, payload: { aud: 'x', n: 1 } });
  });

  it('refuses another key, a changed payload and a changed signature', () => {
    const token = signJwt({ roles: ['User.Read.All'] }, key, 'kid');
    expect(verifyJwt(token, randomBytes(32))).toEqual({ ok: false, reason: 'signature' });
    const [header, , signature] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ roles: ['Directory.ReadWrite.All'] })).toString('base64url')}.${signature}`;
    expect(verifyJwt(forged, key)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyJwt(`${token.slice(0, -2)}AA`, key).ok).toBe(false);
  });

  it('refuses alg none and malformed tokens', () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from('{}').toString('base64url');
    expect(verifyJwt(`${header}.${payload}.`, key)).toEqual({ ok: false, reason: 'algorithm' });
    expect(verifyJwt('not-a-token', key)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyJwt('a.b.c', key)).toEqual({ ok: false, reason: 'malformed' });
  });
});
