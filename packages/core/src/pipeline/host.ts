/**
 * The Host: everything core needs from whoever sits in front of the user.
 *
 * Records (output, errors, warnings, verbose, progress...) are NOT pushed through the host: they
 * come out of `session.run()` as events, in order. The host is called only when the engine needs
 * an answer from the user (prompt, confirm, secret) or has something that must reach the user
 * right now regardless of who consumes the event stream (a device-code message).
 */

/** One field of the "Supply values for the following parameters:" prompt. */
export interface ParameterPromptField {
  readonly name: string;
  /** Short PowerShell type name, e.g. 'String', 'String[]', 'DateTime'. */
  readonly typeName: string;
  /** Array parameters are prompted element by element (`Name[0]: `) until an empty line. */
  readonly isArray: boolean;
  readonly helpMessage?: string;
  /** Whether the value should be read without echo (SecureString-like parameters). */
  readonly secret: boolean;
}

export interface ParameterPromptRequest {
  /** `cmdlet New-Thing at command pipeline position 1` */
  readonly caption: string;
  /** `Supply values for the following parameters:` */
  readonly message: string;
  readonly fields: readonly ParameterPromptField[];
}

/**
 * Answers by field name: a string for scalars, a string array for array fields. A missing name
 * (or `undefined` for the whole result, e.g. the user pressed Ctrl+C) means "not supplied".
 */
export type ParameterPromptAnswers = Readonly<Record<string, string | readonly string[]>>;

export interface HostChoice {
  /** The label with `&` before the hot key, as PowerShell writes it: '&Yes', 'Yes to &All'. */
  readonly label: string;
  readonly helpMessage?: string;
}

export interface Host {
  /** Shown by `$Host.Name`-like diagnostics. */
  readonly name: string;
  /** False for the runner, CI and tests: core then errors instead of prompting. */
  readonly isInteractive: boolean;
  /** Ask for missing mandatory parameters. */
  promptForParameters(request: ParameterPromptRequest): Promise<ParameterPromptAnswers | undefined>;
  /** -Confirm and ConfirmImpact prompts. Returns the index of the chosen entry of `choices`. */
  confirm(caption: string, message: string, choices: readonly HostChoice[], defaultChoice: number): Promise<number>;
  /** Read a line without echo (passwords, client secrets). */
  readSecret(prompt: string): Promise<string>;
  /** Read a line (Read-Host). */
  readLine(prompt: string): Promise<string>;
  /** Device-code sign-in: `To sign in, use a web browser to open the page ... and enter the code ...`. */
  showDeviceCode(message: string): void;
}
