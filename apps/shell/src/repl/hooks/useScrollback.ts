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
  /** The id of the newest item known to be on the terminal. */
  #renderedId = -1;
  #waiters: { readonly id: number; readonly resolve: () => void }[] = [];

  append(text: string): void {
    const item = { id: this.#nextId++, text };
    this.store.set((s) => ({ ...s, items: [...s.items, item] }));
  }

  /**
   * Settles once every item appended so far is on the terminal: what must come after them on the
   * screen (clearing it) waits for this.
   */
  whenRendered(): Promise<void> {
    const id = this.#nextId - 1;
    if (id <= this.#renderedId) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ id, resolve }));
  }

  /** Called after a commit: Ink writes <Static> output during the commit, so these items are shown. */
  rendered(items: readonly ScrollItem[]): void {
    const last = items[items.length - 1];
    if (last === undefined || last.id <= this.#renderedId) return;
    this.#renderedId = last.id;
    const ready = this.#waiters.filter((w) => w.id <= last.id);
    this.#waiters = this.#waiters.filter((w) => w.id > last.id);
    for (const waiter of ready) waiter.resolve();
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
