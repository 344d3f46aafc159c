/** The inline prediction for the current line: shown only with the cursor at the end of a one-line buffer. */
import { useMemo } from 'react';
import type { Buffer } from '../../editor/buffer.js';
import { predictFromHistory } from '../../prediction/predict.js';

export function predictionFor(entries: readonly string[], buffer: Buffer): string {
  if (buffer.cursor !== buffer.text.length || buffer.text.includes('\n')) return '';
  return predictFromHistory(entries, buffer.text);
}

export function usePrediction(entries: readonly string[], buffer: Buffer, enabled: boolean): string {
  return useMemo(() => (enabled ? predictionFor(entries, buffer) : ''), [entries, buffer, enabled]);
}
