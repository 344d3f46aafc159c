export { ErrorRecord, TerminatingError } from './records.js';
export type {
  DebugRecord,
  ErrorCategory,
  ErrorInfo,
  ErrorPosition,
  InformationRecord,
  ProgressRecord,
  VerboseRecord,
  WarningRecord,
} from './records.js';
export type { Host, HostChoice, ParameterPromptAnswers, ParameterPromptField, ParameterPromptRequest } from './host.js';
export type { ArgumentValue, CommandArgument } from './command-argument.js';
export { NonInteractiveHost, ScriptedHost } from './hosts.js';
export type { HostCall, HostScript } from './hosts.js';
export { named, splat, val } from './argument-builders.js';
export { PipelineStoppedError } from './records.js';
export type { PipelineEvent, StreamEvent } from './events.js';
export type { PipelineEnvironment } from './environment.js';
export { runPipeline } from './runtime.js';
export type { PipelineCommand, PipelineOutcome, PipelineRun } from './runtime.js';
export { enumerateForPipeline, isPipelineEnumerable } from './enumerate.js';
export { preferenceDefaults } from './preferences.js';
export { ControlFlowSignal } from './control-flow.js';
export { command, createTestEnvironment, runTestPipeline } from './testing.js';
export type { TestEnvironment } from './testing.js';
