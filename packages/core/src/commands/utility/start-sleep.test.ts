import { describe, expect, it } from 'vitest';
import { collect } from '../../session/index.js';
import { output, run, utilitySession } from './test-support/run.js';

describe('Start-Sleep', () => {
  it('waits and returns nothing', async () => {
    expect(await output("Start-Sleep -Milliseconds 5; sleep 0.001; Start-Sleep -Duration '00:00:00.005'; 'done'")).toEqual(['done']);
  });

  it('ends at once when the run is cancelled, and the session stays usable', async () => {
    const session = utilitySession();
    const controller = new AbortController();
    const events = session.run("'started'; Start-Sleep -Seconds 600; 'never'", { signal: controller.signal });
    const seen: unknown[] = [];
    for await (const event of events) {
      if (event.type === 'output') {
        seen.push(event.value);
        controller.abort();
      }
      if (event.type === 'result') expect(event.cancelled).toBe(true);
    }
    expect(seen).toEqual(['started']);
    expect((await collect(session.run("'next'"))).output).toEqual(['next']);
  });

  it('validates its arguments', async () => {
    expect((await run('Start-Sleep -Seconds -1')).errors[0]?.message).toMatch(/^Cannot validate argument on parameter 'Seconds'/);
  });
});
