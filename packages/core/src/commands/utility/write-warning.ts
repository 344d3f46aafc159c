/** Write-Warning: a `WARNING:` line on the warning stream, governed by -WarningAction. */
import { defineMessageStreamCmdlet } from './message-stream-cmdlet.js';

export const writeWarning = defineMessageStreamCmdlet({
  name: 'Write-Warning',
  synopsis: 'Writes a warning message to the warning stream.',
  description:
    'Write-Warning shows its message prefixed with WARNING: (in yellow in the shell). Whether it is shown ' +
    'depends on -WarningAction or $WarningPreference: SilentlyContinue hides it, Stop turns it into a ' +
    'terminating error.',
  examples: [
    { code: "Write-Warning 'The pass lifetime was shortened to the policy maximum.'", remarks: 'Shows a warning line.' },
    { code: "'first','second' | Write-Warning", remarks: 'Writes one warning per piped string.' },
  ],
  messageHelp: 'The warning text.',
  write: (ctx, message) => ctx.writeWarning(message),
});
