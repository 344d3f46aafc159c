/**
 * Base class of the evaluator's control-flow signals (break, continue, return, exit). They are
 * exceptions only as a transport: the runtime lets them through untouched instead of turning them
 * into errors, so `break` inside a ForEach-Object script block ends the loop around it as in pwsh.
 */
export abstract class ControlFlowSignal extends Error {}
