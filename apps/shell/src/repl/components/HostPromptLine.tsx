/** The answer line of a host question: the label, then what was typed (as `*` for secrets). */
import { Text } from 'ink';
import { formLabel, isSecretInput } from '../../prompting/prompt-form.js';
import type { PromptView } from '../host/prompt-controller.js';

export function HostPromptLine({ view }: { readonly view: PromptView }) {
  const shown = isSecretInput(view.form) ? '*'.repeat(view.input.length) : view.input;
  return (
    <Text>
      {formLabel(view.form)}
      {shown}
      {'\x1b[7m \x1b[27m'}
    </Text>
  );
}
