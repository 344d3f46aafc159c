/**
 * What the evaluator works with: the session-wide engine (registry, host, streams, $?, $Error)
 * and, per block of code being run, a frame (scope, source text for error positions, signal).
 */
import type { SessionLocation } from '../cmdlet/location.js';
import type { CommandRegistry } from '../cmdlet/registry.js';
import type { ServiceReader } from '../cmdlet/services.js';
import type { StreamEvent } from '../pipeline/events.js';
import type { Host } from '../pipeline/host.js';
import type { ErrorRecord } from '../pipeline/records.js';
import type { EnvironmentStore, Scope } from './scope.js';

export interface Engine {
  readonly registry: CommandRegistry;
  /** The host, already wrapped so that prompts wait for earlier records to be consumed. */
  readonly host: Host;
  readonly services: ServiceReader;
  readonly environment: EnvironmentStore;
  readonly location: SessionLocation;
  emit(event: StreamEvent): void;
  /** Adds to $Error (most recent first, capped). */
  recordError(record: ErrorRecord): void;
  /** `$?`: did the last statement succeed. */
  lastStatementSucceeded: boolean;
  /** Errors reported so far (non-terminating or statement-terminating); a statement failed if it grew. */
  failureCount: number;
}

export interface Frame {
  readonly engine: Engine;
  readonly scope: Scope;
  /** The text the AST spans of the running code index into. */
  readonly source: string;
  readonly signal: AbortSignal;
  /** Inside a try body (directly or through invoked script blocks): statement-terminating errors propagate to it. */
  readonly inTry?: boolean;
  /** The error being handled in a catch block (what a bare `throw` rethrows). */
  readonly currentError?: ErrorRecord;
  /** How many function calls deep this code runs (PowerShell stops at 100). */
  readonly callDepth?: number;
}

/** Where statement output goes: the run's output stream, or a collection for `(...)`, `$x = ...`. */
export interface Output {
  /** May return a promise to apply backpressure; synchronous sinks return nothing. */
  write(value: unknown): Promise<void> | void;
}

export class Collector implements Output {
  readonly items: unknown[] = [];
  write(value: unknown): void {
    this.items.push(value);
  }
  /** PowerShell's rule for captured output: nothing → $null, one item → the item, more → an array. */
  result(): unknown {
    if (this.items.length === 0) return null;
    if (this.items.length === 1) return this.items[0];
    return this.items;
  }
}
