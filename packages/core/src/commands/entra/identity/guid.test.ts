import { describe, expect, it } from 'vitest';
import { canonicalGuid, isGuid } from './guid.js';

describe('canonicalGuid', () => {
  it('accepts the D, N, B and P forms and lower-cases them', () => {
    const d = '72e2eb87-c124-4bd9-8e01-a447a1752058';
    expect(canonicalGuid('72E2EB87-C124-4BD9-8E01-A447A1752058')).toBe(d);
    expect(canonicalGuid('72e2eb87c1244bd98e01a447a1752058')).toBe(d);
    expect(canonicalGuid('{72e2eb87-c124-4bd9-8e01-a447a1752058}')).toBe(d);
    expect(canonicalGuid('(72e2eb87-c124-4bd9-8e01-a447a1752058)')).toBe(d);
  });

  it('rejects UPNs, mismatched brackets and partial dashes', () => {
    expect(canonicalGuid('johndoe@contoso.onmicrosoft.com')).toBeUndefined();
    expect(canonicalGuid('{72e2eb87-c124-4bd9-8e01-a447a1752058)')).toBeUndefined();
    expect(canonicalGuid('72e2eb87-c1244bd9-8e01-a447a1752058')).toBeUndefined();
    expect(isGuid('72e2eb87-c124-4bd9-8e01-a447a175205')).toBe(false);
  });
});
