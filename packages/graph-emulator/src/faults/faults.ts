/**
 * Injected failures, drawn per Graph call from a seeded generator so a run is reproducible:
 * 500, 503 with Retry-After, 504, a reset connection, and a response that never comes.
 *
 * A 503 means the service did not process the call. For the ambiguous failures (500, 504, reset,
 * no response) a second draw decides whether the operation took effect before failing, so a
 * client that retries a create can observe the pass it never saw.
 */
import { mulberry32 } from '../core/prng.js';
import type { RouteId } from '../http/router.js';

export type FaultKind = '500' | '503' | '504' | 'reset' | 'hang';

export type FaultRates = Partial<Record<FaultKind, number>>;

export interface FaultOptions {
  readonly seed?: number;
  /** Probability of each fault per call, for every route. */
  readonly rates?: FaultRates;
  /** Per-route rates replacing `rates` for that route. */
  readonly routes?: Partial<Record<RouteId, FaultRates>>;
  /** For 500, 504, reset and no response: probability the operation was applied first. Default 0.5. */
  readonly processedRate?: number;
  /** Retry-After of an injected 503, in seconds. Default 1. */
  readonly retryAfterSeconds?: number;
}

export interface Fault {
  readonly kind: FaultKind;
  /** The operation ran before the failure (never for 503). */
  readonly processed: boolean;
}

const ORDER: readonly FaultKind[] = ['500', '503', '504', 'reset', 'hang'];

function total(rates: FaultRates | undefined): number {
  return ORDER.reduce((sum, kind) => sum + (rates?.[kind] ?? 0), 0);
}

export class FaultInjector {
  #random: () => number;

  constructor(private readonly options: FaultOptions, defaultSeed: number) {
    for (const rates of [options.rates, ...Object.values(options.routes ?? {})]) {
      for (const kind of ORDER) {
        const rate = rates?.[kind] ?? 0;
        if (!(rate >= 0 && rate <= 1)) throw new RangeError(`faults: rate for ${kind} must be between 0 and 1`);
      }
      if (total(rates) > 1) throw new RangeError('faults: the rates of one route add up to more than 1');
    }
    this.#random = mulberry32(options.seed ?? defaultSeed);
  }

  get active(): boolean {
    return total(this.options.rates) > 0 || Object.values(this.options.routes ?? {}).some((rates) => total(rates) > 0);
  }

  get retryAfterSeconds(): number {
    return this.options.retryAfterSeconds ?? 1;
  }

  /** Draws the fate of one call. Always consumes two numbers, so runs stay aligned. */
  draw(route: RouteId): Fault | undefined {
    if (!this.active) return undefined;
    const rates = this.options.routes?.[route] ?? this.options.rates ?? {};
    const roll = this.#random();
    const applied = this.#random() < (this.options.processedRate ?? 0.5);
    let threshold = 0;
    for (const kind of ORDER) {
      threshold += rates[kind] ?? 0;
      if (roll < threshold) return { kind, processed: kind !== '503' && applied };
    }
    return undefined;
  }
}
