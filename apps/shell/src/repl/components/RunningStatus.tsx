/** While a command runs: a spinner with its name and elapsed time, and one bar per progress activity. */
import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { renderProgressLine } from '../../render/progress-line.js';
import type { RunningState } from '../hooks/useRunner.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function RunningStatus({ state, width, color }: { readonly state: RunningState; readonly width: number; readonly color: boolean }) {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 80);
    return () => clearInterval(timer);
  }, []);
  const elapsed = Date.now() - state.startedAt;
  const spinner = `${color ? '\x1b[36m' : ''}${FRAMES[tick % FRAMES.length] ?? ''}${color ? '\x1b[0m' : ''} ${state.label} \x1b[2m(${(elapsed / 1000).toFixed(1)}s · Ctrl+C to stop)\x1b[0m`;
  const bars = [...state.progress.values()].map((p) => renderProgressLine(p, width, elapsed, color));
  return <Text>{[spinner, ...bars].join('\n')}</Text>;
}
