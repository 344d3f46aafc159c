/**
 * Asking an interactive host for missing mandatory parameters, as PowerShell does:
 *
 *   cmdlet New-Thing at command pipeline position 1
 *   Supply values for the following parameters:
 *   Identity:
 */
import type { ParameterPromptField } from '../../pipeline/host.js';
import type { ParameterMetadata } from '../metadata.js';
import { BindingError, bindingMessages } from './errors.js';
import { convertArgument, validateArgument } from './convert.js';
import type { BindableParameter } from './names.js';
import type { BindingState } from './state.js';
import type { BindOptions } from './bind.js';

export async function promptForMissing(
  state: BindingState,
  bindables: readonly BindableParameter[],
  missing: readonly ParameterMetadata[],
  set: string,
  options: BindOptions,
): Promise<void> {
  const commandName = state.cmdlet.name;
  const fields: ParameterPromptField[] = missing.map((p) => ({
    name: p.name,
    typeName: p.type.name,
    isArray: p.type.elementType !== undefined,
    helpMessage: p.sets.get(set)?.helpMessage ?? p.help,
    secret: p.secret,
  }));
  const answers = await options.host.promptForParameters({
    caption: `cmdlet ${commandName} at command pipeline position ${options.pipelinePosition}`,
    message: 'Supply values for the following parameters:',
    fields,
  });
  const unanswered = missing.filter((p) => answers?.[p.name] === undefined);
  if (!answers || unanswered.length > 0) {
    throw new BindingError('MissingMandatoryParameter', bindingMessages.missingMandatory((answers ? unanswered : missing).map((p) => p.name)), {
      commandName,
    });
  }
  for (const p of missing) {
    const bindable = bindables.find((b) => b.declared === p);
    const answer = answers[p.name];
    if (!bindable || answer === undefined) continue;
    // Prompted text converts like a typed argument; arrays come element by element.
    const converted = convertArgument(bindable, typeof answer === 'string' ? answer : [...answer], { commandName });
    validateArgument(bindable, converted, true, commandName);
    state.bind(p, converted, state.setsFor(p));
  }
}
