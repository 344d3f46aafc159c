/** Write-Information: structured data on the information stream, governed by -InformationAction. */
import { arrayOf, defineCmdlet, parameter, types } from '../../cmdlet/index.js';

export const writeInformation = defineCmdlet({
  name: 'Write-Information',
  synopsis: 'Writes a message or object to the information stream.',
  description:
    'Write-Information records an informational message with optional tags. It is hidden unless -InformationAction ' +
    "or $InformationPreference is 'Continue', and can be captured with -InformationVariable or 6>&1.",
  examples: [
    { code: "Write-Information 'Connected to contoso' -InformationAction Continue", remarks: 'Shows the message.' },
    { code: "Write-Information -MessageData 'Batch 3 of 10' -Tags Progress,Bulk", remarks: 'Writes a tagged message.' },
  ],
  parameters: {
    MessageData: parameter(types.object, {
      mandatory: true,
      position: 0,
      aliases: ['Msg', 'Message'],
      allowNull: true,
      help: 'The message or object to write.',
    }),
    Tags: parameter(arrayOf(types.string), { position: 1, help: 'Tags that let consumers filter information records.' }),
  },
  process({ MessageData, Tags }, ctx) {
    ctx.writeInformation({ messageData: MessageData, tags: Tags ?? [], source: ctx.commandName });
  },
});
