import { describe, expect, it } from 'vitest';
import { cellText } from '../../format/cell-text.js';
import { formatRecords } from '../../format/formatter.js';
import { renderDescriptions } from '../../format/render-text.js';
import { PSDateTime } from '../../values/model.js';
import './index.js';
import { tapRecordFromGraph, TAP_METHOD_TYPE_NAME } from './tap/tap-record.js';
import { tapPolicyRecordFromGraph } from './tap/tap-policy-record.js';
import { userRecordFromGraph } from './users/user-record.js';

const pass = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  temporaryAccessPass: 'K7#pQ2mz',
  createdDateTime: '2026-06-05T10:00:00Z',
  startDateTime: '2026-06-05T12:00:00Z',
  lifetimeInMinutes: 10,
  isUsableOnce: true,
  isUsable: false,
  methodUsabilityReason: 'NotYetValid',
};

describe('default views', () => {
  it('shows a new pass as a table of the user, the pass and when it is valid', () => {
    const [table] = formatRecords([tapRecordFromGraph(pass, { userPrincipalName: null, userId: '72e2eb87-c124-4bd9-8e01-a447a1752058' })]);
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.columns.map((c) => c.header)).toEqual(['User', 'TemporaryAccessPass', 'StartDateTime', 'EndDateTime', 'IsUsableOnce']);
    // Without a UPN the user is named by id; dates render as DateTime does.
    expect(table.rows[0]?.[0]).toBe('72e2eb87-c124-4bd9-8e01-a447a1752058');
    expect(table.rows[0]?.[1]).toBe('K7#pQ2mz');
    const start = new PSDateTime(Date.parse('2026-06-05T12:00:00Z'), 'Local');
    expect(table.rows[0]?.[2]).toBe(cellText(start));
    expect(table.rows[0]?.[3]).toBe(cellText(new PSDateTime(start.epochMs + 10 * 60_000, 'Local')));
  });

  it('shows a listed pass with its usability instead of the (absent) secret', () => {
    const [table] = formatRecords([tapRecordFromGraph({ ...pass, temporaryAccessPass: null }, { userPrincipalName: 'johndoe@contoso.onmicrosoft.com', userId: null }, TAP_METHOD_TYPE_NAME)]);
    if (table?.kind !== 'table') throw new Error('expected a table');
    expect(table.columns.map((c) => c.header)).toEqual(['User', 'StartDateTime', 'EndDateTime', 'IsUsable', 'MethodUsabilityReason']);
    expect(table.rows[0]?.[4]).toBe('NotYetValid');
  });

  it('shows users as DisplayName, UserPrincipalName, Id', () => {
    const text = renderDescriptions(formatRecords([userRecordFromGraph({ id: 'x-1', displayName: 'John Doe', userPrincipalName: 'johndoe@contoso.onmicrosoft.com', mail: 'j@x' })]), { width: 120, color: false });
    expect(text).toMatch(/DisplayName\s+UserPrincipalName\s+Id/);
    expect(text).toMatch(/John Doe\s+johndoe@contoso\.onmicrosoft\.com\s+x-1/);
    expect(text).not.toContain('j@x');
  });

  it('shows the policy as a list', () => {
    const [list] = formatRecords([tapPolicyRecordFromGraph({ state: 'enabled', minimumLifetimeInMinutes: 10, maximumLifetimeInMinutes: 480, defaultLifetimeInMinutes: 60, defaultLength: 8, isUsableOnce: false })]);
    expect(list?.kind).toBe('list');
    if (list?.kind !== 'list') return;
    expect(list.items[0]?.map((e) => e.name).slice(0, 3)).toEqual(['State', 'DefaultLifetimeInMinutes', 'MinimumLifetimeInMinutes']);
  });
});
