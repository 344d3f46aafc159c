import { describe, expect, it } from 'vitest';
import { PSDateTime } from '../../../values/model.js';
import { tapRecordFromGraph, TAP_TYPE_NAME } from './tap-record.js';
import { buildTapCreateBody } from './tap-body.js';
import { parseGraphDate } from './graph-date.js';

const response = {
  '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('x')/authentication/temporaryAccessPassMethods/$entity",
  id: '6f1c4b0e-3a0b-4a3e-9b0b-0c6a7d0f3b1a',
  temporaryAccessPass: 'TAPRocks!',
  createdDateTime: '2026-06-05T10:00:00.000Z',
  startDateTime: '2026-06-05T12:00:00.000Z',
  lifetimeInMinutes: 10,
  isUsableOnce: true,
  isUsable: false,
  methodUsabilityReason: 'NotYetValid',
};

describe('tapRecordFromGraph', () => {
  it('carries the user, the pass, and when it is valid', () => {
    const record = tapRecordFromGraph(response, { userPrincipalName: 'johndoe@contoso.onmicrosoft.com', userId: '72e2eb87-c124-4bd9-8e01-a447a1752058' });
    expect(record.typeNames[0]).toBe(TAP_TYPE_NAME);
    expect(record.propertyNames()).toEqual([
      'UserPrincipalName',
      'UserId',
      'TemporaryAccessPass',
      'StartDateTime',
      'EndDateTime',
      'LifetimeInMinutes',
      'IsUsableOnce',
      'IsUsable',
      'MethodUsabilityReason',
      'CreatedDateTime',
      'Id',
    ]);
    expect(record.get('UserPrincipalName')).toBe('johndoe@contoso.onmicrosoft.com');
    expect(record.get('TemporaryAccessPass')).toBe('TAPRocks!');
    const start = record.get('StartDateTime') as PSDateTime;
    const end = record.get('EndDateTime') as PSDateTime;
    expect(start.toISOString()).toBe('2026-06-05T12:00:00.000Z');
    expect(end.toISOString()).toBe('2026-06-05T12:10:00.000Z');
    expect((record.get('CreatedDateTime') as PSDateTime).toISOString()).toBe('2026-06-05T10:00:00.000Z');
    expect(record.get('IsUsableOnce')).toBe(true);
    expect(record.get('MethodUsabilityReason')).toBe('NotYetValid');
  });

  it('starts at creation when Graph left startDateTime out, and leaves unknowns null', () => {
    const record = tapRecordFromGraph({ createdDateTime: '2026-06-05T10:00:00Z', lifetimeInMinutes: 60 }, { userPrincipalName: null, userId: 'u' });
    expect((record.get('EndDateTime') as PSDateTime).toISOString()).toBe('2026-06-05T11:00:00.000Z');
    expect(record.get('TemporaryAccessPass')).toBeNull();
    expect(record.get('IsUsable')).toBeNull();
  });
});

describe('parseGraphDate', () => {
  it('reads zone-less Graph timestamps as UTC', () => {
    expect(parseGraphDate('2026-06-05T10:00:00')?.toISOString()).toBe('2026-06-05T10:00:00.000Z');
    expect(parseGraphDate('2026-06-05T12:00:00+02:00')?.toISOString()).toBe('2026-06-05T10:00:00.000Z');
    expect(parseGraphDate('nonsense')).toBeNull();
    expect(parseGraphDate(null)).toBeNull();
  });
});

describe('buildTapCreateBody', () => {
  it('sends nothing the caller did not specify, so the tenant defaults apply', () => {
    expect(buildTapCreateBody({})).toEqual({});
    expect(Object.keys(buildTapCreateBody({ isUsableOnce: false }))).toEqual(['isUsableOnce']);
  });

  it('sends the start as UTC ISO 8601 whatever the DateTime kind', () => {
    const start = new PSDateTime(Date.UTC(2026, 5, 5, 12, 0, 0), 'Local');
    expect(buildTapCreateBody({ startDateTime: start, lifetimeInMinutes: 10, isUsableOnce: true })).toEqual({
      startDateTime: '2026-06-05T12:00:00.000Z',
      lifetimeInMinutes: 10,
      isUsableOnce: true,
    });
  });
});
