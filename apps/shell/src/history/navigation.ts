/**
 * Up/Down through history, as pure state transitions. Leaving the line being typed for an older
 * entry keeps it as a draft, so Down past the newest entry brings it back.
 */

export interface HistoryCursor {
  /** Index into the entries being shown, or null when the user is on their own (draft) line. */
  readonly index: number | null;
  readonly draft: string;
}

export const atDraft: HistoryCursor = { index: null, draft: '' };

export interface NavigationResult {
  readonly cursor: HistoryCursor;
  /** The text to put in the buffer, or undefined when nothing changes (no older/newer entry). */
  readonly text: string | undefined;
}

export function previousEntry(entries: readonly string[], cursor: HistoryCursor, currentText: string): NavigationResult {
  const from = cursor.index ?? entries.length;
  if (from <= 0) return { cursor, text: undefined };
  const index = from - 1;
  const draft = cursor.index === null ? currentText : cursor.draft;
  return { cursor: { index, draft }, text: entries[index] };
}

export function nextEntry(entries: readonly string[], cursor: HistoryCursor): NavigationResult {
  if (cursor.index === null) return { cursor, text: undefined };
  const index = cursor.index + 1;
  if (index >= entries.length) return { cursor: { index: null, draft: '' }, text: cursor.draft };
  return { cursor: { index, draft: cursor.draft }, text: entries[index] };
}
