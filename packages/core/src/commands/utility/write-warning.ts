/** Write-Warning: a `WARNING:` line on the warning stream, governed by -WarningAction. */
import { defineCmdlet, parameter, types } from '../../cmdlet/index.js';

export const writeWarning = defineCmdlet({
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
  parameters: {
    Message: parameter(types.string, {
      mandatory: true,
      position: 0,
      fromPipeline: 'value',
      aliases: ['Msg'],
      allowEmptyString: true,
      help: 'The warning text.',
    }),
  },
  async process({ Message }, ctx) {
    await ctx.writeWarning(Message);
  },
});
