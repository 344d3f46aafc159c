/**
 * Binding the command line: named arguments (prefix matching, colon form, switches), then
 * positional ones (default parameter set first). Pipeline records are bound later, per record.
 */
import type { CommandArgument } from '../../pipeline/command-argument.js';
import type { ErrorPosition } from '../../pipeline/records.js';
import type { SourceSpan } from '../../language/span.js';
import { PSHashtable } from '../../values/model.js';
import { PSRange } from '../../values/range.js';
import type { CmdletMetadata, ParameterMetadata } from '../metadata.js';
import { BindingError, bindingMessages } from './errors.js';
import { convertArgument, displayArgument, validateArgument } from './convert.js';
import { matchParameterName, type BindableParameter } from './names.js';
import { BindingState } from './state.js';

/** A command element after splats are expanded. */
type Item =
  | { readonly kind: 'parameter'; readonly name: string; readonly text: string; readonly colon?: { readonly value: unknown; readonly text?: string }; readonly span?: SourceSpan }
  | { readonly kind: 'value'; readonly value: unknown; readonly text?: string; readonly span?: SourceSpan };

/** `@h` → `-Key:value` pairs; `@a` → positional values; anything else → one positional value. */
function expandSplats(args: readonly CommandArgument[]): Item[] {
  return args.flatMap((arg): Item[] => {
    if (arg.kind === 'parameter') {
      return [{ kind: 'parameter', name: arg.name, text: arg.text, colon: arg.colonValue, span: arg.span }];
    }
    if (arg.kind === 'value') return [{ kind: 'value', value: arg.value, text: arg.text, span: arg.span }];
    const v = arg.value;
    if (v instanceof PSHashtable) {
      return v.entries().map(([key, value]) => ({ kind: 'parameter', name: key, text: `-${key}`, colon: { value }, span: arg.span }));
    }
    if (Array.isArray(v) || v instanceof PSRange) return [...(v as Iterable<unknown>)].map((value) => ({ kind: 'value', value, span: arg.span }));
    return v === null || v === undefined ? [] : [{ kind: 'value', value: v, span: arg.span }];
  });
}

export interface CommandLineResult {
  readonly state: BindingState;
  /** Values of common (and WhatIf/Confirm) parameters by their canonical name. */
  readonly common: ReadonlyMap<string, unknown>;
}

export function bindCommandLine(
  cmdlet: CmdletMetadata,
  bindables: readonly BindableParameter[],
  args: readonly CommandArgument[],
  locate: (span: SourceSpan | undefined) => ErrorPosition | undefined,
): CommandLineResult {
  const state = new BindingState(cmdlet);
  const common = new Map<string, unknown>();
  const positional: Extract<Item, { kind: 'value' }>[] = [];
  const items = expandSplats(args);
  const commandName = cmdlet.name;

  const bindNamed = (p: BindableParameter, value: unknown, text: string | undefined): void => {
    const declared = p.declared;
    if (!declared) {
      if (common.has(p.name)) throw new BindingError('ParameterAlreadyBound', bindingMessages.twice(p.name), { commandName });
      common.set(p.name, convertArgument(p, value, { commandName, text }));
      return;
    }
    if (state.isBound(declared)) throw new BindingError('ParameterAlreadyBound', bindingMessages.twice(p.name), { commandName });
    const converted = convertArgument(p, value, { commandName, text });
    validateArgument(p, converted, isMandatoryInValidSets(state, declared), commandName);
    state.bind(declared, converted);
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    if (item.kind === 'value') {
      positional.push(item);
      continue;
    }
    try {
      const match = matchParameterName(item.name, bindables);
      if (match.kind === 'none') throw new BindingError('NamedParameterNotFound', bindingMessages.notFound(item.name), { commandName });
      if (match.kind === 'ambiguous') {
        throw new BindingError('AmbiguousParameter', bindingMessages.ambiguous(item.name, match.matches.map((m) => m.name)), { commandName });
      }
      const p = match.parameter;
      if (item.colon) {
        bindNamed(p, item.colon.value, item.colon.text);
      } else if (p.type.isSwitch) {
        // A switch never takes the next element: `-Force $false` leaves $false positional.
        bindNamed(p, true, undefined);
      } else {
        const next = items[i + 1];
        const missing = new BindingError('MissingArgument', bindingMessages.missingArgument(p.name, p.type.fullName), { commandName });
        if (!next) throw missing;
        if (next.kind === 'parameter') {
          // `-Name -foo`: a token matching no parameter is the argument; one that matches means the value is missing.
          if (next.colon || matchParameterName(next.name, bindables).kind !== 'none') throw missing;
          bindNamed(p, next.text, undefined);
        } else {
          bindNamed(p, next.value, next.text);
        }
        i++;
      }
    } catch (error) {
      throw error instanceof BindingError ? error.at(locate(item.span)) : error;
    }
  }

  bindPositional(state, bindables, positional, locate);
  return { state, common };
}

function isMandatoryInValidSets(state: BindingState, p: ParameterMetadata): boolean {
  const sets = state.setsFor(p);
  return sets.length > 0 && sets.every((s) => p.sets.get(s)?.mandatory === true);
}

/** Positions in use by unbound parameters in the still-possible sets, ascending. */
function openPositions(state: BindingState): number[] {
  const positions = new Set<number>();
  for (const p of state.cmdlet.parameters) {
    if (state.isBound(p)) continue;
    for (const set of state.validSets) {
      const position = p.sets.get(set)?.position;
      if (position !== undefined) positions.add(position);
    }
  }
  return [...positions].sort((a, b) => a - b);
}

function bindPositional(
  state: BindingState,
  bindables: readonly BindableParameter[],
  values: readonly Extract<Item, { kind: 'value' }>[],
  locate: (span: SourceSpan | undefined) => ErrorPosition | undefined,
): void {
  const commandName = state.cmdlet.name;
  const defaultSet = state.cmdlet.defaultParameterSet;
  let next = 0;
  for (const position of openPositions(state)) {
    const arg = values[next];
    if (!arg) break;
    // Candidates at this position, the default set's parameter first.
    const candidates = state.cmdlet.parameters
      .filter((p) => !state.isBound(p) && state.setsFor(p, position).length > 0)
      .sort((a, b) => Number(b.sets.get(defaultSet)?.position === position) - Number(a.sets.get(defaultSet)?.position === position));
    if (candidates.length === 0) continue;
    let firstError: BindingError | undefined;
    let bound = false;
    for (const p of candidates) {
      const bindable = bindables.find((b) => b.declared === p);
      if (!bindable) continue;
      try {
        const converted = convertArgument(bindable, arg.value, { commandName, text: arg.text });
        validateArgument(bindable, converted, isMandatoryInValidSets(state, p), commandName);
        state.bind(p, converted, state.setsFor(p, position));
        bound = true;
        break;
      } catch (error) {
        if (!(error instanceof BindingError)) throw error;
        firstError ??= error;
      }
    }
    if (!bound && firstError) throw firstError.at(locate(arg.span));
    next++;
  }
  const extra = values[next];
  if (extra) {
    throw new BindingError('PositionalParameterNotFound', bindingMessages.positional(displayArgument(extra.value, extra.text)), {
      commandName,
      targetObject: extra.value,
    }).at(locate(extra.span));
  }
}
