import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { untilAborted } from './until-aborted.js';

describe('untilAborted', () => {
  it('gives the value, and leaves no listener behind however often it is called', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 1000; i++) expect(await untilAborted(Promise.resolve(i), controller.signal)).toBe(i);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it("says 'aborted' when the signal fires first, or had already fired", async () => {
    const controller = new AbortController();
    const pending = untilAborted(new Promise<number>(() => undefined), controller.signal);
    controller.abort();
    expect(await pending).toBe('aborted');
    expect(await untilAborted(Promise.resolve(1), controller.signal)).toBe('aborted');
  });

  it('passes a rejection on and removes its listener', async () => {
    const controller = new AbortController();
    await expect(untilAborted(Promise.reject(new Error('boom')), controller.signal)).rejects.toThrow('boom');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
