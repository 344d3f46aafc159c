/**
 * Help metadata generated from a cmdlet's declaration: syntax lines per parameter set (as
 * Get-Help and Get-Command -Syntax print them) and per-parameter facts (Get-Help -Parameter).
 */
import type { CmdletMetadata, ParameterMetadata } from './metadata.js';
import { allParameterSets } from './metadata.js';

export interface SyntaxLine {
  readonly parameterSet: string;
  readonly isDefault: boolean;
  /** e.g. `New-X [-Identity] <String> [-Start <DateTime>] [-WhatIf] [-Confirm] [<CommonParameters>]` */
  readonly text: string;
}

function renderParameter(p: ParameterMetadata, mandatory: boolean, position: number | undefined): string {
  const name = position === undefined ? `-${p.name}` : `[-${p.name}]`;
  const body = p.isSwitch ? name : `${name} <${p.type.name}>`;
  return mandatory ? body : `[${body}]`;
}

/** One syntax line per parameter set, the default set first. */
export function syntaxLines(cmdlet: CmdletMetadata): SyntaxLine[] {
  const sets = [cmdlet.defaultParameterSet, ...cmdlet.parameterSets.filter((s) => s !== cmdlet.defaultParameterSet)];
  return sets.map((set) => {
    const members = cmdlet.parameters
      .filter((p) => !p.dontShow)
      .flatMap((p) => {
        const m = p.sets.get(set);
        return m ? [{ p, m }] : [];
      });
    // PowerShell's order: positional by position, then mandatory named, then the rest as declared.
    const positional = members.filter((x) => x.m.position !== undefined).sort((a, b) => (a.m.position ?? 0) - (b.m.position ?? 0));
    const named = members.filter((x) => x.m.position === undefined);
    const ordered = [...positional, ...named.filter((x) => x.m.mandatory), ...named.filter((x) => !x.m.mandatory)];
    const parts = [cmdlet.name, ...ordered.map(({ p, m }) => renderParameter(p, m.mandatory, m.position))];
    if (cmdlet.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
    parts.push('[<CommonParameters>]');
    return { parameterSet: set, isDefault: set === cmdlet.defaultParameterSet, text: parts.join(' ') };
  });
}

export interface ParameterHelp {
  readonly name: string;
  readonly typeName: string;
  readonly description: string;
  /** True when mandatory in every set it belongs to; 'some' when only in some. */
  readonly required: boolean | 'some';
  /** 'Named' or the 0-based position (first set that gives one). */
  readonly position: 'Named' | number;
  readonly defaultValue: string;
  /** PowerShell's wording: 'False', 'True (ByValue)', 'True (ByPropertyName)', 'True (ByValue, ByPropertyName)'. */
  readonly acceptsPipelineInput: string;
  readonly aliases: readonly string[];
  /** Set names, or ['(All)'] for a parameter in every set. */
  readonly parameterSets: readonly string[];
  readonly valueCompletions: readonly string[];
}

export function parameterHelp(cmdlet: CmdletMetadata, p: ParameterMetadata): ParameterHelp {
  const memberships = [...p.sets.values()];
  const mandatoryCount = memberships.filter((m) => m.mandatory).length;
  const byValue = memberships.some((m) => m.byValue);
  const byProperty = memberships.some((m) => m.byPropertyName);
  const kinds = [byValue ? 'ByValue' : '', byProperty ? 'ByPropertyName' : ''].filter(Boolean);
  const position = memberships.find((m) => m.position !== undefined)?.position;
  const everySet = p.inAllSets || cmdlet.parameterSets.every((s) => p.sets.has(s));
  return {
    name: p.name,
    typeName: p.type.name,
    description: p.help ?? '',
    required: mandatoryCount === 0 ? false : mandatoryCount === memberships.length ? true : 'some',
    position: position ?? 'Named',
    defaultValue: p.hasDefault ? String(p.defaultValue) : p.isSwitch ? 'False' : 'None',
    acceptsPipelineInput: kinds.length ? `True (${kinds.join(', ')})` : 'False',
    aliases: p.aliases,
    parameterSets: everySet || cmdlet.parameterSets[0] === allParameterSets ? ['(All)'] : [...p.sets.keys()],
    valueCompletions: p.valueCompletions,
  };
}

/** Finds a parameter by exact name or alias, case-insensitively (Get-Help -Parameter). */
export function findParameter(cmdlet: CmdletMetadata, name: string): ParameterMetadata | undefined {
  const key = name.toLowerCase();
  return cmdlet.parameters.find((p) => p.name.toLowerCase() === key || p.aliases.some((a) => a.toLowerCase() === key));
}
