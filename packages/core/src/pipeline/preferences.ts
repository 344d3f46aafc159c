/**
 * The effective common-parameter state of one command: its common parameters where given,
 * else the session's preference variables ($ErrorActionPreference, $VerbosePreference...).
 */
import type { ActionPreference, CommonParameterState, VariableAccess } from '../cmdlet/context.js';
import type { CommonParameterValues } from '../cmdlet/common-parameters.js';
import type { ConfirmImpact } from '../cmdlet/define.js';
import { isTruthy } from '../values/truthiness.js';

const actions: readonly ActionPreference[] = ['Continue', 'SilentlyContinue', 'Stop', 'Ignore', 'Inquire'];

/** Preference variables and their defaults, as a fresh pwsh session has them. */
export const preferenceDefaults = {
  ErrorActionPreference: 'Continue',
  WarningPreference: 'Continue',
  VerbosePreference: 'SilentlyContinue',
  DebugPreference: 'SilentlyContinue',
  InformationPreference: 'SilentlyContinue',
  ProgressPreference: 'Continue',
  ConfirmPreference: 'High',
  WhatIfPreference: false,
} as const;

function action(value: unknown, fallback: ActionPreference): ActionPreference {
  const text = typeof value === 'string' ? value.toLowerCase() : '';
  return actions.find((a) => a.toLowerCase() === text) ?? fallback;
}

function preference(variables: VariableAccess, name: keyof typeof preferenceDefaults): unknown {
  return variables.has(name) ? variables.get(name) : preferenceDefaults[name];
}

export function effectiveCommonState(common: CommonParameterValues, variables: VariableAccess, supportsShouldProcess: boolean): CommonParameterState {
  const pref = (name: keyof typeof preferenceDefaults, fallback: ActionPreference): ActionPreference =>
    action(preference(variables, name), fallback);
  const verbose = common.Verbose ?? pref('VerbosePreference', 'SilentlyContinue') !== 'SilentlyContinue';
  const debug = common.Debug ?? pref('DebugPreference', 'SilentlyContinue') !== 'SilentlyContinue';
  return {
    verbose,
    debug,
    errorAction: action(common.ErrorAction, pref('ErrorActionPreference', 'Continue')),
    warningAction: action(common.WarningAction, pref('WarningPreference', 'Continue')),
    informationAction: action(common.InformationAction, pref('InformationPreference', 'SilentlyContinue')),
    progressAction: action(common.ProgressAction, pref('ProgressPreference', 'Continue')),
    whatIf: supportsShouldProcess && (common.WhatIf ?? isTruthy(preference(variables, 'WhatIfPreference'))),
    confirm: supportsShouldProcess && common.Confirm === true,
  };
}

const impactRank: Record<ConfirmImpact, number> = { None: 0, Low: 1, Medium: 2, High: 3 };

/**
 * Whether ShouldProcess must ask, as pwsh's CanShouldProcessAutoConfirm decides: the threshold is
 * Low under -Confirm, None under -Confirm:$false, else $ConfirmPreference; it asks when the
 * command's ConfirmImpact reaches a threshold other than None (an impact of None never asks).
 */
export function confirmRequired(common: CommonParameterValues, variables: VariableAccess, impact: ConfirmImpact): boolean {
  const threshold = common.Confirm === true ? 'Low' : common.Confirm === false ? 'None' : confirmPreference(variables);
  if (threshold === 'None' || impact === 'None') return false;
  return impactRank[impact] >= impactRank[threshold];
}

/** $ConfirmPreference as a ConfirmImpact (High when unset or not a valid name). */
function confirmPreference(variables: VariableAccess): ConfirmImpact {
  const value = preference(variables, 'ConfirmPreference');
  const text = typeof value === 'string' ? value.toLowerCase() : 'high';
  return (Object.keys(impactRank) as ConfirmImpact[]).find((k) => k.toLowerCase() === text) ?? 'High';
}
