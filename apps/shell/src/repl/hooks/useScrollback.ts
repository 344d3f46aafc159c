/**
 * The scrollback: finished text (echoed command lines, output, errors) rendered once through
 * Ink's <Static>. Append-only: Static prints each item exactly once, so an item never changes.
 */
import { useState } from 'react';
import { Store } from '../state/store.js';

export interface ScrollItem {
  readonly id: number;
  readonly text: string;
}

export class Scrollback {
  readonly store = new Store<readonly ScrollItem[]>([]);
  #nextId = 0;

  append(text: string): void {
    const item = { id: this.#nextId++, text };
    this.store.set((items) => [...items, item]);
  }
}

export function useScrollback(): Scrollback {
  const [scrollback] = useState(() => new Scrollback());
  return scrollback;
}
