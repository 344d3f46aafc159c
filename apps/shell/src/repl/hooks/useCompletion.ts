/**
 * Tab completion, PSReadLine style: Tab puts in the next match and cycles on repeated presses,
 * Shift+Tab goes back, Ctrl+Space opens a menu of every match (arrows/Tab move, Enter keeps the
 * choice, Escape restores the line, typing refines it). Requests to the backend may be slow (user
 * names come from the tenant): each new request aborts the previous one, refinement while typing is
 * debounced, and an answer that arrives after the line changed is dropped.
 */
import { useEffect, useState } from 'react';
import type { CompletionResult, ReplBackend } from '../../backend/types.js';
import { replaceRange, type Buffer } from '../../editor/buffer.js';
import { Store } from '../state/store.js';
import type { LineEditor } from './useLineEditor.js';

export interface CompletionState {
  readonly result: CompletionResult;
  /** The buffer before any match was put in. */
  readonly original: Buffer;
  /** Index of the match in the buffer (-1: none yet). */
  readonly index: number;
  /** The buffer as the last applied match left it: if the buffer differs, the cycle is over. */
  readonly applied: Buffer;
  readonly menu: boolean;
}

/** Milliseconds of quiet typing before the open menu asks for fresh matches. */
export const REFINE_DEBOUNCE_MS = 120;

function sameBuffer(a: Buffer, b: Buffer): boolean {
  return a.text === b.text && a.cursor === b.cursor;
}

export class Completion {
  readonly state = new Store<CompletionState | null>(null);
  #pending: AbortController | undefined;
  #refineTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly editor: LineEditor,
    private readonly backend: () => ReplBackend | undefined,
  ) {}

  /** Tab (+1) / Shift+Tab (-1). */
  async cycle(direction: 1 | -1): Promise<void> {
    const current = this.state.get();
    if (current && sameBuffer(current.applied, this.editor.buffer)) {
      this.#select(current, direction);
      return;
    }
    const result = await this.#request(this.editor.buffer);
    if (!result || result.result.items.length === 0) return;
    this.#select({ ...result, index: -1, applied: result.original, menu: false }, direction);
  }

  /** Ctrl+Space: show every match; a single match is simply put in. */
  async openMenu(): Promise<void> {
    const result = await this.#request(this.editor.buffer);
    if (!result || result.result.items.length === 0) return;
    const state: CompletionState = { ...result, index: -1, applied: result.original, menu: result.result.items.length > 1 };
    this.#select(state, 1);
  }

  /** Enter in the menu: keep the selected match and close the menu. */
  acceptMenu(): void {
    this.state.set(null);
  }

  /** Escape in the menu: put the line back as it was. */
  revert(): void {
    const current = this.state.get();
    if (current) this.editor.setBuffer(current.original);
    this.cancel();
  }

  /** Any other key: the cycle ends (and pending answers are dropped). */
  cancel(): void {
    this.#pending?.abort();
    this.#pending = undefined;
    if (this.#refineTimer) clearTimeout(this.#refineTimer);
    this.state.set(null);
  }

  /** Typing while the menu is open: close it now, reopen with fresh matches once typing pauses. */
  refineSoon(): void {
    this.cancel();
    this.#refineTimer = setTimeout(() => void this.openMenu(), REFINE_DEBOUNCE_MS);
  }

  #select(state: CompletionState, direction: 1 | -1): void {
    const count = state.result.items.length;
    const index = state.index === -1 ? (direction === 1 ? 0 : count - 1) : (state.index + direction + count) % count;
    const item = state.result.items[index];
    if (!item) return;
    const applied = replaceRange(state.original, state.result.start, state.result.end, item.replacement);
    this.editor.setBuffer(applied);
    this.state.set({ ...state, index, applied });
  }

  async #request(buffer: Buffer): Promise<{ result: CompletionResult; original: Buffer } | undefined> {
    const backend = this.backend();
    if (!backend) return undefined;
    this.#pending?.abort();
    const controller = new AbortController();
    this.#pending = controller;
    try {
      const result = await backend.complete(buffer.text, buffer.cursor, controller.signal);
      // Dropped when superseded, cancelled, or the user kept typing meanwhile.
      if (controller.signal.aborted || !sameBuffer(buffer, this.editor.buffer)) return undefined;
      return { result, original: buffer };
    } catch {
      return undefined;
    } finally {
      if (this.#pending === controller) this.#pending = undefined;
    }
  }
}

export function useCompletion(editor: LineEditor, backend: () => ReplBackend | undefined): Completion {
  const [completion] = useState(() => new Completion(editor, backend));
  useEffect(() => () => completion.cancel(), [completion]);
  return completion;
}
