/**
 * The mutable state of one binding pass: values bound so far (by declared name), the order they
 * were bound in, and the parameter sets still possible.
 */
import type { CmdletMetadata, ParameterMetadata } from '../metadata.js';
import { BindingError, bindingMessages } from './errors.js';

export type BindingSource = 'named' | 'positional' | 'pipeline' | 'prompt' | 'splat';

export class BindingState {
  readonly values: Map<string, unknown>;
  readonly order: string[];
  validSets: Set<string>;

  constructor(
    readonly cmdlet: CmdletMetadata,
    from?: BindingState,
  ) {
    this.values = new Map(from?.values);
    this.order = [...(from?.order ?? [])];
    this.validSets = new Set(from?.validSets ?? cmdlet.parameterSets);
  }

  clone(): BindingState {
    return new BindingState(this.cmdlet, this);
  }

  isBound(parameter: ParameterMetadata): boolean {
    return this.values.has(parameter.name);
  }

  /** Sets of `parameter` still possible (optionally only those where it has `position`). */
  setsFor(parameter: ParameterMetadata, position?: number): string[] {
    return [...this.validSets].filter((s) => {
      const m = parameter.sets.get(s);
      return m !== undefined && (position === undefined || m.position === position);
    });
  }

  /** Records the value and narrows the possible sets; an impossible combination is the set error. */
  bind(parameter: ParameterMetadata, value: unknown, sets: readonly string[] = [...parameter.sets.keys()]): void {
    if (this.values.has(parameter.name)) {
      throw new BindingError('ParameterAlreadyBound', bindingMessages.twice(parameter.name), { commandName: this.cmdlet.name });
    }
    const narrowed = new Set([...this.validSets].filter((s) => sets.includes(s)));
    if (narrowed.size === 0) {
      throw new BindingError('AmbiguousParameterSet', bindingMessages.ambiguousSet(), { commandName: this.cmdlet.name });
    }
    this.values.set(parameter.name, value);
    this.order.push(parameter.name);
    this.validSets = narrowed;
  }

  /** Mandatory parameters of `set` not bound yet. */
  missingMandatory(set: string): ParameterMetadata[] {
    return this.cmdlet.parameters.filter((p) => p.sets.get(set)?.mandatory === true && !this.values.has(p.name));
  }

  /** Whether some parameter of `set` still unbound takes pipeline input. */
  setTakesPipelineInput(set: string): boolean {
    return this.cmdlet.parameters.some((p) => {
      const m = p.sets.get(set);
      return m !== undefined && (m.byValue || m.byPropertyName) && !this.values.has(p.name);
    });
  }

  /**
   * PowerShell's choice among the remaining sets: the only one; else the default set; else the one
   * taking pipeline input (when input is expected); else the one whose mandatory parameters are all
   * bound. Undefined when still ambiguous.
   */
  resolveSet(expectingInput: boolean): string | undefined {
    const sets = this.cmdlet.parameterSets.filter((s) => this.validSets.has(s));
    if (sets.length === 1) return sets[0];
    if (this.validSets.has(this.cmdlet.defaultParameterSet)) return this.cmdlet.defaultParameterSet;
    if (expectingInput) {
      const piped = sets.filter((s) => this.setTakesPipelineInput(s));
      if (piped.length === 1) return piped[0];
    }
    const complete = sets.filter((s) => this.missingMandatory(s).length === 0);
    return complete.length === 1 ? complete[0] : undefined;
  }
}
