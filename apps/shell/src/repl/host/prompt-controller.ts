/**
 * Drives the inline answer line for host questions: shows each question's header once, collects
 * the typed answer (masked for secrets), and settles the engine's promise on Enter. Ctrl+C cancels
 * the question and the run that asked it.
 */
import type { InputEvent } from '../../keys/decoder.js';
import { Store } from '../state/store.js';
import type { InkHost } from './ink-host.js';
import { formHeader, startForm, submitLine, type FormState } from '../../prompting/prompt-form.js';

export interface PromptView {
  readonly form: FormState;
  readonly input: string;
}

export class PromptController {
  readonly view = new Store<PromptView | null>(null);

  constructor(
    private readonly host: InkHost,
    private readonly print: (text: string) => void,
    private readonly cancelRun: () => void,
  ) {
    host.current.subscribe(() => this.#show());
  }

  get active(): boolean {
    return this.view.get() !== null;
  }

  handle(event: InputEvent): void {
    const view = this.view.get();
    if (!view) return;
    if (event.kind !== 'key') {
      // A pasted answer is one line: the first line of the paste.
      this.view.set({ ...view, input: view.input + (event.text.split('\n')[0] ?? '') });
      return;
    }
    if (event.ctrl && event.name === 'c') {
      this.cancelRun();
      return;
    }
    if (event.name === 'backspace') this.view.set({ ...view, input: view.input.slice(0, -1) });
    else if (event.ctrl && event.name === 'u') this.view.set({ ...view, input: '' });
    else if (event.name === 'return' && !event.meta) this.#submit(view);
  }

  #submit(view: PromptView): void {
    const step = submitLine(view.form, view.input);
    for (const line of step.echo) this.print(line);
    if (step.kind === 'continue') {
      this.view.set({ form: step.state, input: '' });
      return;
    }
    this.view.set(null);
    step.settle();
    this.host.answered();
  }

  #show(): void {
    const question = this.host.current.get();
    if (!question) {
      this.view.set(null);
      return;
    }
    if (this.view.get()?.form.question === question) return;
    for (const line of formHeader(question)) this.print(line);
    this.view.set({ form: startForm(question), input: '' });
  }
}
