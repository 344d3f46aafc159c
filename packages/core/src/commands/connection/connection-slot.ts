/**
 * Where a session keeps its Graph connection. Services are read-only for cmdlets, so the session
 * provides a slot (a small mutable holder) once, and Connect-EntraID / Disconnect-EntraID change
 * what it holds. A session that wants the connection cmdlets adds `connectionServices()` to its
 * services at creation.
 */
import type { Connection, OpenConnectionOptions } from '../../auth/connection.js';
import type { IdentityHttpClient } from '../../auth/credentials.js';
import { provide, serviceKey, type ServiceEntry } from '../../cmdlet/services.js';

export class ConnectionSlot {
  #current: Connection | undefined;

  get current(): Connection | undefined {
    return this.#current !== undefined && this.#current.closed ? undefined : this.#current;
  }

  /** Makes `connection` current and closes the one it replaces (a demo tenant stops). */
  async replace(connection: Connection | undefined): Promise<void> {
    const previous = this.#current;
    this.#current = connection;
    if (previous !== undefined && previous !== connection) await previous.close();
  }
}

export const connectionSlotKey = serviceKey<ConnectionSlot>('entra.connection');

export function connectionServices(slot: ConnectionSlot = new ConnectionSlot()): ServiceEntry[] {
  return [provide(connectionSlotKey, slot)];
}

/**
 * Optional sign-in settings a host, benchmark or test can provide: the HTTP client @azure/identity
 * uses (a fake token endpoint in tests), the environment read for client ids and the
 * EnvironmentVariable mode, and Graph client settings (timeouts, retry policy, hooks) for every
 * connection Connect-EntraID makes.
 */
export interface SignInSettings {
  readonly httpClient?: IdentityHttpClient;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly graphOptions?: OpenConnectionOptions['graphOptions'];
}

export const signInSettingsKey = serviceKey<SignInSettings>('entra.signInSettings');
