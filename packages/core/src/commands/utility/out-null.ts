/** Out-Null: discards its input (the cmdlet form of `> $null` / `[void]`). */
import { defineCmdlet, parameter, types } from '../../cmdlet/index.js';

export const outNull = defineCmdlet({
  name: 'Out-Null',
  synopsis: 'Discards the output instead of showing it.',
  description:
    'Out-Null receives objects and does nothing with them, so nothing is displayed. Errors and warnings are ' +
    'not affected: they travel on their own streams.',
  examples: [{ code: 'Set-Variable x 1 -PassThru | Out-Null', remarks: 'Sets the variable without showing the record.' }],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: 'The objects to discard.' }),
  },
  process() {
    // Discarding is the whole job.
  },
});
