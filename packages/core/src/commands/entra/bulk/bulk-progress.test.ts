import { describe, expect, it } from 'vitest';
import type { ProgressRecord } from '../../../pipeline/records.js';
import { BulkProgress } from './bulk-progress.js';

function clock(start = 0): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('BulkProgress', () => {
  it('reports done, failures and the rate, spacing updates out', () => {
    const records: ProgressRecord[] = [];
    const c = clock();
    const sink = { writeProgress: (r: ProgressRecord) => records.push(r) };
    const progress = new BulkProgress({ activity: 'Issuing', now: c.now, intervalMs: 100 });
    c.advance(500);
    progress.advance(true, sink);
    progress.advance(false, sink);
    expect(records).toHaveLength(1);
    c.advance(500);
    progress.advance(true, sink);
    expect(records).toHaveLength(2);
    expect(records[1]).toMatchObject({ current: 3, percentComplete: -1, rate: 3, completed: false, status: '3 done, 1 failed (3/s)' });
    progress.complete(sink);
    expect(records[2]).toMatchObject({ current: 3, completed: true });
  });

  it('computes percent and time left when the total is known', () => {
    const records: ProgressRecord[] = [];
    const c = clock();
    const sink = { writeProgress: (r: ProgressRecord) => records.push(r) };
    const progress = new BulkProgress({ activity: 'x', total: 4, now: c.now });
    c.advance(1000);
    progress.advance(true, sink);
    expect(records[0]).toMatchObject({ current: 1, total: 4, percentComplete: 25, secondsRemaining: 3, status: '1 of 4 done (1/s)' });
  });

  it('shows nothing for an empty run', () => {
    const records: ProgressRecord[] = [];
    new BulkProgress({ activity: 'x' }).complete({ writeProgress: (r) => records.push(r) });
    expect(records).toEqual([]);
  });
});
