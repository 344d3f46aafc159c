/**
 * Positional binding, as PowerShell's BindPositionalParameters does it. Each open position, lowest
 * first, takes the next value element and offers it to the parameters at that position in four
 * passes, stopping at the first that binds:
 *
 *   1. the default set's parameter, without conversion;
 *   2. any still-possible set's parameter, without conversion;
 *   3. the default set's parameter, with conversion;
 *   4. any still-possible set's parameter, with conversion.
 *
 * So `Where-Object { $_ -gt 2 }` binds the script block to -FilterScript (another set, exact type)
 * rather than turning it into the text of the default set's -Property. A conversion failure only
 * means "not this parameter"; a validation failure is the user's error and stops binding. An
 * element nothing takes is left over (a remaining-arguments parameter may still take it) and the
 * next position tries the next element. Parameters that take remaining arguments never bind here.
 */
import type { ErrorPosition } from '../../pipeline/records.js';
import type { SourceSpan } from '../../language/span.js';
import type { ParameterMetadata } from '../metadata.js';
import type { BindingErrorId } from './errors.js';
import { BindingError } from './errors.js';
import { convertArgument, validateArgument, withoutConversion } from './convert.js';
import type { Item, ValueItem } from './items.js';
import type { BindableParameter } from './names.js';
import type { BindingState } from './state.js';

type Locate = (span: SourceSpan | undefined) => ErrorPosition | undefined;

export interface PositionalResult {
  /** What no positional parameter took, in command-line order: values and unmatched `-Name`s. */
  readonly leftovers: readonly Item[];
  /**
   * The conversion failure of the last pass PowerShell ran (its outgoingBindingException): reported
   * when a leftover value stays unbound. A later position that binds clears it, as in PowerShell.
   */
  readonly error: BindingError | undefined;
}

/** Failures that mean "this parameter cannot take the value": the binder tries the next one. */
const conversionFailures: ReadonlySet<BindingErrorId> = new Set(['ParameterArgumentTransformationError', 'CannotConvertArgument']);

function takesPositions(p: ParameterMetadata): boolean {
  return !p.fromRemainingArguments;
}

/** Positions in use by unbound parameters in the still-possible sets, ascending. */
export function openPositions(state: BindingState): number[] {
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

export function bindPositional(state: BindingState, bindables: readonly BindableParameter[], unbound: readonly Item[], locate: Locate): PositionalResult {
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
    if (candidatesAt(state, position).length === 0) continue;
    const arg = nextValue();
    if (!arg) break;
    const attempt = bindAtPosition(state, bindables, position, arg, locate);
    error = attempt.error;
    if (!attempt.bound) leftovers.push(arg);
  }
  leftovers.push(...unbound.slice(next));
  return { leftovers, error };
}

/** Unbound parameters at `position` in the still-possible sets, in declaration order. */
export function candidatesAt(state: BindingState, position: number): ParameterMetadata[] {
  return state.cmdlet.parameters.filter((p) => !state.isBound(p) && takesPositions(p) && state.setsFor(p, position).length > 0);
}

interface Attempt {
  readonly bound: boolean;
  readonly error: BindingError | undefined;
}

/** The four passes for one element at one position. */
function bindAtPosition(state: BindingState, bindables: readonly BindableParameter[], position: number, arg: ValueItem, locate: Locate): Attempt {
  const defaultSet = state.cmdlet.defaultParameterSet;
  const everySet = candidatesAt(state, position);
  const inDefault = state.validSets.has(defaultSet) ? everySet.filter((p) => p.sets.get(defaultSet)?.position === position) : [];
  // When the default set holds every candidate, the "any set" pass would only repeat it.
  const others = inDefault.length === everySet.length ? [] : everySet;
  let last: Attempt = { bound: false, error: undefined };
  for (const [candidates, convert] of [
    [inDefault, false],
    [others, false],
    [inDefault, true],
    [others, true],
  ] as const) {
    if (candidates.length === 0) continue;
    last = bindInPass(state, bindables, candidates, convert, arg, locate);
    if (last.bound) break;
  }
  return last;
}

/** One pass: the first candidate that takes the element binds it; conversion failures are remembered, not thrown. */
function bindInPass(
  state: BindingState,
  bindables: readonly BindableParameter[],
  candidates: readonly ParameterMetadata[],
  convert: boolean,
  arg: ValueItem,
  locate: Locate,
): Attempt {
  const commandName = state.cmdlet.name;
  let error: BindingError | undefined;
  for (const p of candidates) {
    const bindable = bindables.find((b) => b.declared === p);
    if (!bindable) continue;
    let value: unknown;
    if (convert) {
      try {
        value = convertArgument(bindable, arg.value, { commandName, text: arg.text });
      } catch (failure) {
        if (!(failure instanceof BindingError) || !conversionFailures.has(failure.bindingErrorId)) throw failure;
        error = failure.at(locate(arg.span));
        continue;
      }
    } else {
      const exact = withoutConversion(bindable, arg.value);
      if (!exact.unconverted) continue;
      value = exact.value;
    }
    try {
      validateArgument(bindable, value, state.isMandatoryInValidSets(p), commandName);
    } catch (failure) {
      throw failure instanceof BindingError ? failure.at(locate(arg.span)) : failure;
    }
    // Like PowerShell, binding narrows the possible sets to the parameter's own sets.
    state.bind(p, value);
    return { bound: true, error };
  }
  return { bound: false, error };
}
