/**
 * Which parameters to offer after `-`: the command's own (in declaration order) and the common
 * ones, minus those already given, and minus those that cannot be used together with the ones
 * given (no shared parameter set).
 */
import { allParameterSets, commonParameters, shouldProcessParameters, type CmdletMetadata, type CommonParameterInfo, type ParameterMetadata } from '@entra-shell/core';

export type OfferedParameter = { readonly name: string; readonly common: false; readonly metadata: ParameterMetadata } | { readonly name: string; readonly common: true; readonly info: CommonParameterInfo };

function commonFor(command: CmdletMetadata): readonly CommonParameterInfo[] {
  return command.supportsShouldProcess ? [...commonParameters, ...shouldProcessParameters] : commonParameters;
}

/** Resolves a typed name as the binder does: exact name or alias, else a unique prefix. */
export function resolveParameter(command: CmdletMetadata, typed: string): OfferedParameter | undefined {
  const all: OfferedParameter[] = [
    ...command.parameters.map((metadata) => ({ name: metadata.name, common: false as const, metadata })),
    ...commonFor(command).map((info) => ({ name: info.name, common: true as const, info })),
  ];
  const lower = typed.toLowerCase();
  const aliasesOf = (p: OfferedParameter): readonly string[] => (p.common ? p.info.aliases : p.metadata.aliases);
  const exact = all.find((p) => p.name.toLowerCase() === lower || aliasesOf(p).some((a) => a.toLowerCase() === lower));
  if (exact) return exact;
  const byPrefix = all.filter((p) => p.name.toLowerCase().startsWith(lower) || aliasesOf(p).some((a) => a.toLowerCase().startsWith(lower)));
  return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

/**
 * The parameter sets still possible once `given` are bound: those every given parameter belongs to,
 * as the binder narrows them (a parameter in all sets leaves them as they are).
 */
export function possibleSets(command: CmdletMetadata, given: readonly ParameterMetadata[]): Set<string> {
  let sets = new Set(command.parameterSets);
  for (const p of given) if (!p.inAllSets) sets = new Set([...sets].filter((s) => p.sets.has(s)));
  return sets;
}

export function offeredParameters(command: CmdletMetadata, alreadyGiven: readonly string[]): OfferedParameter[] {
  const given = alreadyGiven.map((n) => resolveParameter(command, n)).filter((p): p is OfferedParameter => p !== undefined);
  const givenNames = new Set(given.map((p) => p.name));
  const sets = possibleSets(
    command,
    given.flatMap((p) => (p.common ? [] : [p.metadata])),
  );
  const fits = (p: ParameterMetadata): boolean => p.inAllSets || sets.size === 0 || [...p.sets.keys()].some((s) => sets.has(s) || s === allParameterSets);
  return [
    ...command.parameters.filter((p) => !p.dontShow && !givenNames.has(p.name) && fits(p)).map((metadata) => ({ name: metadata.name, common: false as const, metadata })),
    ...commonFor(command)
      .filter((info) => !givenNames.has(info.name))
      .map((info) => ({ name: info.name, common: true as const, info })),
  ];
}
