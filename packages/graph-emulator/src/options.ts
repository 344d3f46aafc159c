/** What `startEmulator` accepts, and what can change while it runs. */
import type { Clock } from './core/clock.js';
import type { FaultOptions } from './faults/faults.js';
import type { LatencyOptions } from './faults/latency.js';
import type { TapPolicy } from './tap/policy.js';
import type { ThrottlingOptions } from './throttle/throttler.js';

/** Settings `configure()` (and `POST /_emulator/config`) can replace at runtime. */
export interface RuntimeOptions {
  readonly throttling?: ThrottlingOptions;
  readonly faults?: FaultOptions;
  readonly latency?: LatencyOptions;
}

export interface EmulatorOptions extends RuntimeOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  readonly port?: number;
  /** Seeds synthetic users, and faults and jitter unless they have their own seed. Default 1. */
  readonly seed?: number;
  /** Synthetic users added after the demo tenant's ~50 (100,000 is fine). Default 0. */
  readonly users?: number;
  /** Base clock; default the system clock. The emulator adds its own offset for advance(). */
  readonly clock?: Clock;
  /** Overrides of the demo tenant's TAP policy (enabled, 10..480 minutes, default 60, length 8). */
  readonly policy?: Partial<TapPolicy>;
  /** How many received requests to keep for `requests` (oldest dropped). Default 10,000. */
  readonly maxRecordedRequests?: number;
  /**
   * The base of `@odata.context`, next and delta links and `Location`: `'graph'` (default) writes
   * `https://graph.microsoft.com/v1.0/...` as Graph does, so an official SDK whose host is remapped
   * to the emulator pages as it would against Graph; `'local'` writes the emulator's own URL.
   */
  readonly links?: 'graph' | 'local';
  /** The test routes' secret (16 characters or more); default: a random one per run. */
  readonly secret?: string;
}
