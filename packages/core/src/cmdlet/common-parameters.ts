/**
 * PowerShell's common parameters (every cmdlet has them) and the risk-mitigation parameters
 * (-WhatIf / -Confirm, only for cmdlets that support ShouldProcess).
 */
import { enumeration, types, type ParameterType } from './parameter-types.js';

const actionPreference = enumeration('ActionPreference', ['Continue', 'SilentlyContinue', 'Stop', 'Ignore', 'Inquire'] as const);

export interface CommonParameterInfo {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: ParameterType<unknown>;
}

function common<T>(name: string, aliases: readonly string[], type: ParameterType<T>): CommonParameterInfo {
  // Widen: the binder treats common parameters uniformly.
  return { name, aliases, type: type as ParameterType<unknown> };
}

export const commonParameters: readonly CommonParameterInfo[] = [
  common('Verbose', ['vb'], types.switch),
  common('Debug', ['db'], types.switch),
  common('ErrorAction', ['ea'], actionPreference),
  common('WarningAction', ['wa'], actionPreference),
  common('InformationAction', ['infa'], actionPreference),
  common('ProgressAction', ['proga'], actionPreference),
  common('ErrorVariable', ['ev'], types.string),
  common('WarningVariable', ['wv'], types.string),
  common('InformationVariable', ['iv'], types.string),
  common('OutVariable', ['ov'], types.string),
  common('OutBuffer', ['ob'], types.int32),
  common('PipelineVariable', ['pv'], types.string),
];

export const shouldProcessParameters: readonly CommonParameterInfo[] = [
  common('WhatIf', ['wi'], types.switch),
  common('Confirm', ['cf'], types.switch),
];

/** The values the binder collected for common parameters (declared names as keys). */
export interface CommonParameterValues {
  readonly Verbose?: boolean;
  readonly Debug?: boolean;
  readonly ErrorAction?: string;
  readonly WarningAction?: string;
  readonly InformationAction?: string;
  readonly ProgressAction?: string;
  readonly ErrorVariable?: string;
  readonly WarningVariable?: string;
  readonly InformationVariable?: string;
  readonly OutVariable?: string;
  readonly OutBuffer?: number;
  readonly PipelineVariable?: string;
  readonly WhatIf?: boolean;
  readonly Confirm?: boolean;
}
