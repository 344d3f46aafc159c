/**
 * `Connect-EntraID -Demo`: the built-in demo tenant. The Graph emulator is loaded only now (a
 * dynamic import: the shell never pays for it otherwise), started in-process on 127.0.0.1, and we
 * sign in as its demo admin with tokens it mints. Disconnecting stops it.
 */
import type { EmulatorOptions } from '@entra-shell/graph-emulator';
import type { AccessTokenLike, TokenCredentialLike } from '../graph/token-cache.js';
import { TOKEN_EXPIRY_MARGIN_MS } from '../graph/token-cache.js';
import { decodeTokenClaims } from './claims.js';
import { resolveCloud } from './clouds.js';
import { openConnection, type Connection, type OpenConnectionOptions } from './connection.js';

export interface DemoConnectOptions {
  /** Passed to startEmulator (synthetic users, throttling, faults...). */
  readonly emulator?: EmulatorOptions;
  readonly graphOptions?: OpenConnectionOptions['graphOptions'];
}

/** What a demo connection tells its user about the tenant behind it. */
export interface DemoTenantInfo {
  readonly url: string;
  readonly domain: string;
}

const demoInfo = new WeakMap<Connection, DemoTenantInfo>();

export async function connectDemo(options: DemoConnectOptions = {}): Promise<Connection> {
  const { startEmulator } = await import('@entra-shell/graph-emulator');
  const emulator = await startEmulator(options.emulator);
  try {
    const connection = await openConnection({
      mode: 'Demo',
      cloud: resolveCloud({ environment: 'Custom', graphEndpoint: emulator.url }),
      credential: mintingCredential(() => emulator.mintToken()),
      tenant: emulator.tenant.domain,
      isDemo: true,
      onClose: () => emulator.close(),
      ...(options.graphOptions === undefined ? {} : { graphOptions: options.graphOptions }),
    });
    demoInfo.set(connection, { url: emulator.url, domain: emulator.tenant.domain });
    return connection;
  } catch (error) {
    await emulator.close();
    throw error;
  }
}

export function demoTenantInfo(connection: Connection): DemoTenantInfo | undefined {
  return demoInfo.get(connection);
}

/** Mints a fresh demo-admin token whenever the last one is near its end, like a real credential renews. */
function mintingCredential(mint: () => string): TokenCredentialLike {
  let current: AccessTokenLike | undefined;
  return {
    getToken() {
      if (current === undefined || current.expiresOnTimestamp - Date.now() <= TOKEN_EXPIRY_MARGIN_MS) {
        const token = mint();
        current = { token, expiresOnTimestamp: expiryOf(token) };
      }
      return Promise.resolve(current);
    },
  };
}

function expiryOf(token: string): number {
  return decodeTokenClaims(token).expiresOn?.getTime() ?? Date.now() + 3_600_000;
}
