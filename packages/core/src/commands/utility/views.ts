/** Default displays of the records the utility cmdlets emit, registered with the formatter. */
import { registerDefaultView } from '../../format/index.js';
import { PSObject } from '../../values/model.js';
import { aliasInfoTypeName, cmdletInfoTypeName, functionInfoTypeName } from './get-command.js';
import { helpSummaryTypeName } from './get-help.js';
import { groupInfoNoElementTypeName, groupInfoTypeName } from './group-object.js';
import { helpInfoTypeName } from './help-record.js';
import { renderHelpText } from './help-text.js';
import { textMeasureInfoTypeName } from './measure-object.js';
import { pathInfoTypeName } from '../../values/path-info.js';
import { psVariableTypeName } from './variable-record.js';

/** An alias shows as `gcm -> Get-Command` in the Name column, as in pwsh. */
function displayName(record: unknown): unknown {
  if (!(record instanceof PSObject)) return null;
  return record.get('DisplayName') ?? record.get('Name');
}

export function registerUtilityViews(): void {
  registerDefaultView(groupInfoTypeName, { kind: 'table', properties: ['Count', 'Name', 'Group'] });
  registerDefaultView(groupInfoNoElementTypeName, { kind: 'table', properties: ['Count', 'Name'] });
  registerDefaultView(psVariableTypeName, { kind: 'table', properties: ['Name', 'Value'] });
  registerDefaultView(pathInfoTypeName, { kind: 'table', properties: ['Path'] });
  const commandView = { kind: 'table' as const, properties: ['CommandType', { label: 'Name', expression: displayName }, 'Version', 'Source'] };
  registerDefaultView(cmdletInfoTypeName, commandView);
  registerDefaultView(aliasInfoTypeName, commandView);
  registerDefaultView(functionInfoTypeName, commandView);
  registerDefaultView(textMeasureInfoTypeName, { kind: 'table', properties: ['Lines', 'Words', 'Characters', 'Property'] });
  registerDefaultView(helpSummaryTypeName, { kind: 'table', properties: ['Name', 'Category', 'Synopsis'] });
  registerDefaultView(helpInfoTypeName, {
    kind: 'text',
    properties: [],
    render: (record) => (record instanceof PSObject ? renderHelpText(record) : []),
  });
}
