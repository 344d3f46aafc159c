/**
 * Ctrl+R: incremental reverse search, case-insensitive, newest match first. Pressing Ctrl+R again
 * looks further back for the same text; typing narrows the search from the current match.
 */

export interface ReverseSearch {
  readonly query: string;
  /** Index of the entry shown, or null when nothing matches (yet). */
  readonly match: number | null;
  /** True when the last step found nothing (PSReadLine shows "failing-bck-i-search"). */
  readonly failed: boolean;
}

/** The newest entry at or before `from` containing `query`. */
export function findBackward(entries: readonly string[], query: string, from: number): number | null {
  const needle = query.toLowerCase();
  for (let i = Math.min(from, entries.length - 1); i >= 0; i--) {
    if ((entries[i] ?? '').toLowerCase().includes(needle)) return i;
  }
  return null;
}

export function startSearch(): ReverseSearch {
  return { query: '', match: null, failed: false };
}

/** The user typed (or deleted) so the query is now `query`: search from the current match back. */
export function updateQuery(entries: readonly string[], search: ReverseSearch, query: string): ReverseSearch {
  if (query === '') return { query, match: null, failed: false };
  const from = search.match ?? entries.length - 1;
  const found = findBackward(entries, query, query.startsWith(search.query) ? from : entries.length - 1);
  return found === null ? { query, match: search.match, failed: true } : { query, match: found, failed: false };
}

/** Ctrl+R again: the next older match. */
export function searchOlder(entries: readonly string[], search: ReverseSearch): ReverseSearch {
  if (search.query === '') return search;
  const from = (search.match ?? entries.length) - 1;
  const found = findBackward(entries, search.query, from);
  return found === null ? { ...search, failed: true } : { ...search, match: found, failed: false };
}
