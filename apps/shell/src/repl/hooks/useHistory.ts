/**
 * History for the REPL: the in-memory list (every accepted line, sensitive ones included, so
 * Up-arrow finds them this session), the file (only lines the sensitive-line rule lets through),
 * Up/Down navigation and Ctrl+R search state.
 */
import { useEffect, useState } from 'react';
import type { HistoryFile } from '../../history/history-file.js';
import { addEntry } from '../../history/history-list.js';
import { atDraft, nextEntry, previousEntry, type HistoryCursor } from '../../history/navigation.js';
import { searchOlder, startSearch, updateQuery, type ReverseSearch } from '../../history/reverse-search.js';
import type { HistoryDestination } from '../../history/sensitive.js';
import { Store } from '../state/store.js';

export class History {
  readonly entries = new Store<readonly string[]>([]);
  readonly search = new Store<ReverseSearch | null>(null);
  #cursor: HistoryCursor = atDraft;
  /** The line as it was when Ctrl+R was pressed, for Escape. */
  #searchOrigin = '';
  readonly #file: HistoryFile | undefined;

  constructor(file: HistoryFile | undefined) {
    this.#file = file;
  }

  #loaded: Promise<void> | undefined;

  /** Loads the file once, keeping anything accepted while it loaded as the newest entries. */
  load(): Promise<void> {
    this.#loaded ??= (async () => {
      if (!this.#file) return;
      const loaded = await this.#file.load();
      this.entries.set((current) => current.reduce((list, e) => addEntry(list, e), loaded));
    })();
    return this.#loaded;
  }

  /** Runs `action` once the file is loaded (at once if it is), so an early Up-arrow is not lost. */
  afterLoad(action: () => void): void {
    void this.load().then(action);
  }

  /** Records an accepted line; `destination` says whether it may also go to the file. */
  add(line: string, destination: HistoryDestination): Promise<void> {
    this.#cursor = atDraft;
    if (line.trim() === '') return Promise.resolve();
    this.entries.set((list) => addEntry(list, line));
    return destination === 'file' && this.#file ? this.#file.append(line) : Promise.resolve();
  }

  /** Up: the text to show, or undefined at the oldest entry. */
  previous(currentText: string): string | undefined {
    const r = previousEntry(this.entries.get(), this.#cursor, currentText);
    this.#cursor = r.cursor;
    return r.text;
  }

  /** Down: the text to show (the draft after the newest entry), or undefined. */
  next(): string | undefined {
    const r = nextEntry(this.entries.get(), this.#cursor);
    this.#cursor = r.cursor;
    return r.text;
  }

  /** The user edited the line: Up starts again from the newest entry. */
  resetNavigation(): void {
    this.#cursor = atDraft;
  }

  beginSearch(original: string): void {
    this.#searchOrigin = original;
    this.search.set(startSearch());
  }

  setSearchQuery(query: string): void {
    this.search.set((s) => updateQuery(this.entries.get(), s ?? startSearch(), query));
  }

  searchOlder(): void {
    this.search.set((s) => (s ? searchOlder(this.entries.get(), s) : s));
  }

  /** Ends the search; returns the matched entry (undefined when nothing matched). */
  endSearch(): string | undefined {
    const s = this.search.get();
    this.search.set(null);
    return s?.match !== null && s?.match !== undefined ? this.entries.get()[s.match] : undefined;
  }

  /** Escape / Ctrl+G: ends the search; returns the line as it was before it. */
  cancelSearch(): string {
    this.search.set(null);
    return this.#searchOrigin;
  }

  flush(): Promise<void> {
    return this.#file?.flush() ?? Promise.resolve();
  }
}

export function useHistory(file: HistoryFile | undefined): History {
  const [history] = useState(() => new History(file));
  useEffect(() => {
    void history.load();
  }, [history]);
  return history;
}
