import { describe, expect, it } from 'vitest';
import { formatRetryAfter, resourceUnitsForTenantSize, Throttler, type ThrottleDecision } from './throttler.js';
import { TokenBucket } from './token-bucket.js';

const APP = 'app-a';
const TENANT = 'tenant-1';
const WRITE = { resourceUnits: 1, writes: 1 };
const retryAfter = (decision: ThrottleDecision) => (decision.ok ? undefined : decision.headers['Retry-After']);

describe('TokenBucket', () => {
  it('starts full, refills continuously, never above capacity', () => {
    const bucket = new TokenBucket(10, 10_000, 0);
    expect(bucket.available(0)).toBe(10);
    bucket.take(10, 0);
    expect(bucket.waitFor(1, 0)).toBe(1000);
    expect(bucket.available(2500)).toBeCloseTo(2.5);
    expect(bucket.available(1_000_000)).toBe(10);
  });
});

describe('Throttler', () => {
  it('lets everything through when disabled, still reporting the cost', () => {
    const throttler = new Throttler({ enabled: false }, () => 10);
    for (let i = 0; i < 10_000; i++) expect(throttler.check(APP, TENANT, WRITE, 0).ok).toBe(true);
    expect(throttler.check(APP, TENANT, { resourceUnits: 2, writes: 0 }, 0)).toEqual({ ok: true, headers: { 'x-ms-resource-unit': '2' } });
  });

  it('refuses the write after the budget with the exact wait, and takes nothing while refusing', () => {
    const throttler = new Throttler({ enabled: true, limits: { writes: { limit: 10, windowSeconds: 10 } } }, () => 10);
    for (let i = 0; i < 10; i++) expect(throttler.check(APP, TENANT, WRITE, 0).ok).toBe(true);
    const refused = throttler.check(APP, TENANT, WRITE, 0);
    expect(refused).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(refused.headers).toMatchObject({ 'Retry-After': '1', 'x-ms-throttle-scope': `Tenant_Application/Write/${APP}/${TENANT}`, 'x-ms-throttle-information': 'WriteLimitExceeded', 'x-ms-resource-unit': '1' });
    expect(retryAfter(throttler.check(APP, TENANT, WRITE, 250))).toBe('0.75');
    expect(retryAfter(throttler.check(APP, TENANT, WRITE, 999))).toBe('0.001');
    expect(throttler.check(APP, TENANT, WRITE, 1000).ok).toBe(true);
    expect(throttler.check(APP, TENANT, WRITE, 1000).ok).toBe(false);
  });

  it('sustains exactly limit/window once the burst is spent', () => {
    const throttler = new Throttler({ enabled: true, limits: { writes: { limit: 3000, windowSeconds: 150 } } }, () => 10);
    let accepted = 0;
    // Offer 100 writes per second for 300 s: 3,000 from the full bucket plus 20/s refill.
    for (let ms = 0; ms < 300_000; ms += 10) if (throttler.check(APP, TENANT, WRITE, ms).ok) accepted++;
    expect(accepted).toBeGreaterThanOrEqual(3000 + 20 * 300 - 1);
    expect(accepted).toBeLessThanOrEqual(3000 + 20 * 300 + 1);
  });

  it('scale compresses time: the same budget refills scale times faster', () => {
    const throttler = new Throttler({ enabled: true, scale: 4, limits: { writes: { limit: 10, windowSeconds: 10 } } }, () => 10);
    for (let i = 0; i < 10; i++) throttler.check(APP, TENANT, WRITE, 0);
    expect(retryAfter(throttler.check(APP, TENANT, WRITE, 0))).toBe('0.25');
    expect(() => new Throttler({ enabled: true, scale: 0 }, () => 10)).toThrow(RangeError);
  });

  it('counts resource units per app+tenant, sized by the tenant', () => {
    expect(resourceUnitsForTenantSize(49).limit).toBe(3500);
    expect(resourceUnitsForTenantSize(50).limit).toBe(5000);
    expect(resourceUnitsForTenantSize(501).limit).toBe(8000);
    const throttler = new Throttler({ enabled: true }, () => 10);
    for (let i = 0; i < 1750; i++) expect(throttler.check(APP, TENANT, { resourceUnits: 2, writes: 0 }, 0).ok).toBe(true);
    const refused = throttler.check(APP, TENANT, { resourceUnits: 2, writes: 0 }, 0);
    expect(refused.headers).toMatchObject({ 'x-ms-throttle-scope': `Tenant_Application/ReadWrite/${APP}/${TENANT}`, 'x-ms-throttle-information': 'ResourceUnitLimitExceeded' });
    // 2 units at 350 units/s.
    expect(retryAfter(refused)).toBe(formatRetryAfter(2000 / 350));
    expect(throttler.check('app-b', TENANT, { resourceUnits: 2, writes: 0 }, 0).ok).toBe(true);
  });

  it('shares the tenant write limit across apps', () => {
    const throttler = new Throttler({ enabled: true, limits: { writes: { limit: 10, windowSeconds: 10 }, tenantWrites: { limit: 15, windowSeconds: 10 } } }, () => 10);
    for (let i = 0; i < 10; i++) expect(throttler.check(APP, TENANT, WRITE, 0).ok).toBe(true);
    for (let i = 0; i < 5; i++) expect(throttler.check('app-b', TENANT, WRITE, 0).ok).toBe(true);
    const refused = throttler.check('app-b', TENANT, WRITE, 0);
    expect(refused.headers['x-ms-throttle-scope']).toBe(`Tenant/Write/app-b/${TENANT}`);
  });

  it('reports the share of the limit in use past 0.8', () => {
    const throttler = new Throttler({ enabled: true, limits: { writes: { limit: 10, windowSeconds: 10 } } }, () => 10);
    for (let i = 0; i < 8; i++) expect(throttler.check(APP, TENANT, WRITE, 0).headers['x-ms-throttle-limit-percentage']).toBeUndefined();
    expect(throttler.check(APP, TENANT, WRITE, 0).headers['x-ms-throttle-limit-percentage']).toBe('0.90');
  });
});
