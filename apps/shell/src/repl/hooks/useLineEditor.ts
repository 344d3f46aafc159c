/** The edit buffer: a store plus the operations the key handlers call. */
import { useState } from 'react';
import { bufferOf, emptyBuffer, insertText, replaceRange, type Buffer } from '../../editor/buffer.js';
import { BUFFER_OPERATIONS } from '../../editor/operations.js';
import type { EditorCommand } from '../../keys/keymap.js';
import { Store } from '../state/store.js';

export class LineEditor {
  readonly store = new Store<Buffer>(emptyBuffer);

  get buffer(): Buffer {
    return this.store.get();
  }

  /** Applies a plain editing command; returns false when the command is not one. */
  apply(command: EditorCommand): boolean {
    const operation = BUFFER_OPERATIONS[command];
    if (!operation) return false;
    this.store.set(operation);
    return true;
  }

  insert(text: string): void {
    this.store.set((b) => insertText(b, text));
  }

  replace(start: number, end: number, text: string): void {
    this.store.set((b) => replaceRange(b, start, end, text));
  }

  setText(text: string, cursor = text.length): void {
    this.store.set(bufferOf(text, cursor));
  }

  setBuffer(buffer: Buffer): void {
    this.store.set(buffer);
  }

  clear(): void {
    this.store.set(emptyBuffer);
  }
}

export function useLineEditor(): LineEditor {
  const [editor] = useState(() => new LineEditor());
  return editor;
}
