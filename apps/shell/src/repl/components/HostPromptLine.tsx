/** The answer line of a host question: the label, then what was typed (as `*` for secrets), and the cursor after it. */
import { Text, useCursor } from 'ink';
import { formLabel, isSecretInput } from '../../prompting/prompt-form.js';
import { displayWidth } from '../../render/display-width.js';
import type { PromptView } from '../host/prompt-controller.js';

export function HostPromptLine({ view, width }: { readonly view: PromptView; readonly width: number }) {
  const { setCursorPosition } = useCursor();
  const shown = isSecretInput(view.form) ? '*'.repeat(view.input.length) : view.input;
  const line = formLabel(view.form) + shown;
  const cells = displayWidth(line);
  setCursorPosition({ x: cells % width, y: Math.floor(cells / width) });
  return <Text>{line}</Text>;
}
