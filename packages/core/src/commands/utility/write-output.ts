/** Write-Output (echo, write): sends objects down the pipeline, unrolling collections. */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { isPipelineEnumerable } from './enumerate.js';

export const writeOutput = defineCmdlet({
  name: 'Write-Output',
  aliases: ['echo', 'write'],
  synopsis: 'Sends objects to the next command in the pipeline.',
  description:
    'Write-Output passes each object it receives to the next command, or to the screen when it is last. ' +
    'A collection given as an argument is unrolled into its elements unless -NoEnumerate is used. ' +
    'It is what happens implicitly to any value a statement leaves behind, so it is rarely needed in scripts.',
  examples: [
    { code: "Write-Output 'Hello'", remarks: 'Writes the string Hello to the output stream.' },
    { code: 'Write-Output 1,2,3 | Measure-Object', remarks: 'Sends three numbers down the pipeline; Measure-Object counts 3.' },
    { code: 'echo a b c', remarks: 'Writes a, b and c: every argument goes to -InputObject.' },
    { code: 'Write-Output -NoEnumerate 1,2,3 | Measure-Object', remarks: 'Sends the array as one object; Measure-Object counts 1.' },
  ],
  parameters: {
    InputObject: parameter(types.object, {
      mandatory: true,
      position: 0,
      fromPipeline: 'value',
      allowNull: true,
      allowEmptyString: true,
      allowEmptyCollection: true,
      // `echo a b c`: every argument no other parameter takes is collected here.
      fromRemainingArguments: true,
      help: 'The objects to send down the pipeline.',
    }),
    NoEnumerate: switchParameter({ help: 'Sends a collection as a single object instead of element by element.' }),
  },
  async process({ InputObject, NoEnumerate }, ctx) {
    if (!NoEnumerate && isPipelineEnumerable(InputObject)) await ctx.writeAll(InputObject);
    else await ctx.write(InputObject);
  },
});
