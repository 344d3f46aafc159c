import type { CmdletDefinition } from '../../cmdlet/define.js';
import { connectEntraID } from './connect-entraid.js';
import { disconnectEntraID } from './disconnect-entraid.js';
import { getEntraIDConnection } from './get-entraid-connection.js';

export { connectEntraID, disconnectEntraID, getEntraIDConnection };
export { ConnectionSlot, connectionServices, connectionSlotKey, signInSettingsKey, type SignInSettings } from './connection-slot.js';
export { findConnection, forbiddenExplanation, NOT_CONNECTED_MESSAGE, requireConnection, requireGraph, type GraphAccess } from './current-connection.js';
export { CONNECTION_TYPE_NAME, connectionRecord } from './get-entraid-connection.js';

/** The connection cmdlets, for the session's command registry. */
export const connectionCmdlets: readonly CmdletDefinition[] = [connectEntraID, disconnectEntraID, getEntraIDConnection];
