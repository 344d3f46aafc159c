/** What `session.run()` yields. */
import type { PipelineEvent } from '../pipeline/events.js';

/** The last event of every run. */
export interface RunResult {
  readonly type: 'result';
  /** Some statement reported an error (non-terminating or terminating), or parsing failed. */
  readonly hadErrors: boolean;
  /** Set when the script ran `exit`. */
  readonly exitCode?: number;
  /** The run was cancelled through its signal (Ctrl+C). */
  readonly cancelled: boolean;
}

export type SessionEvent = PipelineEvent | RunResult;
