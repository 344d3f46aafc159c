/**
 * Two hosts that ship with core: NonInteractiveHost (runner, CI, scripts: never asks, and says so)
 * and ScriptedHost (tests and demos: answers from a script and records every question).
 */
import type { Host, HostChoice, ParameterPromptAnswers, ParameterPromptRequest } from './host.js';
import { TerminatingError } from './records.js';

function nonInteractiveError(): TerminatingError {
  return new TerminatingError({
    message: 'The host is in NonInteractive mode. Read and Prompt functionality is not available.',
    errorId: 'HostIsNonInteractive',
    category: 'InvalidOperation',
    exceptionType: 'PSInvalidOperationException',
  });
}

export class NonInteractiveHost implements Host {
  readonly name = 'NonInteractiveHost';
  readonly isInteractive = false;
  readonly #writeLine: (text: string) => void;

  /** `writeLine` receives device-code messages (default: standard error, so stdout stays data). */
  constructor(options: { writeLine?: (text: string) => void } = {}) {
    this.#writeLine = options.writeLine ?? ((text) => void process.stderr.write(`${text}\n`));
  }
  promptForParameters(): Promise<ParameterPromptAnswers | undefined> {
    return Promise.reject(nonInteractiveError());
  }
  confirm(): Promise<number> {
    return Promise.reject(nonInteractiveError());
  }
  readSecret(): Promise<string> {
    return Promise.reject(nonInteractiveError());
  }
  readLine(): Promise<string> {
    return Promise.reject(nonInteractiveError());
  }
  showDeviceCode(message: string): void {
    this.#writeLine(message);
  }
}

export interface HostScript {
  /** Answers for successive parameter prompts (`undefined` = the user cancelled). */
  readonly prompts?: readonly (ParameterPromptAnswers | undefined)[];
  /** Choice indexes for successive confirm() calls. */
  readonly confirms?: readonly number[];
  readonly secrets?: readonly string[];
  readonly lines?: readonly string[];
  /** Pretend to be non-interactive (prompts then never happen). */
  readonly interactive?: boolean;
}

/** What a ScriptedHost was asked, in order. */
export type HostCall =
  | { readonly kind: 'prompt'; readonly request: ParameterPromptRequest }
  | { readonly kind: 'confirm'; readonly caption: string; readonly message: string; readonly choices: readonly HostChoice[]; readonly defaultChoice: number }
  | { readonly kind: 'secret'; readonly prompt: string }
  | { readonly kind: 'line'; readonly prompt: string }
  | { readonly kind: 'deviceCode'; readonly message: string };

export class ScriptedHost implements Host {
  readonly name = 'ScriptedHost';
  readonly isInteractive: boolean;
  readonly calls: HostCall[] = [];
  readonly #prompts: (ParameterPromptAnswers | undefined)[];
  readonly #confirms: number[];
  readonly #secrets: string[];
  readonly #lines: string[];

  constructor(script: HostScript = {}) {
    this.isInteractive = script.interactive ?? true;
    this.#prompts = [...(script.prompts ?? [])];
    this.#confirms = [...(script.confirms ?? [])];
    this.#secrets = [...(script.secrets ?? [])];
    this.#lines = [...(script.lines ?? [])];
  }

  #next<T>(queue: T[], what: string): Promise<T> {
    if (queue.length === 0) return Promise.reject(new Error(`ScriptedHost: no scripted answer left for ${what}`));
    return Promise.resolve(queue.shift() as T);
  }
  promptForParameters(request: ParameterPromptRequest): Promise<ParameterPromptAnswers | undefined> {
    this.calls.push({ kind: 'prompt', request });
    return this.#next(this.#prompts, 'a parameter prompt');
  }
  confirm(caption: string, message: string, choices: readonly HostChoice[], defaultChoice: number): Promise<number> {
    this.calls.push({ kind: 'confirm', caption, message, choices, defaultChoice });
    return this.#next(this.#confirms, 'a confirmation');
  }
  readSecret(prompt: string): Promise<string> {
    this.calls.push({ kind: 'secret', prompt });
    return this.#next(this.#secrets, 'a secret');
  }
  readLine(prompt: string): Promise<string> {
    this.calls.push({ kind: 'line', prompt });
    return this.#next(this.#lines, 'a line');
  }
  showDeviceCode(message: string): void {
    this.calls.push({ kind: 'deviceCode', message });
  }
}
