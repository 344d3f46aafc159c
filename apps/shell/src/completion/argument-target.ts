/**
 * Which parameter the argument being typed will bind to, worked out from the words before it the
 * way the binder works it out (cmdlet/binder in core):
 *   - a named parameter takes the value after it, unless it is a switch (switches never take the
 *     next word: `-IsUsableOnce jo` leaves `jo` positional) or was written `-Name:value`;
 *   - every other value is positional: the n-th one goes to the n-th open position among the
 *     parameters not named yet, in the parameter sets still possible given the named ones.
 * So `New-EntraIDUserTemporaryAccessPass jo<tab>` completes -Identity's values.
 */
import type { CmdletMetadata, CursorWord, ParameterMetadata } from '@entra-shell/core';
import { possibleSets, resolveParameter, type OfferedParameter } from './parameters.js';

export type ArgumentTarget =
  /** The value of a parameter named just before it. */
  | { readonly kind: 'named'; readonly parameter: OfferedParameter }
  /** A positional value and the parameter it binds to. */
  | { readonly kind: 'positional'; readonly parameter: ParameterMetadata }
  /** A value for a name no parameter matches, or a positional value no parameter takes. */
  | { readonly kind: 'none' };

const NONE: ArgumentTarget = { kind: 'none' };

function takesNoValue(p: OfferedParameter): boolean {
  return p.common ? p.info.type.isSwitch : p.metadata.isSwitch;
}

export function argumentTarget(command: CmdletMetadata, words: readonly CursorWord[]): ArgumentTarget {
  const named: ParameterMetadata[] = [];
  let positionalCount = 0;
  // The parameter waiting for the next value: `unknown` for a name that matches none (the binder
  // still pairs it with the value after it), undefined when nothing waits.
  let waiting: OfferedParameter | 'unknown' | undefined;
  for (const word of words) {
    if (word.kind === 'value') {
      if (waiting !== undefined) waiting = undefined;
      else positionalCount++;
      continue;
    }
    const p = resolveParameter(command, word.name);
    if (p && !p.common) named.push(p.metadata);
    const waits = word.colon ? word.argument === undefined : !(p && takesNoValue(p));
    waiting = waits ? (p ?? 'unknown') : undefined;
  }
  if (waiting === 'unknown') return NONE;
  if (waiting) return { kind: 'named', parameter: waiting };
  const parameter = positionalParameter(command, named, positionalCount);
  return parameter ? { kind: 'positional', parameter } : NONE;
}

/**
 * The parameter the value at `index` (0-based, among positional values) binds to. Mirrors
 * bindPositional: open positions are taken lowest first, each by the next value; at a position held
 * by several parameters (in different sets) the default set's wins, then declaration order. The
 * binder would also try each candidate's type; a completer cannot know the final value's type, so it
 * assumes the first candidate takes it.
 */
function positionalParameter(command: CmdletMetadata, named: readonly ParameterMetadata[], index: number): ParameterMetadata | undefined {
  const bound = new Set(named);
  let sets = possibleSets(command, named);
  const takesPositions = (p: ParameterMetadata): boolean => !p.fromRemainingArguments && !bound.has(p);
  const positions = new Set<number>();
  for (const p of command.parameters.filter(takesPositions)) {
    for (const s of sets) {
      const position = p.sets.get(s)?.position;
      if (position !== undefined) positions.add(position);
    }
  }
  let next = 0;
  for (const position of [...positions].sort((a, b) => a - b)) {
    const atPosition = (p: ParameterMetadata, set: string): boolean => sets.has(set) && p.sets.get(set)?.position === position;
    const candidates = command.parameters.filter((p) => takesPositions(p) && [...p.sets.keys()].some((s) => atPosition(p, s)));
    const chosen = candidates.find((p) => atPosition(p, command.defaultParameterSet)) ?? candidates[0];
    if (!chosen) continue;
    if (next === index) return chosen;
    bound.add(chosen);
    sets = new Set([...sets].filter((s) => chosen.sets.has(s)));
    next++;
  }
  return undefined;
}
