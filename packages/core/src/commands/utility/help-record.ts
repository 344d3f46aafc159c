/**
 * Get-Help's output: one structured record per cmdlet, built from the declaration (synopsis,
 * generated syntax, parameters with their attributes, examples). Scripts can read its properties
 * (`(Get-Help Get-Date).Syntax`); the text view in help-text.ts renders it like pwsh.
 */
import type { CmdletDefinition } from '../../cmdlet/index.js';
import { parameterHelp, syntaxLines } from '../../cmdlet/help.js';
import { PSObject } from '../../values/model.js';

export const helpInfoTypeName = 'EntraShell.HelpInfo';
export const helpParameterTypeName = 'EntraShell.HelpInfo.Parameter';
export const helpExampleTypeName = 'EntraShell.HelpInfo.Example';

/** Which sections the text view shows. */
export type HelpView = 'Default' | 'Detailed' | 'Full' | 'Examples' | 'Parameter';

function requiredText(cmdlet: CmdletDefinition, name: string, required: boolean | 'some'): string {
  if (required !== 'some') return required ? 'true' : 'false';
  const p = cmdlet.parameters.find((x) => x.name === name);
  const sets = p ? [...p.sets.entries()].filter(([, m]) => m.mandatory).map(([s]) => s) : [];
  return `true (${sets.join(', ')})`;
}

export function parameterRecords(cmdlet: CmdletDefinition): PSObject[] {
  return cmdlet.parameters
    .filter((p) => !p.dontShow)
    .map((p) => {
      const h = parameterHelp(cmdlet, p);
      return new PSObject(
        {
          Name: h.name,
          Type: h.typeName,
          Description: h.description,
          Required: requiredText(cmdlet, h.name, h.required),
          Position: h.position === 'Named' ? 'named' : String(h.position),
          DefaultValue: h.defaultValue,
          PipelineInput: h.acceptsPipelineInput,
          Aliases: h.aliases.length > 0 ? h.aliases.join(', ') : 'None',
          ParameterSets: h.parameterSets.join(', '),
          ValidValues: [...h.valueCompletions],
        },
        [helpParameterTypeName],
      );
    });
}

/** Types a cmdlet accepts from the pipeline, from its parameter declarations. */
function inputTypes(cmdlet: CmdletDefinition): string[] {
  const names = cmdlet.parameters
    .filter((p) => [...p.sets.values()].some((m) => m.byValue || m.byPropertyName))
    .map((p) => p.type.fullName);
  return [...new Set(names)];
}

export function helpRecord(cmdlet: CmdletDefinition, view: HelpView, parameterFilter?: readonly PSObject[]): PSObject {
  const examples = cmdlet.examples.map(
    (e, i) => new PSObject({ Title: `Example ${i + 1}`, Code: e.code, Remarks: e.remarks }, [helpExampleTypeName]),
  );
  return new PSObject(
    {
      Name: cmdlet.name,
      Category: 'Cmdlet',
      Synopsis: cmdlet.synopsis,
      Syntax: syntaxLines(cmdlet).map((l) => l.text),
      Description: cmdlet.description,
      Aliases: [...cmdlet.aliases],
      Parameters: parameterFilter ? [...parameterFilter] : parameterRecords(cmdlet),
      Examples: examples,
      Inputs: inputTypes(cmdlet),
      Outputs: cmdlet.outputType ? [cmdlet.outputType] : [],
      RelatedLinks: [...cmdlet.relatedLinks],
      SupportsShouldProcess: cmdlet.supportsShouldProcess,
      View: view,
    },
    [helpInfoTypeName],
  );
}
