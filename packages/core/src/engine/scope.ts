/**
 * Variable scopes: case-insensitive names, a chain from the current scope to the global one,
 * PowerShell's scope modifiers (`$global:x`, `$script:x`, `$local:x`), and `$env:` drive access.
 */
import type { VariableAccess } from '../cmdlet/context.js';
import type { FunctionInfo } from './functions.js';

interface Slot {
  readonly name: string;
  value: unknown;
}

/** `$env:` storage; the session's default is process.env. */
export interface EnvironmentStore {
  get(name: string): string | undefined;
  set(name: string, value: string | undefined): void;
  names(): string[];
}

export function processEnvironment(): EnvironmentStore {
  const find = (name: string): string | undefined =>
    name in process.env ? name : Object.keys(process.env).find((k) => k.toLowerCase() === name.toLowerCase());
  return {
    get: (name) => {
      const key = find(name);
      return key === undefined ? undefined : process.env[key];
    },
    set: (name, value) => {
      const key = find(name) ?? name;
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    },
    names: () => Object.keys(process.env),
  };
}

/** A map-backed `$env:` for tests and embedded sessions. */
export function memoryEnvironment(initial: Record<string, string> = {}): EnvironmentStore {
  const values = new Map(Object.entries(initial));
  const find = (name: string): string | undefined => (values.has(name) ? name : [...values.keys()].find((k) => k.toLowerCase() === name.toLowerCase()));
  return {
    get: (name) => {
      const key = find(name);
      return key === undefined ? undefined : values.get(key);
    },
    set: (name, value) => {
      const key = find(name) ?? name;
      if (value === undefined) values.delete(key);
      else values.set(key, value);
    },
    names: () => [...values.keys()],
  };
}

export class Scope {
  readonly #slots = new Map<string, Slot>();
  /** Functions defined in this scope (PowerShell's function: drive is scoped like variables). */
  readonly #functions = new Map<string, FunctionInfo>();

  constructor(
    readonly parent: Scope | undefined,
    /** The scope `$script:` refers to from here (the run's top scope). */
    readonly isScriptScope = false,
  ) {}

  get global(): Scope {
    return this.parent ? this.parent.global : this;
  }

  get script(): Scope {
    if (this.isScriptScope || !this.parent) return this;
    return this.parent.script;
  }

  child(): Scope {
    return new Scope(this);
  }

  /** The nearest slot holding `name`, if any. */
  #find(name: string): Slot | undefined {
    return this.#findKey(name.toLowerCase());
  }

  #findKey(key: string): Slot | undefined {
    return this.#slots.get(key) ?? (this.parent ? this.parent.#findKey(key) : undefined);
  }

  has(name: string): boolean {
    return this.#find(name) !== undefined;
  }

  /** The value, or undefined when no scope defines the name (callers turn that into $null). */
  lookup(name: string): unknown {
    return this.#find(name)?.value;
  }

  /** Assignment without a modifier creates or updates the variable in this scope, as in PowerShell. */
  setLocal(name: string, value: unknown): void {
    const key = name.toLowerCase();
    const slot = this.#slots.get(key);
    if (slot) slot.value = value;
    else this.#slots.set(key, { name, value });
  }

  /** Set-Variable-style update: the nearest existing variable, else a new one here. */
  setNearest(name: string, value: unknown): void {
    const slot = this.#find(name);
    if (slot) slot.value = value;
    else this.setLocal(name, value);
  }

  removeLocal(name: string): boolean {
    return this.#slots.delete(name.toLowerCase());
  }

  remove(name: string): boolean {
    return this.#slots.delete(name.toLowerCase()) || (this.parent?.remove(name) ?? false);
  }

  /** Visible variables, innermost definition winning, sorted by name. */
  list(): { name: string; value: unknown }[] {
    const seen = new Map<string, { name: string; value: unknown }>();
    this.#collect(seen);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  #collect(seen: Map<string, { name: string; value: unknown }>): void {
    for (const [key, slot] of this.#slots) if (!seen.has(key)) seen.set(key, { name: slot.name, value: slot.value });
    if (this.parent) this.parent.#collect(seen);
  }

  setFunction(name: string, info: FunctionInfo): void {
    this.#functions.set(name.toLowerCase(), info);
  }

  /** The nearest definition of the function, case-insensitively. */
  findFunction(name: string): FunctionInfo | undefined {
    return this.#functions.get(name.toLowerCase()) ?? this.parent?.findFunction(name);
  }

  /** Visible functions, the innermost definition of each name winning. */
  listFunctions(): FunctionInfo[] {
    const seen = new Map<string, FunctionInfo>();
    for (const [key, info] of this.#functions) seen.set(key, info);
    for (const info of this.parent?.listFunctions() ?? []) if (!seen.has(info.name.toLowerCase())) seen.set(info.name.toLowerCase(), info);
    return [...seen.values()];
  }

  /** The scope a modifier selects: global, script, local/private (this), or undefined for others. */
  resolveModifier(modifier: string | undefined): Scope | undefined {
    switch (modifier?.toLowerCase()) {
      case undefined:
      case 'local':
      case 'private':
        return this;
      case 'global':
        return this.global;
      case 'script':
        return this.script;
      default:
        return undefined;
    }
  }
}

/** Variables as cmdlets see them (ctx.variables): reads walk the chain, writes update the nearest. */
export function variableAccess(scope: Scope): VariableAccess {
  return {
    get: (name) => {
      const value = scope.lookup(name);
      return value === undefined ? null : value;
    },
    has: (name) => scope.has(name),
    set: (name, value) => scope.setNearest(name, value),
    remove: (name) => scope.remove(name),
    list: () => scope.list(),
  };
}
