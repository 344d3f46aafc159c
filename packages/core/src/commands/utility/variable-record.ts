/** The PSVariable records Get-Variable and Set-Variable -PassThru emit. */
import { PSObject } from '../../values/model.js';

export const psVariableTypeName = 'System.Management.Automation.PSVariable';

export function variableRecord(name: string, value: unknown): PSObject {
  return new PSObject({ Name: name, Value: value }, [psVariableTypeName]);
}
