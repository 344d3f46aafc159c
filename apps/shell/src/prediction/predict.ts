/**
 * Inline prediction from history (PSReadLine's HistoryPrediction): the newest entry that starts
 * with what has been typed (case-insensitive), shown as the rest of the line in dim text.
 */

/** The text that would complete `typed`, or '' when history has nothing longer. */
export function predictFromHistory(entries: readonly string[], typed: string): string {
  if (typed.trim() === '') return '';
  const lower = typed.toLowerCase();
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] ?? '';
    if (entry.length > typed.length && entry.toLowerCase().startsWith(lower)) return entry.slice(typed.length);
  }
  return '';
}
