/**
 * What the interactive shell needs from the engine, in the shell's own terms. The REPL's hooks and
 * components depend only on this; `core-backend.ts` implements it on @entra-shell/core. Keeping the
 * seam narrow keeps UI code free of engine details (and lets the engine load after the first frame).
 */
import type { HistoryDestination } from '../history/sensitive.js';

/** Token classes for colouring, as PSReadLine names them. */
export type HighlightKind =
  | 'command'
  | 'parameter'
  | 'string'
  | 'variable'
  | 'number'
  | 'comment'
  | 'operator'
  | 'keyword'
  | 'member'
  | 'type'
  | 'error'
  | 'default';

export interface HighlightSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: HighlightKind;
}

export type CompletionKind = 'command' | 'parameter' | 'value' | 'variable' | 'path' | 'user';

export interface CompletionItem {
  /** The text that replaces [start, end) of the line. */
  readonly replacement: string;
  /** What the menu shows (defaults to the replacement). */
  readonly display: string;
  readonly kind: CompletionKind;
}

export interface CompletionResult {
  readonly start: number;
  readonly end: number;
  readonly items: readonly CompletionItem[];
}

export interface ProgressView {
  readonly activityId: number;
  readonly activity: string;
  readonly status: string;
  readonly percentComplete: number;
  readonly current?: number;
  readonly total?: number;
  readonly rate?: number;
  readonly secondsRemaining?: number;
  readonly completed: boolean;
}

export type RunEvent =
  /** Finished text for the scrollback (already formatted and coloured, may span lines). */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'progress'; readonly progress: ProgressView }
  /** Clear-Host ran: what is on the screen goes, the text after it starts at the top. */
  | { readonly kind: 'clear-screen' }
  /** The script ran `exit`: the shell should quit with this code. */
  | { readonly kind: 'exit'; readonly code: number };

export interface RunOptions {
  readonly signal: AbortSignal;
  /** Terminal columns to fit tables and lists into. */
  readonly width: number;
  readonly color: boolean;
}

export interface ReplBackend {
  /** Settles when start-up work (connecting to the demo tenant) is over; the location may then have changed. */
  readonly ready?: Promise<void>;
  /** Where commands run, for the prompt: 'demo:contoso.onmicrosoft.com', or undefined when unconnected. */
  location(): string | undefined;
  highlight(text: string): readonly HighlightSpan[];
  /** True when Enter should continue on a `>> ` line (open quote, brace, paren, trailing `|`...). */
  isIncomplete(text: string): boolean;
  /** Whether an accepted line may be written to the history file (the sensitive-line rule). */
  historyDestination(line: string): HistoryDestination;
  complete(text: string, cursor: number, signal: AbortSignal): Promise<CompletionResult>;
  run(script: string, options: RunOptions): AsyncIterable<RunEvent>;
}
