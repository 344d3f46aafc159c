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
