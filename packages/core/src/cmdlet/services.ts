/**
 * A typed bag of session services. Layers above the engine (the Graph connection, a clock, a
 * cache...) put their objects here under typed keys; cmdlets read them through `ctx.services`,
 * so core never has to know their types.
 *
 *   export const graphConnectionKey = serviceKey<GraphConnection | undefined>('graph.connection');
 *   session.services.set(graphConnectionKey, connection);
 *   const connection = ctx.services.get(graphConnectionKey);   // GraphConnection | undefined
 */

export interface ServiceKey<T> {
  readonly id: symbol;
  readonly description: string;
  /** Phantom: carries T for inference only; never set. */
  readonly __valueType?: () => T;
}

export function serviceKey<T>(description: string): ServiceKey<T> {
  return { id: Symbol(description), description };
}

/** Read access, as cmdlets see it. */
export interface ServiceReader {
  get<T>(key: ServiceKey<T>): T | undefined;
  /** Like get, but a missing service is a programming error (throws). */
  require<T>(key: ServiceKey<T>): T;
  has(key: ServiceKey<unknown>): boolean;
}

export class ServiceBag implements ServiceReader {
  readonly #values = new Map<symbol, unknown>();

  constructor(initial: readonly ServiceEntry[] = []) {
    for (const entry of initial) this.#values.set(entry.key.id, entry.value);
  }

  get<T>(key: ServiceKey<T>): T | undefined {
    // The map is only ever written through set(), which ties the value's type to the key.
    return this.#values.get(key.id) as T | undefined;
  }
  require<T>(key: ServiceKey<T>): T {
    if (!this.#values.has(key.id)) throw new Error(`The service '${key.description}' is not available in this session.`);
    return this.#values.get(key.id) as T;
  }
  has(key: ServiceKey<unknown>): boolean {
    return this.#values.has(key.id);
  }
  set<T>(key: ServiceKey<T>, value: NoInfer<T>): void {
    this.#values.set(key.id, value);
  }
  delete(key: ServiceKey<unknown>): boolean {
    return this.#values.delete(key.id);
  }
}

/** One initial service for createSession({ services: [...] }); build it with `provide(key, value)`. */
export interface ServiceEntry {
  readonly key: ServiceKey<unknown>;
  readonly value: unknown;
}

export function provide<T>(key: ServiceKey<T>, value: NoInfer<T>): ServiceEntry {
  return { key, value };
}
