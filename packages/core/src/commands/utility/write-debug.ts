/** Write-Debug: a `DEBUG:` line, shown only with -Debug or $DebugPreference = 'Continue'. */
import { defineCmdlet, parameter, types } from '../../cmdlet/index.js';

export const writeDebug = defineCmdlet({
  name: 'Write-Debug',
  synopsis: 'Writes a message to the debug stream.',
  description:
    "Write-Debug records diagnostic detail. The message is shown, prefixed with DEBUG:, only when -Debug is given " +
    "or $DebugPreference is 'Continue'.",
  examples: [{ code: "Write-Debug 'Batch size is 20' -Debug", remarks: 'Shows DEBUG: Batch size is 20.' }],
  parameters: {
    Message: parameter(types.string, {
      mandatory: true,
      position: 0,
      fromPipeline: 'value',
      aliases: ['Msg'],
      allowEmptyString: true,
      help: 'The debug message.',
    }),
  },
  process({ Message }, ctx) {
    ctx.writeDebug(Message);
  },
});
