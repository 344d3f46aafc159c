/**
 * Progress of a bulk run for the host's progress bar: how many done (and failed), of how many
 * when known, and the rate. Updates are spaced out so a fast run does not flood the host with
 * thousands of redraws; the final state is always reported before the bar is removed.
 */
import type { ProgressRecord } from '../../../pipeline/records.js';

export interface ProgressSink {
  writeProgress(record: ProgressRecord): void;
}

export interface BulkProgressOptions {
  readonly activity: string;
  readonly activityId?: number;
  /** Items expected, when known up front. */
  readonly total?: number;
  /** Minimum spacing of updates, default 100 ms. */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

export class BulkProgress {
  #done = 0;
  #failed = 0;
  #lastWrite = Number.NEGATIVE_INFINITY;
  readonly #started: number;
  readonly #now: () => number;

  constructor(private readonly options: BulkProgressOptions) {
    this.#now = options.now ?? Date.now;
    this.#started = this.#now();
  }

  get done(): number {
    return this.#done;
  }

  get failed(): number {
    return this.#failed;
  }

  /** One item finished. The sink is the current call's context (process or end). */
  advance(succeeded: boolean, sink: ProgressSink): void {
    this.#done++;
    if (!succeeded) this.#failed++;
    const now = this.#now();
    if (now - this.#lastWrite < (this.options.intervalMs ?? 100)) return;
    this.#lastWrite = now;
    sink.writeProgress(this.#record(false, now));
  }

  /** The run is over: report the final counts and remove the bar. Nothing is shown for an empty run. */
  complete(sink: ProgressSink): void {
    if (this.#done === 0) return;
    sink.writeProgress(this.#record(true, this.#now()));
  }

  #record(completed: boolean, now: number): ProgressRecord {
    const seconds = Math.max(0.001, (now - this.#started) / 1000);
    const rate = Math.round((this.#done / seconds) * 10) / 10;
    const total = this.options.total;
    const of = total === undefined ? '' : ` of ${total}`;
    const failed = this.#failed === 0 ? '' : `, ${this.#failed} failed`;
    return {
      activityId: this.options.activityId ?? 1,
      activity: this.options.activity,
      status: `${this.#done}${of} done${failed} (${rate}/s)`,
      percentComplete: total === undefined || total === 0 ? -1 : Math.min(100, Math.floor((this.#done / total) * 100)),
      current: this.#done,
      ...(total === undefined ? {} : { total }),
      rate,
      ...(total === undefined || rate === 0 ? {} : { secondsRemaining: Math.max(0, Math.round((total - this.#done) / rate)) }),
      completed,
    };
  }
}
