export { defineCmdlet } from './define.js';
export type {
  BeginArguments,
  BoundArgumentValues,
  CmdletDeclaration,
  CmdletDefinition,
  CmdletExample,
  CmdletInstance,
  ConfirmImpact,
  ProcessArguments,
  RequiredPermissions,
} from './define.js';
export { parameter, switchParameter } from './parameter.js';
export type {
  ArgumentCompleterKind,
  ParameterDeclaration,
  ParameterDefault,
  ParameterOptions,
  ParameterRecord,
  ParameterSetMembership,
  PipelineInput,
  Presence,
  RemainingArgumentsRule,
  SwitchOptions,
} from './parameter.js';
export { arrayOf, ConversionFailure, defineParameterType, enumeration, types } from './parameter-types.js';
export type { ConversionSource, ParameterType, ParameterTypeSpec, ParameterValue } from './parameter-types.js';
export type { ParameterValidation } from './validation.js';
export { allParameterSets } from './metadata.js';
export type { CmdletMetadata, ParameterMetadata, SetMembership } from './metadata.js';
export { expandHome, SessionLocation } from './location.js';
export { commonParameters, shouldProcessParameters } from './common-parameters.js';
export type { CommonParameterInfo } from './common-parameters.js';
export type {
  ActionPreference,
  CmdletContext,
  CommandLookup,
  CommonParameterState,
  InvocationInfo,
  ScriptBlockInvocation,
  VariableAccess,
} from './context.js';
export { provide, ServiceBag, serviceKey } from './services.js';
export type { ServiceEntry, ServiceKey, ServiceReader } from './services.js';
export { CommandRegistry, commandNotFound } from './registry.js';
export type { CommandQuery } from './registry.js';
export { findParameter, parameterHelp, syntaxLines } from './help.js';
export type { ParameterHelp, SyntaxLine } from './help.js';
export { approvedVerbs, isApprovedVerb } from './verbs.js';
export type { ApprovedVerb, VerbGroup } from './verbs.js';
export { hasWildcard, matchesWildcard, wildcardToRegExp } from './wildcard.js';
export { closestNames, editDistance } from './suggestions.js';
export * from './binder/index.js';
