import { describe, expect, it } from 'vitest';
import { ConversionFailure } from '../../../cmdlet/parameter-types.js';
import { PSObject } from '../../../values/model.js';
import { EntraIDUserPipeBind, userPipeBindType } from './user-pipe-bind-type.js';

describe('userPipeBindType', () => {
  it('converts UPNs, GUIDs and records into a pipe-bind', () => {
    const bound = userPipeBindType.convert('johndoe@contoso.onmicrosoft.com', {});
    expect(bound).toBeInstanceOf(EntraIDUserPipeBind);
    expect(bound.identity.key).toBe('johndoe@contoso.onmicrosoft.com');
    expect(userPipeBindType.convert(new PSObject({ UserId: '72e2eb87-c124-4bd9-8e01-a447a1752058' }), {}).identity.id).toBe(
      '72e2eb87-c124-4bd9-8e01-a447a1752058',
    );
  });

  it('passes an existing pipe-bind through unchanged', () => {
    const bound = userPipeBindType.convert('a@b.com', {});
    expect(userPipeBindType.convert(bound, {})).toBe(bound);
  });

  it('refuses values that name no user, as a conversion failure the binder reports', () => {
    expect(() => userPipeBindType.convert(new PSObject({ Name: 'x' }), {})).toThrow(ConversionFailure);
    expect(() => userPipeBindType.convert(null, {})).toThrow(ConversionFailure);
  });
});
