/**
 * The mutable state of one binding pass: values bound so far (by declared name), the order they
 * were bound in, and the parameter sets still possible.
 */
import type { CmdletMetadata, ParameterMetadata } from '../metadata.js';
import { BindingError, bindingMessages } from './errors.js';

export type BindingSource = 'named' | 'positional' | 'pipeline' | 'prompt' | 'splat';

export class BindingState {
  readonly #own = new Map<string, unknown>();
  readonly #ownOrder: string[] = [];
  readonly #parent: BindingState | undefined;
  /** Never mutated in place (layers share it): narrowing assigns a new set. */
  validSets: ReadonlySet<string>;

  constructor(
    readonly cmdlet: CmdletMetadata,
    parent?: BindingState,
  ) {
    this.#parent = parent;
    this.validSets = parent ? parent.validSets : new Set(cmdlet.parameterSets);
  }

  /** A layer on top of this state (O(1)): pipeline records bind into their own layer. */
  clone(): BindingState {
    return new BindingState(this.cmdlet, this);
  }

  has(name: string): boolean {
    return this.#own.has(name) || (this.#parent?.has(name) ?? false);
  }

  get(name: string): unknown {
    return this.#own.has(name) ? this.#own.get(name) : this.#parent?.get(name);
  }

  /** Declared names in binding order. */
  get order(): readonly string[] {
    return this.#parent ? [...this.#parent.order, ...this.#ownOrder] : this.#ownOrder;
  }

  isBound(parameter: ParameterMetadata): boolean {
    return this.has(parameter.name);
  }

  /** Sets of `parameter` still possible (optionally only those where it has `position`). */
  setsFor(parameter: ParameterMetadata, position?: number): string[] {
    const result: string[] = [];
    for (const s of this.validSets) {
      const m = parameter.sets.get(s);
      if (m !== undefined && (position === undefined || m.position === position)) result.push(s);
    }
    return result;
  }

  /** Mandatory in every still-possible set it belongs to: then $null, '' and @() are refused. */
  isMandatoryInValidSets(parameter: ParameterMetadata): boolean {
    const sets = this.setsFor(parameter);
    return sets.length > 0 && sets.every((s) => parameter.sets.get(s)?.mandatory === true);
  }

  /** Records the value and narrows the possible sets; an impossible combination is the set error. */
  bind(parameter: ParameterMetadata, value: unknown, sets: readonly string[] = [...parameter.sets.keys()]): void {
    if (this.has(parameter.name)) {
      throw new BindingError('ParameterAlreadyBound', bindingMessages.twice(parameter.name), { commandName: this.cmdlet.name });
    }
    let keepsAll = true;
    for (const s of this.validSets) if (!sets.includes(s)) keepsAll = false;
    if (!keepsAll) {
      const narrowed = new Set([...this.validSets].filter((s) => sets.includes(s)));
      if (narrowed.size === 0) {
        throw new BindingError('AmbiguousParameterSet', bindingMessages.ambiguousSet(), { commandName: this.cmdlet.name });
      }
      this.validSets = narrowed;
    }
    this.#own.set(parameter.name, value);
    this.#ownOrder.push(parameter.name);
  }

  /** Mandatory parameters of `set` not bound yet. */
  missingMandatory(set: string): ParameterMetadata[] {
    return this.cmdlet.parameters.filter((p) => p.sets.get(set)?.mandatory === true && !this.has(p.name));
  }

  /** Whether some parameter of `set` still unbound takes pipeline input. */
  setTakesPipelineInput(set: string): boolean {
    return this.cmdlet.parameters.some((p) => {
      const m = p.sets.get(set);
      return m !== undefined && (m.byValue || m.byPropertyName) && !this.has(p.name);
    });
  }

  /**
   * PowerShell's choice among the remaining sets: the only one; else the default set; else the one
   * taking pipeline input (when input is expected); else the one whose mandatory parameters are all
   * bound. Undefined when still ambiguous.
   */
  resolveSet(expectingInput: boolean): string | undefined {
    if (this.validSets.size === 1) return this.validSets.values().next().value;
    const sets = this.cmdlet.parameterSets.filter((s) => this.validSets.has(s));
    if (this.validSets.has(this.cmdlet.defaultParameterSet)) return this.cmdlet.defaultParameterSet;
    if (expectingInput) {
      const piped = sets.filter((s) => this.setTakesPipelineInput(s));
      if (piped.length === 1) return piped[0];
    }
    const complete = sets.filter((s) => this.missingMandatory(s).length === 0);
    return complete.length === 1 ? complete[0] : undefined;
  }
}
