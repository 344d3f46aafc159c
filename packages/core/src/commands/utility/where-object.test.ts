import { describe, expect, it } from 'vitest';
import { output, run } from './test-support/run.js';

describe('Where-Object', () => {
  it('filters with a script block', async () => {
    expect(await output('1..5 | Where-Object { $_ -gt 2 } | ForEach-Object { $_ * 10 }')).toEqual([30, 40, 50]);
  });
});
