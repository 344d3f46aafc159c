/**
 * Core's Host for the Ink REPL. The engine awaits these calls; each becomes a Question the prompt
 * view answers inline (one at a time, in order: bulk pipelines may ask concurrently). The device-code
 * message is printed straight to the scrollback, because sign-in waits on the user acting elsewhere.
 */
import type { Host, HostChoice, ParameterPromptAnswers, ParameterPromptRequest } from '@entra-shell/core';
import { Store } from '../state/store.js';
import type { Question } from '../../prompting/questions.js';

export class InkHost implements Host {
  readonly name = 'entra-shell';
  readonly isInteractive = true;
  /** The question on screen, if any. */
  readonly current = new Store<Question | null>(null);
  readonly #queue: Question[] = [];

  constructor(private readonly print: (text: string) => void) {}

  promptForParameters(request: ParameterPromptRequest): Promise<ParameterPromptAnswers | undefined> {
    return new Promise((resolve, reject) => this.#ask({ kind: 'parameters', request, resolve, reject }));
  }

  confirm(caption: string, message: string, choices: readonly HostChoice[], defaultChoice: number): Promise<number> {
    return new Promise((resolve, reject) => this.#ask({ kind: 'confirm', caption, message, choices, defaultChoice, resolve, reject }));
  }

  readSecret(prompt: string): Promise<string> {
    return new Promise((resolve, reject) => this.#ask({ kind: 'line', prompt, secret: true, resolve, reject }));
  }

  readLine(prompt: string): Promise<string> {
    return new Promise((resolve, reject) => this.#ask({ kind: 'line', prompt, secret: false, resolve, reject }));
  }

  showDeviceCode(message: string): void {
    this.print(`\x1b[33;1m${message}\x1b[0m`);
  }

  /** The view settled the current question: show the next one. */
  answered(): void {
    this.current.set(this.#queue.shift() ?? null);
  }

  /** Ctrl+C: every pending question fails with the abort reason (the run is being cancelled). */
  cancelAll(reason: unknown): void {
    const pending = [this.current.get(), ...this.#queue.splice(0)];
    this.current.set(null);
    for (const q of pending) q?.reject(reason);
  }

  #ask(question: Question): void {
    if (this.current.get()) this.#queue.push(question);
    else this.current.set(question);
  }
}
