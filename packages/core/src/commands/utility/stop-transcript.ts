/** Stop-Transcript: ends the most recent transcript Start-Transcript began, writing pwsh's footer. */
import { defineCmdlet } from '../../cmdlet/index.js';
import { stoppedMessage } from '../../transcript/transcripts.js';
import { sessionTranscripts } from './start-transcript.js';

export const stopTranscript = defineCmdlet({
  name: 'Stop-Transcript',
  synopsis: 'Ends the transcript Start-Transcript began.',
  description:
    'Stop-Transcript writes the closing lines of the most recent transcript and stops recording to it; a transcript ' +
    'started before it goes on. Exiting the shell stops every transcript the same way.',
  supportsShouldProcess: true,
  confirmImpact: 'None',
  outputType: 'System.String',
  examples: [{ code: 'Stop-Transcript', remarks: 'Stops recording; the output names the file.' }],
  parameters: {},
  async process(_args, ctx) {
    const transcripts = sessionTranscripts(ctx);
    if (!(await ctx.shouldProcess('', 'Stop-Transcript'))) return;
    // Everything produced before this command belongs in the file: let the host show it first.
    await transcripts.hostCaughtUp();
    const path = transcripts.stop();
    if (path === undefined) {
      return ctx.throwTerminating({
        message: 'An error occurred stopping transcription: The host is not currently transcribing.',
        errorId: 'InvalidOperation',
        category: 'InvalidOperation',
        exceptionType: 'PSInvalidOperationException',
      });
    }
    await ctx.write(stoppedMessage(path));
    // The host has shown the message (which closed the file) or never will ($null = Stop-Transcript).
    await transcripts.hostCaughtUp();
    transcripts.finishStop();
  },
});
