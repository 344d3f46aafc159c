import { describe, expect, it } from 'vitest';
import { loadForTerminal } from './load-for-terminal.js';

describe('loadForTerminal', () => {
  it('hides the CI markers while the module loads and restores them afterwards', async () => {
    const env: NodeJS.ProcessEnv = { CI: 'true', CONTINUOUS_INTEGRATION: '1', PATH: '/bin' };
    const seen = await loadForTerminal(async () => ({ ...env }), env);
    expect(seen).toEqual({ PATH: '/bin' });
    expect(env).toEqual({ CI: 'true', CONTINUOUS_INTEGRATION: '1', PATH: '/bin' });
  });

  it('restores the markers when loading fails, and adds none that were not set', async () => {
    const env: NodeJS.ProcessEnv = { CI: 'true' };
    await expect(loadForTerminal(() => Promise.reject(new Error('load failed')), env)).rejects.toThrow('load failed');
    expect(env).toEqual({ CI: 'true' });
  });
});
