/**
 * The scrollback: finished text (echoed command lines, output, errors) printed once through Ink's
 * <Static>. Static prints items by index and must see its array grow, so items are kept only until
 * printed: `compact()` (called after each commit) starts a new generation — a fresh <Static> with
 * an empty list — once enough have piled up. A pipeline printing millions of lines thus costs
 * bounded memory and no quadratic copying.
 */
import { useState } from 'react';
import { Store } from '../state/store.js';

export interface ScrollItem {
  readonly id: number;
  readonly text: string;
}

export interface ScrollState {
  readonly generation: number;
  readonly items: readonly ScrollItem[];
}

/** Printed items kept before a new generation starts. */
const COMPACT_AFTER = 64;

export class Scrollback {
  readonly store = new Store<ScrollState>({ generation: 0, items: [] });
  #nextId = 0;

  append(text: string): void {
    const item = { id: this.#nextId++, text };
    this.store.set((s) => ({ ...s, items: [...s.items, item] }));
  }

  /** Call only after the current items were rendered (they are then on the terminal). */
  compact(): void {
    const s = this.store.get();
    if (s.items.length >= COMPACT_AFTER) this.store.set({ generation: s.generation + 1, items: [] });
  }
}

export function useScrollback(): Scrollback {
  const [scrollback] = useState(() => new Scrollback());
  return scrollback;
}
