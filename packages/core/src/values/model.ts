/**
 * The value model: the few kinds of value a PowerShell script can hold here.
 *
 * Plain JS values stand for themselves where PowerShell's semantics match:
 *   $null → null, String → string, Boolean → boolean, Int32/Int64/Double → number,
 *   object[] → Array. Everything with behaviour of its own is a class below, so
 *   conversions, comparisons and method tables can dispatch with `instanceof`.
 * `undefined` never appears as a script value (use null).
 */

/** Case-insensitive, insertion-ordered string-keyed map: the base of hashtables and objects. */
export class CaseInsensitiveMap<V> {
  readonly #entries = new Map<string, { key: string; value: V }>();

  get size(): number {
    return this.#entries.size;
  }
  has(key: string): boolean {
    return this.#entries.has(key.toLowerCase());
  }
  get(key: string): V | undefined {
    return this.#entries.get(key.toLowerCase())?.value;
  }
  /** Keeps the first spelling of a key, as PowerShell does, and its position. */
  set(key: string, value: V): this {
    const folded = key.toLowerCase();
    const existing = this.#entries.get(folded);
    this.#entries.set(folded, { key: existing?.key ?? key, value });
    return this;
  }
  delete(key: string): boolean {
    return this.#entries.delete(key.toLowerCase());
  }
  keys(): string[] {
    return [...this.#entries.values()].map((e) => e.key);
  }
  values(): V[] {
    return [...this.#entries.values()].map((e) => e.value);
  }
  entries(): [string, V][] {
    return [...this.#entries.values()].map((e) => [e.key, e.value]);
  }
}

/** `@{ ... }` and `[ordered]@{ ... }`: keys are case-insensitive and keep insertion order. */
export class PSHashtable extends CaseInsensitiveMap<unknown> {
  static from(record: Record<string, unknown>): PSHashtable {
    const table = new PSHashtable();
    for (const [k, v] of Object.entries(record)) table.set(k, v);
    return table;
  }
}

/**
 * A PSCustomObject-like record: ordered, case-insensitive properties plus type names
 * (most specific first) that select a default display view, e.g. ['EntraShell.TemporaryAccessPass'].
 */
export class PSObject {
  readonly properties = new CaseInsensitiveMap<unknown>();
  readonly typeNames: string[];
  /**
   * What ToString gives for a record standing for a .NET type with its own ToString (a PathInfo is
   * its path, so `"$(Get-Location)"` is the path); absent: `@{A=1; B=2}`.
   */
  stringValue?: string;

  constructor(props: Record<string, unknown> | [string, unknown][] = {}, typeNames: string[] = ['System.Management.Automation.PSCustomObject']) {
    const pairs = Array.isArray(props) ? props : Object.entries(props);
    for (const [k, v] of pairs) this.properties.set(k, v);
    this.typeNames = typeNames;
  }
  get(name: string): unknown {
    const v = this.properties.get(name);
    return v === undefined ? null : v;
  }
  has(name: string): boolean {
    return this.properties.has(name);
  }
  set(name: string, value: unknown): void {
    this.properties.set(name, value);
  }
  propertyNames(): string[] {
    return this.properties.keys();
  }
}

export type DateTimeKind = 'Local' | 'Utc' | 'Unspecified';

/** System.DateTime: an instant plus the kind that decides how it prints. Immutable. */
export class PSDateTime {
  constructor(
    readonly epochMs: number,
    readonly kind: DateTimeKind = 'Local',
  ) {}
  static now(): PSDateTime {
    return new PSDateTime(Date.now(), 'Local');
  }
  toDate(): Date {
    return new Date(this.epochMs);
  }
  /** What Graph wants: UTC ISO 8601. */
  toISOString(): string {
    return new Date(this.epochMs).toISOString();
  }
}

/** System.TimeSpan, held in milliseconds (PowerShell's ticks are 10,000 per ms). */
export class PSTimeSpan {
  constructor(readonly totalMilliseconds: number) {}
}

/** System.Guid, always held in lower-case canonical form. */
export class PSGuid {
  readonly value: string;
  constructor(value: string) {
    this.value = value.toLowerCase();
  }
  static readonly pattern = /^[{(]?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}[)}]?$/i;
  toString(): string {
    return this.value;
  }
}

/** A type literal used as a value, e.g. `[datetime]` in `[datetime]::UtcNow`. */
export class PSTypeName {
  constructor(readonly name: string) {}
}

/**
 * `{ ... }` as a value. `body` is the parsed AST (typed in language/ast.ts, kept opaque
 * here so the value model does not depend on the parser); `text` is the source inside the braces.
 */
export class ScriptBlockValue {
  constructor(
    readonly body: unknown,
    readonly text: string,
  ) {}
  toString(): string {
    return this.text;
  }
}

/** Enumerable in PowerShell's sense: unrolled by the pipeline (arrays, not strings or dictionaries). */
export function isEnumerable(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}
