/**
 * One progress record as one terminal line:
 *   Issuing passes [██████████░░░░░░░░░░]  512/1000  19.8/s  ETA 0:25  Processing jane@contoso.com
 * Done/total, rate and ETA come from the record when the producer measured them, else they are
 * derived from the elapsed time. The line never exceeds `width` (long status text is cut with …).
 */
import type { ProgressView } from '../backend/types.js';
import { paint } from './ansi.js';

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function truncateEnd(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length <= width ? text : text.slice(0, Math.max(0, width - 1)) + '…';
}

export function renderProgressLine(p: ProgressView, width: number, elapsedMs: number, color: boolean): string {
  const total = p.total;
  const current = p.current;
  const fraction =
    p.percentComplete >= 0 ? Math.min(1, p.percentComplete / 100) : total && current !== undefined ? Math.min(1, current / total) : undefined;
  const rate = p.rate ?? (current !== undefined && elapsedMs > 0 ? current / (elapsedMs / 1000) : undefined);
  const eta =
    p.secondsRemaining !== undefined && p.secondsRemaining >= 0
      ? p.secondsRemaining
      : total !== undefined && current !== undefined && rate && rate > 0
        ? (total - current) / rate
        : undefined;

  const parts: string[] = [];
  if (current !== undefined) parts.push(total !== undefined ? `${current}/${total}` : `${current}`);
  if (rate !== undefined && Number.isFinite(rate)) parts.push(`${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`);
  if (eta !== undefined && Number.isFinite(eta)) parts.push(`ETA ${formatDuration(eta)}`);
  const figures = parts.join('  ');
  const status = p.status && p.status !== p.activity ? p.status : '';

  const barWidth = Math.max(10, Math.min(30, Math.floor(width / 4)));
  let bar = '';
  if (fraction !== undefined) {
    const filled = Math.round(fraction * barWidth);
    bar = `[${paint('█'.repeat(filled), '\x1b[36m', color)}${'░'.repeat(barWidth - filled)}]`;
  }
  const head = truncateEnd(p.activity, Math.max(10, Math.floor(width / 3)));
  const fixed = [head, bar, figures].filter(Boolean).join(' ');
  const fixedLength = fixed.length - (color && bar ? '\x1b[36m\x1b[0m'.length : 0);
  const room = width - fixedLength - 2;
  return status && room > 3 ? `${fixed}  ${truncateEnd(status, room)}` : fixed;
}
