/**
 * Binding the command line, in PowerShell's order: named arguments (prefix matching, colon form,
 * switches), then positional ones, then the leftovers to a ValueFromRemainingArguments parameter;
 * anything still unbound is an error. Pipeline records are bound later, per record.
 */
import type { CommandArgument } from '../../pipeline/command-argument.js';
import type { ErrorPosition } from '../../pipeline/records.js';
import type { SourceSpan } from '../../language/span.js';
import type { CmdletMetadata } from '../metadata.js';
import { BindingError, bindingMessages } from './errors.js';
import { convertArgument, validateArgument } from './convert.js';
import { expandSplats, type Item } from './items.js';
import { matchParameterName, type BindableParameter } from './names.js';
import { bindPositional } from './positional.js';
import { bindRemainingArguments, verifyArgumentsProcessed } from './remaining.js';
import { BindingState } from './state.js';

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
  // Values, and -Names that match no parameter, in order: positional binding and remaining arguments take them.
  const unbound: Item[] = [];
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
    validateArgument(p, converted, state.isMandatoryInValidSets(declared), commandName);
    state.bind(declared, converted);
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    if (item.kind === 'value') {
      unbound.push(item);
      continue;
    }
    try {
      const match = matchParameterName(item.name, bindables);
      if (match.kind === 'none') {
        // Not an error yet: a remaining-arguments parameter may take it (`echo -x` outputs '-x').
        unbound.push(item);
        continue;
      }
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

  const positional = bindPositional(state, bindables, unbound, locate);
  // A function's typed parameter refuses a value for good (PowerShell's ArgumentTypeConverter throws):
  // the value does not fall through to `$args`.
  if (positional.error && cmdlet.commandType === 'Function') throw positional.error;
  const stillUnbound = bindRemainingArguments(state, bindables, positional.leftovers, locate);
  verifyArgumentsProcessed(state, stillUnbound, positional.error, locate);
  return { state, common };
}
