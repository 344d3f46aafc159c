/** Write-Verbose: a `VERBOSE:` line, shown only with -Verbose or $VerbosePreference = 'Continue'. */
import { defineMessageStreamCmdlet } from './message-stream-cmdlet.js';

export const writeVerbose = defineMessageStreamCmdlet({
  name: 'Write-Verbose',
  synopsis: 'Writes a message to the verbose stream.',
  description:
    'Write-Verbose records detail about what a script is doing. The message is shown, prefixed with ' +
    "VERBOSE:, only when -Verbose is given or $VerbosePreference is 'Continue'. Never put secrets in it.",
  examples: [
    { code: "Write-Verbose 'Looking up the user' -Verbose", remarks: 'Shows VERBOSE: Looking up the user.' },
    { code: "$VerbosePreference = 'Continue'; Write-Verbose 'Step 2'", remarks: 'Makes verbose messages visible for the session.' },
  ],
  messageHelp: 'The verbose message.',
  write: (ctx, message) => ctx.writeVerbose(message),
});
