import { describe, expect, it } from 'vitest';
import { holdsTokenShape, looksLikePass } from './token-shapes.js';

describe('token shapes', () => {
  it.each([
    'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2lnbmF0dXJl',
    "$t = 'eyJ0eXAi...'",
    '@{ Authorization = "Bearer abc123def456" }',
    'curl -H "Authorization: bearer 0123456789abcdef"',
  ])('finds a token in %s', (text) => {
    expect(holdsTokenShape(text)).toBe(true);
  });

  it.each([
    'Get-EntraIDUser -Identity joey.johnson@contoso.com',
    '@{ Authorization = "Bearer $token" }',
    'HeyJoe12345',
    'Get-Date',
  ])('finds none in %s', (text) => {
    expect(holdsTokenShape(text)).toBe(false);
  });

  it('tells pass-like strings from names, addresses, GUIDs and plain words', () => {
    for (const pass of ['kP5v#Wq2', 'oK5e$j6TH4JTo@x2H&HaCA*&=@tWxe@', 'Welcome2024', 'Ab3!ab3!'])
      expect(looksLikePass(pass)).toBe(true);
    for (const other of [
      'johndoe@contoso.onmicrosoft.com',
      '2b1f3c4d-0000-4000-8000-000000000000',
      'ContosoSales',
      'password',
      'Sales',
      '2026-01-01',
      './users.csv',
    ]) {
      expect(looksLikePass(other)).toBe(false);
    }
  });
});
