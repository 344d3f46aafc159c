/**
 * ShouldProcess / ShouldContinue for one command invocation: -WhatIf prints PowerShell's line
 * and says no; -Confirm (or ConfirmImpact reaching $ConfirmPreference) asks the host, remembering
 * "Yes to All" / "No to All" for the rest of the invocation.
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

export function whatIfText(target: string, action: string): string {
  return `What if: Performing the operation "${action}" on target "${target}".`;
}

export class ShouldProcessState {
  #yesToAll = false;
  #noToAll = false;

  constructor(
    private readonly options: {
      readonly whatIf: boolean;
      readonly confirm: boolean;
      readonly host: Host;
      readonly writeHostText: (record: InformationRecord) => void;
    },
  ) {}

  async shouldProcess(target: string, action: string): Promise<boolean> {
    if (this.options.whatIf) {
      const text = whatIfText(target, action);
      this.options.writeHostText({ messageData: text, tags: ['PSHOST', 'WhatIf'], hostText: text });
      return false;
    }
    if (!this.options.confirm || this.#yesToAll) return true;
    if (this.#noToAll) return false;
    const message = `Are you sure you want to perform this action?\nPerforming the operation "${action}" on target "${target}".`;
    const choice = await this.options.host.confirm('Confirm', message, confirmChoices, 0);
    if (choice === 1) this.#yesToAll = true;
    if (choice === 3) this.#noToAll = true;
    return choice === 0 || choice === 1;
  }

  async shouldContinue(query: string, caption: string): Promise<boolean> {
    const choice = await this.options.host.confirm(caption, query, [{ label: '&Yes' }, { label: '&No' }], 0);
    return choice === 0;
  }
}
