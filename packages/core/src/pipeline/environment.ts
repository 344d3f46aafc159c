/** What the pipeline runtime needs from the session around it. */
import type { CommandLookup, ScriptBlockInvocation, VariableAccess } from '../cmdlet/context.js';
import type { SessionLocation } from '../cmdlet/location.js';
import type { ServiceReader } from '../cmdlet/services.js';
import type { ScriptBlockValue } from '../values/model.js';
import type { StreamEvent } from './events.js';
import type { Host } from './host.js';
import type { ErrorRecord } from './records.js';

export interface PipelineEnvironment {
  readonly host: Host;
  readonly services: ServiceReader;
  /** The scope the pipeline runs in. */
  readonly variables: VariableAccess;
  readonly commands: CommandLookup;
  readonly location: SessionLocation;
  /** Side-stream records, in order. */
  emit(event: StreamEvent): void;
  /** Adds to $Error (most recent first). */
  recordError(record: ErrorRecord): void;
  /** Runs a script block in a child scope of `variables`' scope, collecting its output. */
  invokeScriptBlock(block: ScriptBlockValue, invocation: ScriptBlockInvocation | undefined, signal: AbortSignal): Promise<unknown[]>;
}
