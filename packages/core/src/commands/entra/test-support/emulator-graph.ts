/**
 * Test helper: the Graph emulator on 127.0.0.1 plus a Graph client holding one of its tokens,
 * for tests of the Entra building blocks below the cmdlet layer.
 */
import { startEmulator, type Emulator, type EmulatorOptions, type MintTokenOptions } from '@entra-shell/graph-emulator';
import { decodeTokenClaims, type TokenClaims } from '../../../auth/claims.js';
import { createGraphClient, type GraphClient } from '../../../graph/client.js';
import type { GraphClientOptions } from '../../../graph/types.js';

export interface EmulatorGraph {
  readonly emulator: Emulator;
  readonly client: GraphClient;
  readonly claims: TokenClaims;
  close(): Promise<void>;
}

export async function emulatorGraph(
  options: EmulatorOptions = {},
  token: MintTokenOptions = {},
  clientOptions: Partial<Omit<GraphClientOptions, 'baseUrl' | 'credential'>> = {},
): Promise<EmulatorGraph> {
  const emulator = await startEmulator(options);
  const jwt = emulator.mintToken(token);
  const client = createGraphClient({
    ...clientOptions,
    baseUrl: emulator.url,
    credential: { getToken: () => Promise.resolve({ token: jwt, expiresOnTimestamp: Date.now() + 3_600_000 }) },
  });
  return { emulator, client, claims: decodeTokenClaims(jwt), close: () => emulator.close() };
}

/** Requests to a path under /v1.0 (percent-encoding as sent). */
export function requestsTo(emulator: Emulator, method: string, pathPattern: RegExp): Emulator['requests'][number][] {
  return emulator.requests.filter((r) => r.method === method && pathPattern.test(r.path));
}
