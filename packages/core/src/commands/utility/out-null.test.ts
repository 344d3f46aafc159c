import { describe, expect, it } from 'vitest';
import { run } from './test-support/run.js';

describe('Out-Null', () => {
  it('discards output but not errors', async () => {
    const result = await run("1..3 | Out-Null; Write-Error 'kept' | Out-Null; 'after'");
    expect(result.output).toEqual(['after']);
    expect(result.errors.map((e) => e.message)).toEqual(['kept']);
  });

  it('lets the producer run to the end', async () => {
    expect((await run('$n = 0; 1..10 | ForEach-Object { $n++ } | Out-Null; $n')).output).toEqual([10]);
  });
});
