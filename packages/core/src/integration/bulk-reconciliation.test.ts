import { describe, expect, it } from 'vitest';
import { reconcileBulkIssuance, reconciliationLines, type BulkInputUser, type ServicePass } from './bulk-reconciliation.js';

const users: BulkInputUser[] = [
  { id: 'ID-A', userPrincipalName: 'a@contoso.com' },
  { id: 'id-b', userPrincipalName: 'b@contoso.com' },
  { id: 'id-c', userPrincipalName: 'c@contoso.com' },
];

const held = (userId: string, issued: number, currentPass: string | undefined): ServicePass => ({ userId, issued, currentPass });

describe('reconcileBulkIssuance', () => {
  it('accepts one current pass or one attributed error per user, matching ids and UPNs without case', () => {
    const r = reconcileBulkIssuance({
      input: users,
      passes: [
        { userId: 'id-a', userPrincipalName: 'A@contoso.com', pass: 'p2' },
        { userPrincipalName: 'b@contoso.com', pass: 'q1' },
      ],
      errors: [{ target: 'c@contoso.com', errorId: 'GuestUser', message: "User 'c@contoso.com' is a guest." }],
      service: [held('id-a', 2, 'p2'), held('id-b', 1, 'q1')],
    });
    expect(r).toMatchObject({ ok: true, inputUsers: 3, passRecords: 2, errorRecords: 1, passesIssued: 3, passesSuperseded: 1, errorsByCause: { GuestUser: 1 } });
    expect(reconciliationLines(r).at(-1)).toMatch(/reconciled\s+yes/);
  });

  it('finds lost, duplicated, unknown and stale records', () => {
    const r = reconcileBulkIssuance({
      input: users,
      passes: [
        { userId: 'id-a', pass: 'old' },
        { userId: 'id-b', pass: 'q1' },
        { userId: 'id-b', pass: 'q1' },
        { userPrincipalName: 'z@contoso.com', pass: 'z' },
      ],
      errors: [],
      service: [held('id-a', 2, 'new'), held('id-b', 1, 'q1')],
    });
    expect(r.ok).toBe(false);
    expect(r.lost).toEqual(['c@contoso.com']);
    expect(r.duplicated).toEqual(['b@contoso.com']);
    expect(r.unknownRecords).toEqual(['z@contoso.com']);
    expect(r.stalePasses).toEqual(['a@contoso.com']);
  });

  it('flags an error that hides an issued pass, errors without a cause, and passes for users not in the input', () => {
    const r = reconcileBulkIssuance({
      input: users,
      passes: [{ userId: 'id-a', pass: 'p' }],
      errors: [
        { target: 'b@contoso.com', errorId: 'NetworkError', message: "User 'b@contoso.com': the connection was reset." },
        { target: 'c@contoso.com', errorId: 'NotSpecified', message: 'Something failed.' },
      ],
      service: [held('id-a', 1, 'p'), held('id-b', 1, 'unseen'), held('id-x', 1, 'x')],
    });
    expect(r.unseenPasses).toEqual(['b@contoso.com']);
    expect(r.errorsWithoutCause).toEqual(['c@contoso.com']);
    expect(r.unexpectedIssues).toEqual(['id-x']);
    expect(r.ok).toBe(false);
    expect(reconciliationLines(r).join('\n')).toMatch(/errors hiding an issued pass\s+1 \(b@contoso.com\)/);
  });
});
