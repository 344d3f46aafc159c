/**
 * Positional binding: each open position, lowest first, takes the next value element. Parameters
 * that take remaining arguments never bind positionally. An element no parameter at its position
 * accepts is left over (it may still go to a remaining-arguments parameter) and the next position
 * tries the next element, as in PowerShell's BindPositionalParameters.
 */
import type { ErrorPosition } from '../../pipeline/records.js';
import type { SourceSpan } from '../../language/span.js';
import type { ParameterMetadata } from '../metadata.js';
import { BindingError } from './errors.js';
import { convertArgument, validateArgument } from './convert.js';
import type { Item, ValueItem } from './items.js';
import type { BindableParameter } from './names.js';
import type { BindingState } from './state.js';

export interface PositionalResult {
  /** What no positional parameter took, in command-line order: values and unmatched `-Name`s. */
  readonly leftovers: readonly Item[];
  /** Why the most recent position failed, if it did: reported when a leftover value stays unbound. */
  readonly error: BindingError | undefined;
}

function takesPositions(p: ParameterMetadata): boolean {
  return !p.fromRemainingArguments;
}

/** Positions in use by unbound parameters in the still-possible sets, ascending. */
function openPositions(state: BindingState): number[] {
  const positions = new Set<number>();
  for (const p of state.cmdlet.parameters) {
    if (state.isBound(p) || !takesPositions(p)) continue;
    for (const set of state.validSets) {
      const position = p.sets.get(set)?.position;
      if (position !== undefined) positions.add(position);
    }
  }
  return [...positions].sort((a, b) => a - b);
}

export function bindPositional(
  state: BindingState,
  bindables: readonly BindableParameter[],
  unbound: readonly Item[],
  locate: (span: SourceSpan | undefined) => ErrorPosition | undefined,
): PositionalResult {
  const leftovers: Item[] = [];
  let error: BindingError | undefined;
  let next = 0;
  const nextValue = (): ValueItem | undefined => {
    while (next < unbound.length) {
      const item = unbound[next++];
      if (!item) continue;
      if (item.kind === 'value') return item;
      leftovers.push(item);
      // PowerShell treats the element after an unmatched -Name as that name's argument, not as a positional value.
      const following = unbound[next];
      if (following?.kind === 'value') {
        leftovers.push(following);
        next++;
      }
    }
    return undefined;
  };

  for (const position of openPositions(state)) {
    const candidates = positionalCandidates(state, position);
    if (candidates.length === 0) continue;
    const arg = nextValue();
    if (!arg) break;
    const failure = bindAtPosition(state, bindables, candidates, position, arg);
    error = failure?.at(locate(arg.span));
    if (failure) leftovers.push(arg);
  }
  leftovers.push(...unbound.slice(next));
  return { leftovers, error };
}

/** Unbound parameters at `position` in the still-possible sets, the default set's first. */
function positionalCandidates(state: BindingState, position: number): ParameterMetadata[] {
  const defaultSet = state.cmdlet.defaultParameterSet;
  const inDefault = (p: ParameterMetadata): number => Number(p.sets.get(defaultSet)?.position === position);
  return state.cmdlet.parameters
    .filter((p) => !state.isBound(p) && takesPositions(p) && state.setsFor(p, position).length > 0)
    .sort((a, b) => inDefault(b) - inDefault(a));
}

/** Binds `arg` to the first candidate that takes it; returns the first failure when none does. */
function bindAtPosition(
  state: BindingState,
  bindables: readonly BindableParameter[],
  candidates: readonly ParameterMetadata[],
  position: number,
  arg: ValueItem,
): BindingError | undefined {
  const commandName = state.cmdlet.name;
  let firstError: BindingError | undefined;
  for (const p of candidates) {
    const bindable = bindables.find((b) => b.declared === p);
    if (!bindable) continue;
    try {
      const converted = convertArgument(bindable, arg.value, { commandName, text: arg.text });
      validateArgument(bindable, converted, state.isMandatoryInValidSets(p), commandName);
      state.bind(p, converted, state.setsFor(p, position));
      return undefined;
    } catch (error) {
      if (!(error instanceof BindingError)) throw error;
      firstError ??= error;
    }
  }
  return firstError;
}
