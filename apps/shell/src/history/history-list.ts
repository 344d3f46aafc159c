/**
 * The in-memory history: newest last, no duplicates (re-running a line moves it to the end, as
 * PSReadLine's HistoryNoDuplicates does), at most `capacity` entries. Pure functions over arrays
 * so React state and tests can use them directly.
 */

export const HISTORY_CAPACITY = 4096;

export function addEntry(entries: readonly string[], text: string, capacity = HISTORY_CAPACITY): string[] {
  if (text.trim() === '') return [...entries];
  const next = entries.filter((e) => e !== text);
  next.push(text);
  return next.length > capacity ? next.slice(next.length - capacity) : next;
}

/** Folds a list in order (oldest first) through addEntry: what a loaded file becomes. */
export function dedupe(entries: readonly string[], capacity = HISTORY_CAPACITY): string[] {
  const seen = new Set<string>();
  const newestFirst: string[] = [];
  for (let i = entries.length - 1; i >= 0 && newestFirst.length < capacity; i--) {
    const e = entries[i];
    if (e === undefined || e.trim() === '' || seen.has(e)) continue;
    seen.add(e);
    newestFirst.push(e);
  }
  return newestFirst.reverse();
}
