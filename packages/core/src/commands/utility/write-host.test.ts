import { describe, expect, it } from 'vitest';
import { run } from './test-support/run.js';

describe('Write-Host', () => {
  it('writes host text to the information stream with the PSHOST tag', async () => {
    const result = await run("Write-Host 'Passes issued' -ForegroundColor green -NoNewline");
    expect(result.output).toEqual([]);
    expect(result.information).toEqual([
      { messageData: 'Passes issued', tags: ['PSHOST'], source: 'Write-Host', hostText: 'Passes issued', foregroundColor: 'Green', backgroundColor: undefined, noNewline: true },
    ]);
  });

  it('joins collections with -Separator, nested ones too', async () => {
    const result = await run("Write-Host (1, (2, 3)) -Separator ', '; 'x' | Write-Host; Write-Host");
    expect(result.information.map((i) => i.hostText)).toEqual(['1, 2, 3', 'x', '']);
  });

  it('joins bare words with the separator (ValueFromRemainingArguments)', async () => {
    const result = await run("Write-Host hello world; Write-Host a b -Separator '-'; Write-Host 1,2 3");
    expect(result.information.map((i) => i.hostText)).toEqual(['hello world', 'a-b', '1 2 3']);
  });

  it('rejects an unknown colour', async () => {
    const result = await run('Write-Host hi -ForegroundColor Purple');
    expect(result.errors[0]?.message).toMatch(/^Cannot bind parameter 'ForegroundColor'/);
    expect(result.errors[0]?.message).toContain('Black, DarkBlue');
  });
});
