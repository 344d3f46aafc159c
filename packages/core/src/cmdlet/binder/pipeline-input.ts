/**
 * Binding one pipeline record, in PowerShell's order: ByValue without conversion, ByPropertyName
 * without conversion, ByValue with conversion, ByPropertyName with conversion. Each record starts
 * from the command-line state (set state reset per record).
 */
import { PSObject } from '../../values/model.js';
import type { ParameterMetadata } from '../metadata.js';
import { BindingError, bindingMessages } from './errors.js';
import { convertArgument, isExactType, validateArgument } from './convert.js';
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

function candidates(state: BindingState, kind: Kind): ParameterMetadata[] {
  const defaultSet = state.cmdlet.defaultParameterSet;
  const takes = (p: ParameterMetadata, set: string): boolean => p.sets.get(set)?.[kind] === true;
  return state.cmdlet.parameters
    .filter((p) => !state.isBound(p) && [...state.validSets].some((s) => takes(p, s)))
    .sort((a, b) => Number(takes(b, defaultSet)) - Number(takes(a, defaultSet)));
}

function setsTaking(state: BindingState, p: ParameterMetadata, kind: Kind): string[] {
  return state.setsFor(p).filter((s) => p.sets.get(s)?.[kind] === true);
}

function mandatoryIn(state: BindingState, p: ParameterMetadata, sets: readonly string[]): boolean {
  return sets.length > 0 && sets.every((s) => p.sets.get(s)?.mandatory === true) && state.validSets.size > 0;
}

/**
 * Binds `record` into `state` (already a per-record copy). Throws the per-record BindingError when
 * the record binds to nothing, or when a property it carries cannot be converted or validated.
 */
export function bindPipelineRecord(state: BindingState, bindables: readonly BindableParameter[], record: unknown): void {
  const commandName = state.cmdlet.name;
  const bindableOf = (p: ParameterMetadata): BindableParameter | undefined => bindables.find((b) => b.declared === p);
  let boundAny = false;

  const attempt = (kind: Kind, convert: boolean): void => {
    for (const p of candidates(state, kind)) {
      const bindable = bindableOf(p);
      const sets = setsTaking(state, p, kind);
      if (!bindable || sets.length === 0 || state.isBound(p)) continue;
      let value: unknown = record;
      if (kind === 'byPropertyName') {
        const property = pipelineProperty(record, p.pipelinePropertyNames);
        if (!property.found) continue;
        value = property.value;
      }
      let converted: unknown;
      if (!convert) {
        if (!isExactType(bindable, value)) continue;
        converted = value;
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
      validateArgument(bindable, converted, mandatoryIn(state, p, sets), commandName);
      state.bind(p, converted, sets);
      boundAny = true;
    }
  };

  attempt('byValue', false);
  attempt('byPropertyName', false);
  attempt('byValue', true);
  attempt('byPropertyName', true);
  if (!boundAny) throw new BindingError('InputObjectNotBound', bindingMessages.inputNotBound(), { commandName, targetObject: record });
}
