/** What the engine is waiting for the user to answer, with the functions that settle it. */
import type { HostChoice, ParameterPromptAnswers, ParameterPromptRequest } from '@entra-shell/core';

interface Settles<T> {
  readonly resolve: (answer: T) => void;
  readonly reject: (reason: unknown) => void;
}

export type Question =
  | ({ readonly kind: 'parameters'; readonly request: ParameterPromptRequest } & Settles<ParameterPromptAnswers | undefined>)
  | ({
      readonly kind: 'confirm';
      readonly caption: string;
      readonly message: string;
      readonly choices: readonly HostChoice[];
      readonly defaultChoice: number;
    } & Settles<number>)
  | ({ readonly kind: 'line'; readonly prompt: string; readonly secret: boolean } & Settles<string>);
