/**
 * Binding one pipeline record, in PowerShell's order: ByValue without conversion, ByPropertyName
 * without conversion, ByValue with conversion, ByPropertyName with conversion. Each record starts
 * from the command-line state (set state reset per record).
 */
import { PSObject } from '../../values/model.js';
import type { ParameterMetadata } from '../metadata.js';
import { BindingError, bindingMessages } from './errors.js';
import { convertArgument, validateArgument, withoutConversion } from './convert.js';
import type { BindableParameter } from './names.js';
import type { BindingState } from './state.js';

type Lookup = { readonly found: true; readonly value: unknown } | { readonly found: false };

/** A property of the record under any accepted name (name, aliases, extra names), case-insensitively. */
export function pipelineProperty(record: unknown, names: readonly string[]): Lookup {
  if (record instanceof PSObject) {
    for (const name of names) if (record.has(name)) return { found: true, value: record.get(name) };
  }
  return { found: false };
}

type Kind = 'byValue' | 'byPropertyName';

interface Candidate {
  readonly parameter: ParameterMetadata;
  readonly bindable: BindableParameter;
}

/**
 * The parameters that can take pipeline input once the command line is bound, computed once per
 * command (not per record): ByValue and ByPropertyName candidates, default-set ones first.
 */
export interface PipelinePlan {
  readonly byValue: readonly Candidate[];
  readonly byPropertyName: readonly Candidate[];
}

export function planPipelineBinding(state: BindingState, bindables: readonly BindableParameter[]): PipelinePlan {
  const defaultSet = state.cmdlet.defaultParameterSet;
  const list = (kind: Kind): Candidate[] => {
    const takes = (p: ParameterMetadata, set: string): boolean => p.sets.get(set)?.[kind] === true;
    return state.cmdlet.parameters
      .filter((p) => !state.isBound(p) && [...state.validSets].some((s) => takes(p, s)))
      .sort((a, b) => Number(takes(b, defaultSet)) - Number(takes(a, defaultSet)))
      .flatMap((parameter) => {
        const bindable = bindables.find((b) => b.declared === parameter);
        return bindable ? [{ parameter, bindable }] : [];
      });
  };
  return { byValue: list('byValue'), byPropertyName: list('byPropertyName') };
}

function setsTaking(state: BindingState, p: ParameterMetadata, kind: Kind): string[] {
  const result: string[] = [];
  for (const s of state.validSets) if (p.sets.get(s)?.[kind] === true) result.push(s);
  return result;
}

function mandatoryIn(p: ParameterMetadata, sets: readonly string[]): boolean {
  return sets.length > 0 && sets.every((s) => p.sets.get(s)?.mandatory === true);
}

/**
 * Binds `record` into `state` (already a per-record copy). Throws the per-record BindingError when
 * the record binds to nothing, or when a property it carries cannot be converted or validated.
 */
export function bindPipelineRecord(state: BindingState, plan: PipelinePlan, record: unknown): void {
  let bound = false;
  if (plan.byValue.length > 0) bound = attempt(state, plan, record, 'byValue', false) || bound;
  const hasProperties = plan.byPropertyName.length > 0 && record instanceof PSObject;
  if (hasProperties) bound = attempt(state, plan, record, 'byPropertyName', false) || bound;
  if (plan.byValue.length > 0) bound = attempt(state, plan, record, 'byValue', true) || bound;
  if (hasProperties) bound = attempt(state, plan, record, 'byPropertyName', true) || bound;
  if (!bound) throw new BindingError('InputObjectNotBound', bindingMessages.inputNotBound(), { commandName: state.cmdlet.name, targetObject: record });
}

/** One of the four passes; true when it bound something. */
function attempt(state: BindingState, plan: PipelinePlan, record: unknown, kind: Kind, convert: boolean): boolean {
  const commandName = state.cmdlet.name;
  let boundAny = false;
  for (const { parameter: p, bindable } of plan[kind]) {
    if (state.isBound(p)) continue;
    const sets = setsTaking(state, p, kind);
    if (sets.length === 0) continue;
    let value: unknown = record;
    if (kind === 'byPropertyName') {
      const property = pipelineProperty(record, p.pipelinePropertyNames);
      if (!property.found) continue;
      value = property.value;
    }
    let converted: unknown;
    if (!convert) {
      const exact = withoutConversion(bindable, value);
      if (!exact.unconverted) continue;
      converted = exact.value;
    } else if (kind === 'byValue') {
      // Converting the whole record is a guess: failure just means "not this parameter".
      try {
        converted = convertArgument(bindable, value, { commandName });
      } catch (error) {
        if (error instanceof BindingError) continue;
        throw error;
      }
    } else {
      // The record names this parameter: a value that does not convert is this record's error.
      converted = convertArgument(bindable, value, { commandName });
    }
    validateArgument(bindable, converted, mandatoryIn(p, sets), commandName);
    state.bind(p, converted, sets);
    boundAny = true;
  }
  return boundAny;
}
