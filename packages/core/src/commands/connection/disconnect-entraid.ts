/**
 * Disconnect-EntraID (alias Disconnect-PnPOnline): forgets the current connection and its cached
 * token; a demo tenant is stopped. Without a connection it reports a non-terminating error, as
 * PnP does, so a script's clean-up line does not end the script.
 */
import { defineCmdlet } from '../../cmdlet/index.js';
import { connectionSlotKey } from './connection-slot.js';

export const disconnectEntraID = defineCmdlet({
  name: 'Disconnect-EntraID',
  aliases: ['Disconnect-PnPOnline'],
  synopsis: 'Disconnects from Microsoft Graph and forgets the cached token.',
  description:
    'Disconnect-EntraID ends the current connection: its access token is dropped from memory and, for the demo ' +
    'tenant, the local emulator stops. Sign-in caches kept by the operating system or the Azure CLI are not touched.',
  examples: [{ code: 'Disconnect-EntraID', remarks: 'Ends the current connection.' }],
  parameters: {},
  async process(_args, ctx) {
    const slot = ctx.services.get(connectionSlotKey);
    const connection = slot?.current;
    if (slot === undefined || connection === undefined) {
      await ctx.writeError({ message: 'No connection to disconnect.', errorId: 'NoConnectionToDisconnect', category: 'InvalidOperation', exceptionType: 'InvalidOperationException' });
      return;
    }
    await slot.replace(undefined);
    ctx.writeVerbose(`Disconnected from ${String(connection)}.`);
  },
});
