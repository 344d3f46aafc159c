/** Per-route response delays with uniform jitter, from a seeded generator. */
import { mulberry32 } from '../core/prng.js';
import type { RouteId } from '../http/router.js';

export type RouteLatency = number | { readonly ms: number; readonly jitter?: number };

export interface LatencyOptions {
  /** Mean delay per route in milliseconds; `'*'` applies to routes not listed. */
  readonly routes?: Partial<Record<RouteId | '*', RouteLatency>>;
  /** ± jitter in milliseconds for routes that do not set their own. */
  readonly jitter?: number;
  readonly seed?: number;
}

export class LatencyModel {
  readonly #random: () => number;

  constructor(private readonly options: LatencyOptions, defaultSeed: number) {
    this.#random = mulberry32((options.seed ?? defaultSeed) ^ 0x1a7e);
  }

  delayFor(route: RouteId): number {
    const setting = this.options.routes?.[route] ?? this.options.routes?.['*'];
    if (setting === undefined) return 0;
    const ms = typeof setting === 'number' ? setting : setting.ms;
    const jitter = typeof setting === 'number' ? (this.options.jitter ?? 0) : (setting.jitter ?? this.options.jitter ?? 0);
    return Math.max(0, ms + (jitter === 0 ? 0 : (this.#random() * 2 - 1) * jitter));
  }
}
