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
