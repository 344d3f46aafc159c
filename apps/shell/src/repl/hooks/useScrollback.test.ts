import { describe, expect, it } from 'vitest';
import { Scrollback } from './useScrollback.js';

describe('Scrollback', () => {
  it('starts a new generation once enough printed items pile up', () => {
    const s = new Scrollback();
    for (let i = 0; i < 10; i++) s.append(`x${i}`);
    s.compact();
    expect(s.store.get()).toMatchObject({ generation: 0 });
    expect(s.store.get().items).toHaveLength(10);
    for (let i = 0; i < 100; i++) s.append(`y${i}`);
    s.compact();
    expect(s.store.get()).toEqual({ generation: 1, items: [] });
    s.append('z');
    expect(s.store.get().items.map((i) => i.text)).toEqual(['z']);
  });
});
