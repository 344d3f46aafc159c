/**
 * The everyday cmdlets (Get-Date, Select-Object, Where-Object...), for the session's command
 * registry, and their default views (registered on import, idempotently).
 */
import type { CmdletDefinition } from '../../cmdlet/index.js';
import { VERSION } from '../../version.js';
import { clearHost } from './clear-host.js';
import { registerCommandSource } from './command-source.js';
import { convertFromCsv } from './convertfrom-csv.js';
import { convertFromJson } from './convertfrom-json.js';
import { convertToCsv } from './convertto-csv.js';
import { convertToJson } from './convertto-json.js';
import { convertFromSecureString } from './convertfrom-securestring.js';
import { convertToSecureString } from './convertto-securestring.js';
import { exportCsv } from './export-csv.js';
import { foreachObject } from './foreach-object.js';
import { formatList } from './format-list.js';
import { formatTable } from './format-table.js';
import { getCommand } from './get-command.js';
import { getDate } from './get-date.js';
import { getHelp } from './get-help.js';
import { getLocation } from './get-location.js';
import { getVariable } from './get-variable.js';
import { groupObject } from './group-object.js';
import { importCsv } from './import-csv.js';
import { measureObject } from './measure-object.js';
import { outNull } from './out-null.js';
import { outString } from './out-string.js';
import { popLocation } from './pop-location.js';
import { pushLocation } from './push-location.js';
import { readHost } from './read-host.js';
import { selectObject } from './select-object.js';
import { setLocation } from './set-location.js';
import { setVariable } from './set-variable.js';
import { sortObject } from './sort-object.js';
import { startSleep } from './start-sleep.js';
import { startTranscript } from './start-transcript.js';
import { stopTranscript } from './stop-transcript.js';
import { registerUtilityViews } from './views.js';
import { whereObject } from './where-object.js';
import { writeDebug } from './write-debug.js';
import { writeError } from './write-error.js';
import { writeHost } from './write-host.js';
import { writeInformation } from './write-information.js';
import { writeOutput } from './write-output.js';
import { writeProgress } from './write-progress.js';
import { writeVerbose } from './write-verbose.js';
import { writeWarning } from './write-warning.js';

export const utilityCmdlets: readonly CmdletDefinition[] = [
  clearHost,
  convertFromCsv,
  convertFromJson,
  convertToCsv,
  convertToJson,
  convertFromSecureString,
  convertToSecureString,
  exportCsv,
  foreachObject,
  formatList,
  formatTable,
  getCommand,
  getDate,
  getHelp,
  getLocation,
  getVariable,
  groupObject,
  importCsv,
  measureObject,
  outNull,
  outString,
  popLocation,
  pushLocation,
  readHost,
  selectObject,
  setLocation,
  setVariable,
  sortObject,
  startSleep,
  startTranscript,
  stopTranscript,
  whereObject,
  writeDebug,
  writeError,
  writeHost,
  writeInformation,
  writeOutput,
  writeProgress,
  writeVerbose,
  writeWarning,
];

registerUtilityViews();
// Grouped as pwsh groups them (Core, Management, Utility), under our own module names and version:
// these are entra-shell's implementations, not PowerShell's.
const coreCmdlets = [foreachObject, whereObject, getCommand, getHelp, outNull, clearHost];
const managementCmdlets = [getLocation, setLocation, pushLocation, popLocation];
const hostCmdlets = [startTranscript, stopTranscript];
registerCommandSource(utilityCmdlets.filter((c) => !coreCmdlets.includes(c) && !managementCmdlets.includes(c) && !hostCmdlets.includes(c)), { source: 'EntraShell.Utility', version: VERSION });
registerCommandSource(hostCmdlets, { source: 'EntraShell.Host', version: VERSION });
registerCommandSource(coreCmdlets, { source: 'EntraShell.Core', version: VERSION });
registerCommandSource(managementCmdlets, { source: 'EntraShell.Management', version: VERSION });

export { registerUtilityViews } from './views.js';
export { registerCommandSource, type CommandSource } from './command-source.js';
export { clearHostTag } from './clear-host.js';
export { renderHelpText } from './help-text.js';
export { aboutTopicNames } from './about/index.js';
export { helpRecord, helpInfoTypeName, type HelpView } from './help-record.js';
