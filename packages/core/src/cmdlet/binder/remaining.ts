/**
 * ValueFromRemainingArguments, then the check that every argument found a parameter, as in
 * PowerShell's HandleRemainingArguments and VerifyArgumentsProcessed.
 *
 * What positional binding left over (values, and `-Name` tokens that matched no parameter, as
 * their text) goes as one list to the unbound parameter that takes remaining arguments in the
 * still-possible sets: `echo a b c` gives Write-Output's InputObject `a, b, c`. A single leftover
 * that is itself a collection is passed as that collection, so `cmd a,b` and `cmd a b` agree.
 */
import type { ErrorPosition } from '../../pipeline/records.js';
import type { SourceSpan } from '../../language/span.js';
import { isPipelineEnumerable } from '../../pipeline/enumerate.js';
import { BindingError, bindingMessages } from './errors.js';
import { convertArgument, displayArgument, validateArgument } from './convert.js';
import type { Item } from './items.js';
import type { BindableParameter } from './names.js';
import type { BindingState } from './state.js';

type Locate = (span: SourceSpan | undefined) => ErrorPosition | undefined;

/** Binds the leftovers to the remaining-arguments parameter, if the sets still allow exactly one; returns what stays unbound. */
export function bindRemainingArguments(state: BindingState, bindables: readonly BindableParameter[], leftovers: readonly Item[], locate: Locate): readonly Item[] {
  if (leftovers.length === 0) return leftovers;
  const commandName = state.cmdlet.name;
  const takers = state.cmdlet.parameters.filter((p) => p.fromRemainingArguments && !state.isBound(p) && state.setsFor(p).length > 0);
  if (takers.length > 1) throw new BindingError('AmbiguousParameterSet', bindingMessages.ambiguousSet(), { commandName });
  const [taker] = takers;
  const bindable = taker && bindables.find((b) => b.declared === taker);
  if (!taker || !bindable) return leftovers;

  const values: unknown[] = [];
  for (const item of leftovers) {
    if (item.kind === 'value') {
      values.push(item.value);
      continue;
    }
    values.push(item.text);
    if (item.colon) values.push(item.colon.value);
  }
  const [only] = values;
  const value = values.length === 1 && isPipelineEnumerable(only) ? only : values;
  const span = leftovers.length === 1 ? leftovers[0]?.span : undefined;
  try {
    const converted = convertArgument(bindable, value, { commandName });
    validateArgument(bindable, converted, state.isMandatoryInValidSets(taker), commandName);
    state.bind(taker, converted);
  } catch (error) {
    throw error instanceof BindingError ? error.at(locate(span)) : error;
  }
  return [];
}

/**
 * Every argument must have found a parameter. The first one that did not decides the error: an
 * unmatched `-Name`, else the reason its position refused it, else "no positional parameter".
 */
export function verifyArgumentsProcessed(state: BindingState, unbound: readonly Item[], positionalError: BindingError | undefined, locate: Locate): void {
  const [first] = unbound;
  if (!first) return;
  const commandName = state.cmdlet.name;
  if (first.kind === 'parameter') {
    throw new BindingError('NamedParameterNotFound', bindingMessages.notFound(first.name), { commandName }).at(locate(first.span));
  }
  if (positionalError) throw positionalError;
  throw new BindingError('PositionalParameterNotFound', bindingMessages.positional(displayArgument(first.value, first.text)), {
    commandName,
    targetObject: first.value,
  }).at(locate(first.span));
}
