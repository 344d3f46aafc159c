/**
 * ShouldProcess / ShouldContinue for one command invocation, shared by cmdlets (ctx.shouldProcess)
 * and script functions ($PSCmdlet.ShouldProcess): -WhatIf prints PowerShell's line and says no;
 * -Confirm (or ConfirmImpact reaching $ConfirmPreference) asks the host, remembering "Yes to All" /
 * "No to All" for the rest of the invocation; otherwise the answer is yes, and -Verbose says what
 * is being done, as pwsh's MshCommandRuntime does.
 */
import type { HostChoice } from './host.js';
import type { Host } from './host.js';
import type { InformationRecord } from './records.js';

const confirmChoices: readonly HostChoice[] = [
  { label: '&Yes', helpMessage: 'Continue with only the next step of the operation.' },
  { label: 'Yes to &All', helpMessage: 'Continue with all the steps of the operation.' },
  { label: '&No', helpMessage: 'Skip this operation and proceed with the next operation.' },
  { label: 'No to A&ll', helpMessage: 'Skip this operation and all subsequent operations.' },
];

/** pwsh's description of one operation: what -Verbose prints and what "What if:" and the prompt quote. */
function operationText(target: string, action: string): string {
  return `Performing the operation "${action}" on target "${target}".`;
}

export class ShouldProcessState {
  #yesToAll = false;
  #noToAll = false;

  constructor(
    private readonly options: {
      readonly whatIf: boolean;
      readonly confirm: boolean;
      /** -Verbose given on the command line (pwsh reads the switch here, not $VerbosePreference). */
      readonly verboseFlag?: boolean;
      readonly host: Host;
      readonly writeHostText: (record: InformationRecord) => void;
      readonly writeVerbose?: (message: string) => void;
    },
  ) {}

  shouldProcess(target: string, action: string): Promise<boolean> {
    return this.shouldProcessDescribed(operationText(target, action), undefined, undefined);
  }

  /**
   * ShouldProcess(verboseDescription, verboseWarning, caption): -WhatIf prints `What if: ` and the
   * description; a prompt shows the warning (default: "Are you sure...?" and the description)
   * under the caption (default 'Confirm').
   */
  async shouldProcessDescribed(description: string, warning: string | undefined, caption: string | undefined): Promise<boolean> {
    if (this.#noToAll) return false;
    if (this.#yesToAll) return true;
    if (this.options.whatIf) {
      const text = `What if: ${description}`;
      this.options.writeHostText({ messageData: text, tags: ['PSHOST', 'WhatIf'], hostText: text });
      return false;
    }
    if (!this.options.confirm) {
      if (this.options.verboseFlag) this.options.writeVerbose?.(description);
      return true;
    }
    const message = warning ? warning : `Are you sure you want to perform this action?\n${description}`;
    const choice = await this.options.host.confirm(caption ? caption : 'Confirm', message, confirmChoices, 0);
    if (choice === 1) this.#yesToAll = true;
    if (choice === 3) this.#noToAll = true;
    return choice === 0 || choice === 1;
  }

  async shouldContinue(query: string, caption: string): Promise<boolean> {
    const choice = await this.options.host.confirm(caption, query, [{ label: '&Yes' }, { label: '&No' }], 0);
    return choice === 0;
  }
}
