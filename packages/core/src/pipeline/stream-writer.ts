/**
 * The side streams of one command: errors (honouring -ErrorAction / $ErrorActionPreference,
 * -ErrorVariable), warnings (-WarningAction, -WarningVariable), verbose, debug, information and
 * progress, each gated the way PowerShell gates it.
 */
import type { ActionPreference, CommonParameterState } from '../cmdlet/context.js';
import type { CommonParameterValues } from '../cmdlet/common-parameters.js';
import type { HostChoice } from './host.js';
import type { PipelineEnvironment } from './environment.js';
import { ErrorRecord, TerminatingError } from './records.js';
import type { ErrorInfo, ErrorPosition, InformationRecord, ProgressRecord } from './records.js';

const inquireChoices: readonly HostChoice[] = [
  { label: '&Yes', helpMessage: 'Continue with only the next step of the operation.' },
  { label: 'Yes to &All', helpMessage: 'Continue with all the steps of the operation.' },
  { label: '&Halt Command', helpMessage: 'Stop this command.' },
];

/** `-ErrorVariable e` starts a fresh list in $e; `-ErrorVariable +e` appends to the existing one. */
function collectorFor(name: string | undefined, env: PipelineEnvironment): unknown[] | undefined {
  if (!name) return undefined;
  const append = name.startsWith('+');
  const variable = append ? name.slice(1) : name;
  const existing = env.variables.get(variable);
  const list: unknown[] = append && Array.isArray(existing) ? (existing as unknown[]) : append && existing !== null && existing !== undefined ? [existing] : [];
  env.variables.set(variable, list);
  return list;
}

export class StreamWriter {
  #errorAction: ActionPreference;
  #warningAction: ActionPreference;
  readonly #errors: unknown[] | undefined;
  readonly #warnings: unknown[] | undefined;
  hadErrors = false;

  constructor(
    private readonly env: PipelineEnvironment,
    private readonly state: CommonParameterState,
    private readonly explicit: CommonParameterValues,
    private readonly commandName: string,
    private readonly position: ErrorPosition | undefined,
    /** False once the pipeline is cancelled: late records from abandoned work are dropped. */
    private readonly live: () => boolean,
  ) {
    this.#errorAction = state.errorAction;
    this.#warningAction = state.warningAction;
    this.#errors = collectorFor(explicit.ErrorVariable, env);
    this.#warnings = collectorFor(explicit.WarningVariable, env);
  }

  async error(error: ErrorRecord | ErrorInfo): Promise<void> {
    const record = ErrorRecord.from(error).withContext({ commandName: this.commandName, position: this.position });
    this.hadErrors = true;
    if (this.#errorAction === 'Ignore' || !this.live()) return;
    this.#errors?.push(record);
    this.env.recordError(record);
    if (this.#errorAction === 'Inquire') {
      const choice = await this.env.host.confirm('Confirm', `${record.message}\nDo you want to continue?`, inquireChoices, 0);
      if (choice === 1) this.#errorAction = 'Continue';
      if (choice === 2) this.#errorAction = 'Stop';
    }
    if (this.#errorAction === 'Stop') {
      const terminating = new TerminatingError(record, { scriptTerminating: true });
      terminating.recorded = true;
      throw terminating;
    }
    if (this.#errorAction === 'Continue' || this.#errorAction === 'Inquire') this.env.emit({ type: 'error', record });
  }

  async warning(message: string): Promise<void> {
    if (this.#warningAction === 'Ignore' || !this.live()) return;
    this.#warnings?.push(message);
    if (this.#warningAction === 'Inquire') {
      const choice = await this.env.host.confirm('Confirm', `${message}\nDo you want to continue?`, inquireChoices, 0);
      if (choice === 1) this.#warningAction = 'Continue';
      if (choice === 2) this.#warningAction = 'Stop';
    }
    if (this.#warningAction === 'Stop') {
      throw new TerminatingError({
        message: `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${message}`,
        errorId: 'ActionPreferenceStop',
        category: 'OperationStopped',
        exceptionType: 'ActionPreferenceStopException',
        commandName: this.commandName,
      }, { scriptTerminating: true });
    }
    if (this.#warningAction !== 'SilentlyContinue') this.env.emit({ type: 'warning', record: { message } });
  }

  verbose(message: string): void {
    if (this.state.verbose && this.live()) this.env.emit({ type: 'verbose', record: { message } });
  }

  debug(message: string): void {
    if (this.state.debug && this.live()) this.env.emit({ type: 'debug', record: { message } });
  }

  /** Write-Host text shows unless this command was told -InformationAction SilentlyContinue/Ignore; other records need Continue. */
  information(record: InformationRecord): void {
    if (!this.live()) return;
    const show =
      record.hostText !== undefined
        ? this.explicit.InformationAction === undefined || !['silentlycontinue', 'ignore'].includes(this.explicit.InformationAction.toLowerCase())
        : this.state.informationAction === 'Continue';
    if (show) this.env.emit({ type: 'information', record });
  }

  progress(record: ProgressRecord): void {
    if (this.live() && this.state.progressAction !== 'SilentlyContinue' && this.state.progressAction !== 'Ignore') {
      this.env.emit({ type: 'progress', record });
    }
  }
}
