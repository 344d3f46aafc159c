/** break / continue / return / exit as control-flow signals (see pipeline/control-flow.ts). */
import { ControlFlowSignal } from '../pipeline/control-flow.js';

export class BreakSignal extends ControlFlowSignal {
  constructor(readonly label: string | undefined) {
    super('break');
  }
}

export class ContinueSignal extends ControlFlowSignal {
  constructor(readonly label: string | undefined) {
    super('continue');
  }
}

/** `return`: ends the current script block (or the script at top level). */
export class ReturnSignal extends ControlFlowSignal {
  constructor() {
    super('return');
  }
}

/** `exit [code]`: ends the whole run. */
export class ExitSignal extends ControlFlowSignal {
  constructor(readonly exitCode: number) {
    super('exit');
  }
}
