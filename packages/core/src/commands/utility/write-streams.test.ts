import { describe, expect, it } from 'vitest';
import { run } from './test-support/run.js';

describe('Write-Warning, Write-Verbose, Write-Debug, Write-Information', () => {
  it('writes warnings, piped ones too', async () => {
    expect((await run("Write-Warning 'careful'; 'x','y' | Write-Warning")).warnings.map((w) => w.message)).toEqual(['careful', 'x', 'y']);
  });

  it('writes verbose and debug records only when asked', async () => {
    const quiet = await run("Write-Verbose 'v'; Write-Debug 'd'");
    expect([quiet.verbose, quiet.debug]).toEqual([[], []]);
    const loud = await run("Write-Verbose 'v' -Verbose; Write-Debug 'd' -Debug");
    expect(loud.verbose.map((r) => r.message)).toEqual(['v']);
    expect(loud.debug.map((r) => r.message)).toEqual(['d']);
  });

  it('writes tagged information records', async () => {
    const result = await run("Write-Information -MessageData 'batch 3' -Tags Progress, Bulk -InformationAction Continue");
    expect(result.information[0]).toMatchObject({ messageData: 'batch 3', tags: ['Progress', 'Bulk'] });
  });
});

describe('Write-Progress', () => {
  it('writes progress records and the completion record', async () => {
    const result = await run("Write-Progress -Activity 'Issuing' -Status '1 of 2' -PercentComplete 50 -Id 3; Write-Progress -Activity 'Issuing' -Completed -Id 3");
    expect(result.progress).toEqual([
      expect.objectContaining({ activityId: 3, activity: 'Issuing', status: '1 of 2', percentComplete: 50, completed: false }),
      expect.objectContaining({ activityId: 3, activity: 'Issuing', status: 'Processing', percentComplete: -1, completed: true }),
    ]);
  });

  it('validates -PercentComplete', async () => {
    expect((await run("Write-Progress 'a' -PercentComplete 101")).errors[0]?.message).toMatch(/^Cannot validate argument on parameter 'PercentComplete'/);
  });
});
