import { describe, expect, it } from 'vitest';
import { PSSecureString } from '../values/secure-string.js';
import { types } from './parameter-types.js';

describe('secret parameter types', () => {
  it('types.secureString keeps a SecureString and wraps plain text (compatibility), shown as SecureString', () => {
    const given = new PSSecureString('pw');
    expect(types.secureString.convert(given, {})).toBe(given);
    const wrapped = types.secureString.convert('pw', {});
    expect(wrapped).toBeInstanceOf(PSSecureString);
    expect(wrapped.revealPlainText()).toBe('pw');
    expect(types.secureString.convert(7, { text: '007' }).revealPlainText()).toBe('007');
    expect([types.secureString.name, types.secureString.fullName]).toEqual(['SecureString', 'System.Security.SecureString']);
  });

  it('types.secret is a String that unwraps a SecureString', () => {
    expect(types.secret.convert(new PSSecureString('s3cret'), {})).toBe('s3cret');
    expect(types.secret.convert('plain', {})).toBe('plain');
    expect(types.secret.convert(42, { text: '042' })).toBe('042');
    expect([types.secret.name, types.secret.fullName]).toEqual(['String', 'System.String']);
    // An ordinary String parameter never sees the text.
    expect(types.string.convert(new PSSecureString('s3cret'), {})).toBe('System.Security.SecureString');
  });
});
