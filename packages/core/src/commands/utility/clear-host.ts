/**
 * Clear-Host (cls, clear): asks the host to clear the screen. Core never writes escape codes; the
 * request travels as an information record tagged `clearHostTag` that hosts act on.
 */
import { defineCmdlet } from '../../cmdlet/index.js';

/** Hosts that see an information record with this tag clear their screen (and print nothing). */
export const clearHostTag = 'EntraShell.ClearHost';

export const clearHost = defineCmdlet({
  name: 'Clear-Host',
  aliases: ['cls', 'clear'],
  synopsis: 'Clears the screen.',
  description: 'Clear-Host removes everything shown in the shell window and puts the prompt at the top. Hosts without a screen ignore it.',
  examples: [{ code: 'Clear-Host', remarks: 'Clears the screen; cls and clear do the same.' }],
  parameters: {},
  process(_args, ctx) {
    // Host text (so it is shown like Write-Host output) that is empty and has no newline: a host
    // that does not know the tag prints nothing at all.
    ctx.writeInformation({ messageData: null, tags: ['PSHOST', clearHostTag], source: ctx.commandName, hostText: '', noNewline: true });
  },
});
