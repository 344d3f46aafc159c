/** Write-Debug: a `DEBUG:` line, shown only with -Debug or $DebugPreference = 'Continue'. */
import { defineMessageStreamCmdlet } from './message-stream-cmdlet.js';

export const writeDebug = defineMessageStreamCmdlet({
  name: 'Write-Debug',
  synopsis: 'Writes a message to the debug stream.',
  description:
    "Write-Debug records diagnostic detail. The message is shown, prefixed with DEBUG:, only when -Debug is given " +
    "or $DebugPreference is 'Continue'.",
  examples: [{ code: "Write-Debug 'Batch size is 20' -Debug", remarks: 'Shows DEBUG: Batch size is 20.' }],
  messageHelp: 'The debug message.',
  write: (ctx, message) => ctx.writeDebug(message),
});
