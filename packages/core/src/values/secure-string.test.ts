import { inspect, format } from 'node:util';
import { describe, expect, it } from 'vitest';
import { convertTo, tryConvertTo } from './convert.js';
import { formatComposite } from './format-composite.js';
import { getMember, hasMember } from './members/properties.js';
import { invokeMethod } from './members/invoke.js';
import { PSSecureString } from './secure-string.js';
import { toPSString } from './stringify.js';
import { isType, typeNameOf } from './type-of.js';

const SECRET = 'Pa55-w0rd!';

describe('PSSecureString', () => {
  const s = new PSSecureString(SECRET);

  it('reads as System.Security.SecureString through every generic text path', () => {
    for (const text of [String(s), `${String(s)}`, JSON.stringify({ s }), inspect(s), format('%s %o %j', s, s, s), toPSString(s), toPSString([s, 1]), formatComposite('{0}', [s])]) {
      expect(text).toContain('System.Security.SecureString');
      expect(text).not.toContain(SECRET);
    }
  });

  it('has Length, GetType().FullName and no way back to the text through members', () => {
    expect(getMember(s, 'Length')).toBe(SECRET.length);
    expect(hasMember(s, 'Length')).toBe(true);
    expect(getMember(invokeMethod(s, 'GetType', []), 'FullName')).toBe('System.Security.SecureString');
    expect(invokeMethod(s, 'ToString', [])).toBe('System.Security.SecureString');
    expect(typeNameOf(s)).toBe('System.Security.SecureString');
    expect(isType(s, 'System.Security.SecureString')).toBe(true);
    expect(isType('text', 'securestring')).toBe(false);
    expect(() => invokeMethod(s, 'Reveal', [])).toThrow("Method invocation failed because [System.Security.SecureString] does not contain a method named 'Reveal'.");
  });

  it('converts only to itself, as .NET has no cast from String', () => {
    expect(convertTo(s, 'System.Security.SecureString')).toBe(s);
    expect(tryConvertTo('text', 'securestring')).toBeNull();
    expect(convertTo(s, 'string')).toBe('System.Security.SecureString');
  });

  it('gives its text only when asked by name', () => {
    expect(s.revealPlainText()).toBe(SECRET);
  });
});
