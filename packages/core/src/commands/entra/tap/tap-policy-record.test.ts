import { describe, expect, it } from 'vitest';
import type { PSObject } from '../../../values/model.js';
import { displayState, parseTapPolicy, tapPolicyRecordFromGraph, TAP_POLICY_TYPE_NAME } from './tap-policy-record.js';

const json = {
  '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
  id: 'TemporaryAccessPass',
  state: 'enabled',
  defaultLifetimeInMinutes: 60,
  defaultLength: 8,
  minimumLifetimeInMinutes: 10,
  maximumLifetimeInMinutes: 480,
  isUsableOnce: false,
  includeTargets: [{ targetType: 'group', id: 'all_users', isRegistrationRequired: false }],
  excludeTargets: [],
};

describe('TAP policy record', () => {
  it('shows the state as PowerShell users write it and the lifetimes as numbers', () => {
    const record = tapPolicyRecordFromGraph(json);
    expect(record.typeNames[0]).toBe(TAP_POLICY_TYPE_NAME);
    expect(record.get('State')).toBe('Enabled');
    expect(record.get('MinimumLifetimeInMinutes')).toBe(10);
    const include = record.get('IncludeTargets') as PSObject[];
    expect(include).toHaveLength(1);
    expect(include[0]?.get('Id')).toBe('all_users');
    expect(record.get('ExcludeTargets')).toEqual([]);
  });

  it('parses the fields the cmdlets reason about, defaulting a missing state to disabled', () => {
    expect(parseTapPolicy({})).toEqual({
      state: 'disabled',
      defaultLifetimeInMinutes: null,
      minimumLifetimeInMinutes: null,
      maximumLifetimeInMinutes: null,
      defaultLength: null,
      isUsableOnce: null,
    });
    expect(displayState('disabled')).toBe('Disabled');
  });
});
