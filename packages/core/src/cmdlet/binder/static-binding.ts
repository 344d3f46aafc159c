/**
 * Which parameter each word of a command line would bind to, worked out before anything runs
 * (the values are not known yet), by the binder's own rules: names and aliases by unique prefix
 * (matchParameterName), the colon form, switches never taking the next word, `-Name -foo` taking
 * an unmatched `-foo` as the value, then positional binding over the open positions of the sets
 * still possible. Where the real binder would choose by the value's type (one position held by
 * parameters of several sets) or fail (an ambiguous prefix), every candidate is reported, so a
 * caller asking "could this word reach a secret parameter?" errs on the safe side.
 */
import type { CmdletMetadata, ParameterMetadata } from '../metadata.js';
import { bindablesOf } from './bind.js';
import { matchParameterName } from './names.js';
import { candidatesAt, openPositions } from './positional.js';
import { BindingState } from './state.js';

export type StaticWord =
  /** `-Name`, or `-Name:value` (colon: the value is this same word). */
  { readonly kind: 'parameter'; readonly name: string; readonly colon: boolean } | { readonly kind: 'value' };

/** Word index → the parameters that word's value may bind to (a colon parameter's index stands for its value). */
export type StaticTargets = ReadonlyMap<number, readonly ParameterMetadata[]>;

export function staticBinding(cmdlet: CmdletMetadata, words: readonly StaticWord[]): StaticTargets {
  const bindables = bindablesOf(cmdlet);
  const state = new BindingState(cmdlet);
  const targets = new Map<number, readonly ParameterMetadata[]>();
  // Values, and -Names matching nothing, in order: what positional binding works through.
  const unbound: { readonly index: number; readonly kind: 'parameter' | 'value' }[] = [];
  const bind = (p: ParameterMetadata | undefined): void => {
    if (p === undefined || state.isBound(p)) return;
    try {
      state.bind(p, undefined);
    } catch {
      // An impossible combination: the real binder fails; the targets found so far still count.
    }
  };

  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) continue;
    if (word.kind === 'value') {
      unbound.push({ index: i, kind: 'value' });
      continue;
    }
    const match = matchParameterName(word.name, bindables);
    if (match.kind === 'none') {
      unbound.push({ index: i, kind: 'parameter' });
      continue;
    }
    const candidates = match.kind === 'found' ? [match.parameter] : match.matches;
    const declared = candidates.flatMap((c) => (c.declared ? [c.declared] : []));
    const only = match.kind === 'found' ? declared[0] : undefined;
    if (word.colon) {
      targets.set(i, declared);
      bind(only);
      continue;
    }
    if (candidates.every((c) => c.type.isSwitch)) {
      bind(only);
      continue;
    }
    const next = words[i + 1];
    if (next === undefined) continue;
    // `-Name -foo`: a word matching no parameter is the value; one that matches means the value is missing.
    if (next.kind === 'parameter' && (next.colon || matchParameterName(next.name, bindables).kind !== 'none'))
      continue;
    targets.set(i + 1, declared);
    bind(only);
    i++;
  }

  let next = 0;
  const nextValue = (): number | undefined => {
    while (next < unbound.length) {
      const item = unbound[next++];
      if (item === undefined) continue;
      if (item.kind === 'value') return item.index;
      // The value after an unmatched -Name is that name's argument, not a positional value.
      if (unbound[next]?.kind === 'value') next++;
    }
    return undefined;
  };
  for (const position of openPositions(state)) {
    const candidates = candidatesAt(state, position);
    if (candidates.length === 0) continue;
    const index = nextValue();
    if (index === undefined) break;
    targets.set(index, candidates);
    const defaultSet = cmdlet.defaultParameterSet;
    bind(
      candidates.find(
        (p) => state.validSets.has(defaultSet) && p.sets.get(defaultSet)?.position === position,
      ) ?? candidates[0],
    );
  }
  return targets;
}
