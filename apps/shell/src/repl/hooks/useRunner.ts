/**
 * Runs accepted input through the backend: streams finished text to the scrollback, keeps the
 * progress records of the running pipeline for the progress bar, and cancels on Ctrl+C. Cancelling
 * aborts the pipeline's signal (which also aborts HTTP) and returns to the prompt at once, without
 * waiting for a stage that is slow to notice.
 */
import { useState } from 'react';
import type { ProgressView, ReplBackend } from '../../backend/types.js';
import { Store } from '../state/store.js';
import { untilAborted } from './until-aborted.js';
import type { Scrollback } from './useScrollback.js';

export interface RunningState {
  /** What the spinner names: the first command of the input. */
  readonly label: string;
  readonly startedAt: number;
  /** Live progress bars by activity id; completed activities are removed. */
  readonly progress: ReadonlyMap<number, ProgressView>;
}

export interface RunOutcome {
  /** Set when the script ran `exit`. */
  readonly exitCode?: number;
  readonly cancelled: boolean;
}

/** Erase the screen and put the cursor home (what Ctrl+L writes too). */
export const CLEAR_SCREEN = '\x1b[2J\x1b[H';

/** The longest Clear-Host waits for earlier text to reach the terminal. */
const CLEAR_WAIT_MS = 1000;

/** Text allowed to wait for the screen before the run is paused until the screen catches up. */
const MAX_UNRENDERED_CHARS = 64 * 1024;

/** Output arriving faster than this is printed in batches, one scrollback item per batch. */
const TEXT_BATCH_MS = 40;

export class Runner {
  readonly running = new Store<RunningState | null>(null);
  #controller: AbortController | undefined;
  #pendingText: string[] = [];
  /** Characters printed since the screen last caught up. */
  #unrenderedChars = 0;
  #flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly scrollback: Scrollback,
    /** Writes CLEAR_SCREEN to the terminal now (Ink's stdout write, which keeps the live area). */
    private readonly clearTerminal: () => void,
  ) {}

  get isRunning(): boolean {
    return this.running.get() !== null;
  }

  async run(backend: ReplBackend, script: string, label: string, width: number, color: boolean): Promise<RunOutcome> {
    const controller = new AbortController();
    this.#controller = controller;
    this.running.set({ label, startedAt: Date.now(), progress: new Map() });
    let exitCode: number | undefined;
    const iterator = backend.run(script, { signal: controller.signal, width, color })[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await untilAborted(iterator.next(), controller.signal);
        if (next === 'aborted' || next.done) break;
        const event = next.value;
        if (event.kind === 'text') {
          this.#print(event.text);
          if (this.#unrenderedChars > MAX_UNRENDERED_CHARS && (await this.#caughtUp(controller.signal)) === 'aborted') break;
        } else if (event.kind === 'progress') this.#updateProgress(event.progress);
        else if (event.kind === 'clear-screen') await this.#clearScreen();
        else exitCode = event.code;
      }
    } catch (error) {
      // The backend turns engine errors into text; anything reaching here is a shell bug, but the
      // prompt must come back regardless, with a message rather than a stack trace.
      this.#print(`\x1b[31;1mentra-shell: ${error instanceof Error ? error.message : String(error)}\x1b[0m`);
    } finally {
      this.#flush();
      // Tell the engine's generator we are gone; it finishes unwinding in the background.
      if (controller.signal.aborted && iterator.return) iterator.return().catch(() => undefined);
      this.#controller = undefined;
      this.running.set(null);
    }
    return { exitCode, cancelled: controller.signal.aborted };
  }

  /**
   * Backpressure: the engine produces text faster than a terminal shows it, and without a pause the
   * text waiting for the screen piles up in memory. Waiting here stops pulling events, so the
   * pipeline itself waits, as pwsh's console host makes it wait.
   */
  async #caughtUp(signal: AbortSignal): Promise<'rendered' | 'aborted'> {
    this.#flush();
    const result = await untilAborted(this.scrollback.whenRendered().then(() => 'rendered' as const), signal);
    this.#unrenderedChars = 0;
    return result;
  }

  /** Batches text so a pipeline printing a million lines makes a few dozen renders per second, not a million. */
  #print(text: string): void {
    this.#unrenderedChars += text.length + 1;
    this.#pendingText.push(text);
    this.#flushTimer ??= setTimeout(() => this.#flush(), TEXT_BATCH_MS);
  }

  /**
   * Clear-Host: the text printed before it (the echoed command line included) must be on the
   * terminal before the clear, or it would reappear below it; the run's next events wait meanwhile.
   * Ink strips screen-clearing codes from rendered text, so the clear is written around it.
   */
  async #clearScreen(): Promise<void> {
    this.#flush();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A render that never comes (an unmounted app) must not hold the run forever.
    const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLEAR_WAIT_MS)));
    await Promise.race([this.scrollback.whenRendered(), giveUp]);
    clearTimeout(timer);
    this.clearTerminal();
  }

  #flush(): void {
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    if (this.#pendingText.length === 0) return;
    this.scrollback.append(this.#pendingText.join('\n'));
    this.#pendingText = [];
  }

  cancel(): void {
    this.#controller?.abort(new DOMException('The pipeline was stopped (Ctrl+C).', 'AbortError'));
  }

  #updateProgress(p: ProgressView): void {
    this.running.set((state) => {
      if (!state) return state;
      const progress = new Map(state.progress);
      if (p.completed) progress.delete(p.activityId);
      else progress.set(p.activityId, p);
      return { ...state, progress };
    });
  }
}

export function useRunner(scrollback: Scrollback, clearTerminal: () => void): Runner {
  const [runner] = useState(() => new Runner(scrollback, clearTerminal));
  return runner;
}
