/** What a running pipeline emits besides its output, in the order it happens. */
import type { DebugRecord, ErrorRecord, InformationRecord, ProgressRecord, VerboseRecord, WarningRecord } from './records.js';

export type StreamEvent =
  | { readonly type: 'error'; readonly record: ErrorRecord }
  | { readonly type: 'warning'; readonly record: WarningRecord }
  | { readonly type: 'verbose'; readonly record: VerboseRecord }
  | { readonly type: 'debug'; readonly record: DebugRecord }
  | { readonly type: 'information'; readonly record: InformationRecord }
  | { readonly type: 'progress'; readonly record: ProgressRecord };

/** Output records and the side streams together: what `session.run()` yields before its result. */
export type PipelineEvent = { readonly type: 'output'; readonly value: unknown } | StreamEvent;
