/** Write-Progress: updates (or, with -Completed, removes) a progress bar in the host. */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';

export const writeProgress = defineCmdlet({
  name: 'Write-Progress',
  synopsis: 'Shows a progress bar for a long-running operation.',
  description:
    'Write-Progress sends a progress record that the shell draws as a bar above the prompt. Each -Id is its own ' +
    'bar; -ParentId nests one under another. -PercentComplete sets the filled part (-1 when unknown), -Status and ' +
    '-CurrentOperation the text below the activity. Call it again with -Completed to remove the bar. ' +
    "Progress is hidden when -ProgressAction or $ProgressPreference is 'SilentlyContinue'.",
  examples: [
    {
      code: "1..100 | ForEach-Object { Write-Progress -Activity 'Issuing passes' -Status \"$_ of 100\" -PercentComplete $_ }",
      remarks: 'Shows a bar that fills as the loop advances.',
    },
    { code: "Write-Progress -Activity 'Issuing passes' -Completed", remarks: 'Removes the bar when the work is done.' },
  ],
  parameters: {
    Activity: parameter(types.string, { position: 0, default: '', help: 'The first line of text above the bar: what is being done.' }),
    Status: parameter(types.string, { position: 1, default: 'Processing', help: 'The second line: the current state.' }),
    Id: parameter(types.int32, { position: 2, default: 0, help: 'Distinguishes several progress bars.' }),
    PercentComplete: parameter(types.int32, {
      default: -1,
      validate: { range: [-1, 100] },
      help: 'How much of the work is done, 0 to 100, or -1 when unknown.',
    }),
    SecondsRemaining: parameter(types.int32, { default: -1, help: 'The estimated seconds left, or -1 when unknown.' }),
    CurrentOperation: parameter(types.string, { help: 'The line of text below the bar.' }),
    ParentId: parameter(types.int32, { default: -1, help: 'The Id of the progress bar this one belongs under.' }),
    Completed: switchParameter({ help: 'Removes the progress bar.' }),
  },
  process(args, ctx) {
    ctx.writeProgress({
      activityId: args.Id,
      parentActivityId: args.ParentId >= 0 ? args.ParentId : undefined,
      activity: args.Activity,
      status: args.Status,
      currentOperation: args.CurrentOperation,
      percentComplete: args.PercentComplete,
      secondsRemaining: args.SecondsRemaining >= 0 ? args.SecondsRemaining : undefined,
      completed: args.Completed,
    });
  },
});
