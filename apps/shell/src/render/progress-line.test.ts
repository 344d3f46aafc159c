import { describe, expect, it } from 'vitest';
import type { ProgressView } from '../backend/types.js';
import { stripAnsi } from './ansi.js';
import { formatDuration, renderProgressLine } from './progress-line.js';

function progress(extra: Partial<ProgressView>): ProgressView {
  return { activityId: 1, activity: 'Issuing passes', status: 'Processing', percentComplete: -1, completed: false, ...extra };
}

describe('renderProgressLine', () => {
  it('shows done/total, rate and ETA from the record', () => {
    const line = renderProgressLine(progress({ current: 500, total: 1000, rate: 20, percentComplete: 50 }), 120, 25_000, false);
    expect(line).toBe(`Issuing passes [${'█'.repeat(15)}${'░'.repeat(15)}] 500/1000  20.0/s  ETA 0:25  Processing`);
  });

  it('derives rate and ETA from the elapsed time when the producer did not', () => {
    const line = renderProgressLine(progress({ current: 100, total: 400 }), 120, 10_000, false);
    expect(line).toContain('100/400  10.0/s  ETA 0:30');
  });

  it('fits the width, cutting the status', () => {
    const line = renderProgressLine(progress({ current: 1, total: 2, status: 'x'.repeat(200) }), 60, 1000, true);
    expect(stripAnsi(line).length).toBeLessThanOrEqual(60);
    expect(stripAnsi(line).endsWith('…')).toBe(true);
  });

  it('formats durations as m:ss and h:mm:ss', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(125)).toBe('2:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
