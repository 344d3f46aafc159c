import { describe, expect, it } from 'vitest';
import { clearHostTag } from './clear-host.js';
import { run } from './test-support/run.js';

describe('Clear-Host', () => {
  it('asks the host to clear the screen with a tagged information record, never escape codes', async () => {
    for (const command of ['Clear-Host', 'cls', 'clear']) {
      const result = await run(command);
      expect(result.output).toEqual([]);
      expect(result.information).toEqual([{ messageData: null, tags: ['PSHOST', clearHostTag], source: 'Clear-Host', hostText: '', noNewline: true }]);
    }
  });
});
