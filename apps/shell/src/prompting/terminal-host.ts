/**
 * core's Host for the non-interactive runner when a person is at the terminal (stdin is a TTY and
 * -NonInteractive was not given): the same questions as the REPL, asked line by line on stderr
 * (stdout stays data), secrets read without echo. Uses node:readline, never Ink.
 */
import type { Host, HostChoice, ParameterPromptAnswers, ParameterPromptRequest } from '@entra-shell/core';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { formHeader, formLabel, isSecretInput, startForm, submitLine } from './prompt-form.js';
import type { Question } from './questions.js';

export class TerminalHost implements Host {
  readonly name = 'entra-shell';
  readonly isInteractive = true;
  /** Questions are asked one at a time, in order. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
  ) {}

  promptForParameters(request: ParameterPromptRequest): Promise<ParameterPromptAnswers | undefined> {
    return this.#ask((resolve, reject) => ({ kind: 'parameters', request, resolve, reject }));
  }

  confirm(caption: string, message: string, choices: readonly HostChoice[], defaultChoice: number): Promise<number> {
    return this.#ask((resolve, reject) => ({ kind: 'confirm', caption, message, choices, defaultChoice, resolve, reject }));
  }

  readSecret(prompt: string): Promise<string> {
    return this.#ask((resolve, reject) => ({ kind: 'line', prompt, secret: true, resolve, reject }));
  }

  readLine(prompt: string): Promise<string> {
    return this.#ask((resolve, reject) => ({ kind: 'line', prompt, secret: false, resolve, reject }));
  }

  showDeviceCode(message: string): void {
    this.output.write(`${message}\n`);
  }

  #ask<T>(make: (resolve: (value: T) => void, reject: (reason: unknown) => void) => Question): Promise<T> {
    const answer = this.#queue.then(
      () =>
        new Promise<T>((resolve, reject) => {
          void this.#run(make(resolve, reject));
        }),
    );
    this.#queue = answer.catch(() => undefined);
    return answer;
  }

  async #run(question: Question): Promise<void> {
    let muted = false;
    // Echo goes through this gate so secret answers never reach the terminal.
    const echo = new Writable({
      write: (chunk: Buffer | string, _encoding, done) => {
        if (!muted) this.output.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input: this.input, output: echo, terminal: (this.input as { isTTY?: boolean }).isTTY === true });
    try {
      for (const line of formHeader(question)) this.output.write(`${line}\n`);
      let state = startForm(question);
      for (;;) {
        const secret = isSecretInput(state);
        const label = formLabel(state);
        const typed = await new Promise<string>((resolve, reject) => {
          rl.once('close', () => reject(new Error('The input ended before the question was answered.')));
          rl.question(label, resolve);
          muted = secret;
        });
        muted = false;
        if (secret) this.output.write('\n');
        const step = submitLine(state, typed);
        // The first echo line is what the user just typed; readline already showed it.
        for (const extra of step.echo.slice(1)) this.output.write(`${extra}\n`);
        if (step.kind === 'done') {
          step.settle();
          return;
        }
        state = step.state;
      }
    } catch (error) {
      question.reject(error);
    } finally {
      rl.close();
    }
  }
}
