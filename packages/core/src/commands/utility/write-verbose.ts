/** Write-Verbose: a `VERBOSE:` line, shown only with -Verbose or $VerbosePreference = 'Continue'. */
import { defineCmdlet, parameter, types } from '../../cmdlet/index.js';

export const writeVerbose = defineCmdlet({
  name: 'Write-Verbose',
  synopsis: 'Writes a message to the verbose stream.',
  description:
    'Write-Verbose records detail about what a script is doing. The message is shown, prefixed with ' +
    "VERBOSE:, only when -Verbose is given or $VerbosePreference is 'Continue'. Never put secrets in it.",
  examples: [
    { code: "Write-Verbose 'Looking up the user' -Verbose", remarks: 'Shows VERBOSE: Looking up the user.' },
    { code: "$VerbosePreference = 'Continue'; Write-Verbose 'Step 2'", remarks: 'Makes verbose messages visible for the session.' },
  ],
  parameters: {
    Message: parameter(types.string, {
      mandatory: true,
      position: 0,
      fromPipeline: 'value',
      aliases: ['Msg'],
      allowEmptyString: true,
      help: 'The verbose message.',
    }),
  },
  process({ Message }, ctx) {
    ctx.writeVerbose(Message);
  },
});
