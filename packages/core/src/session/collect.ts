/** Gathering a whole run's events, for tests, the runner and scripts that want everything at once. */
import type { DebugRecord, ErrorRecord, InformationRecord, ProgressRecord, VerboseRecord, WarningRecord } from '../pipeline/records.js';
import type { RunResult, SessionEvent } from './events.js';

export interface CollectedRun {
  readonly output: unknown[];
  readonly errors: ErrorRecord[];
  readonly warnings: WarningRecord[];
  readonly verbose: VerboseRecord[];
  readonly debug: DebugRecord[];
  readonly information: InformationRecord[];
  readonly progress: ProgressRecord[];
  /** Every event in order, the result included. */
  readonly events: SessionEvent[];
  readonly result: RunResult;
}

export async function collect(events: AsyncIterable<SessionEvent>): Promise<CollectedRun> {
  const run: Omit<CollectedRun, 'result'> = { output: [], errors: [], warnings: [], verbose: [], debug: [], information: [], progress: [], events: [] };
  let result: RunResult = { type: 'result', hadErrors: false, cancelled: false };
  for await (const event of events) {
    run.events.push(event);
    switch (event.type) {
      case 'output':
        run.output.push(event.value);
        break;
      case 'error':
        run.errors.push(event.record);
        break;
      case 'warning':
        run.warnings.push(event.record);
        break;
      case 'verbose':
        run.verbose.push(event.record);
        break;
      case 'debug':
        run.debug.push(event.record);
        break;
      case 'information':
        run.information.push(event.record);
        break;
      case 'progress':
        run.progress.push(event.record);
        break;
      case 'result':
        result = event;
        break;
    }
  }
  return { ...run, result };
}
