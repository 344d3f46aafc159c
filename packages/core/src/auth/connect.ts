/**
 * From Connect-EntraID's parameters to a Connection: cloud, tenant, client id, credential, first
 * token. Kept apart from the cmdlet so benchmarks and tests can connect through the same path.
 */
import type { GraphClientOptions } from '../graph/types.js';
import { resolveClientId } from './client-id.js';
import { resolveCloud } from './clouds.js';
import { openConnection, type Connection } from './connection.js';
import {
  createCredential,
  CredentialConfigurationError,
  type AuthMode,
  type CredentialRequest,
  type DeviceCodePrompt,
  type IdentityHttpClient,
  type IdentityModule,
} from './credentials.js';
import { resolveTenant } from './tenant.js';

export interface ConnectParameters {
  readonly mode: Exclude<AuthMode, 'Demo'>;
  readonly url?: string | undefined;
  readonly tenant?: string | undefined;
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
  readonly certificatePath?: string | undefined;
  readonly certificateBase64?: string | undefined;
  readonly certificatePassword?: string | undefined;
  readonly userAssignedClientId?: string | undefined;
  readonly userAssignedObjectId?: string | undefined;
  readonly userAssignedResourceId?: string | undefined;
  readonly accessToken?: string | undefined;
  readonly azureEnvironment?: string | undefined;
  readonly graphEndpoint?: string | undefined;
  readonly loginEndpoint?: string | undefined;
  readonly scopes?: readonly string[] | undefined;
  readonly loginHint?: string | undefined;
  /** DeviceLogin: show the code (the host's showDeviceCode). */
  readonly onDeviceCode?: ((prompt: DeviceCodePrompt) => void) | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly httpClient?: IdentityHttpClient;
  readonly loadIdentity?: () => Promise<IdentityModule>;
  readonly graphOptions?: Omit<GraphClientOptions, 'baseUrl' | 'credential' | 'scopes'>;
  readonly signal?: AbortSignal;
}

export async function connect(parameters: ConnectParameters): Promise<Connection> {
  const cloud = resolveCloud({
    environment: parameters.azureEnvironment,
    graphEndpoint: parameters.graphEndpoint,
    loginEndpoint: parameters.loginEndpoint,
  });
  const env = parameters.env ?? process.env;
  const tenant = resolveTenant(parameters.tenant, parameters.url);
  const request = credentialRequest(parameters, tenant, env);
  const credential = await createCredential(request, {
    cloud,
    env,
    ...(parameters.httpClient === undefined ? {} : { httpClient: parameters.httpClient }),
    ...(parameters.loadIdentity === undefined ? {} : { loadIdentity: parameters.loadIdentity }),
  });
  const delegated = parameters.mode === 'Interactive' || parameters.mode === 'DeviceLogin' || parameters.mode === 'AzureCli';
  return openConnection({
    mode: parameters.mode,
    cloud,
    credential,
    tenant,
    clientId: 'clientId' in request ? request.clientId : undefined,
    // App-only flows can only ask for .default; explicit scopes make sense for delegated sign-in.
    scopes: delegated ? parameters.scopes : undefined,
    ...(parameters.graphOptions === undefined ? {} : { graphOptions: parameters.graphOptions }),
    ...(parameters.signal === undefined ? {} : { signal: parameters.signal }),
  });
}

function credentialRequest(
  parameters: ConnectParameters,
  tenant: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): CredentialRequest {
  switch (parameters.mode) {
    case 'Interactive':
      return { mode: 'Interactive', clientId: resolveClientId(parameters.clientId, env), tenant, loginHint: parameters.loginHint };
    case 'DeviceLogin': {
      const onDeviceCode = parameters.onDeviceCode;
      if (onDeviceCode === undefined) throw new CredentialConfigurationError('Device sign-in needs a host that can show the device code.');
      return { mode: 'DeviceLogin', clientId: resolveClientId(parameters.clientId, env), tenant, onDeviceCode };
    }
    case 'ClientSecret':
      if (parameters.clientSecret === undefined || parameters.clientSecret === '') {
        throw new CredentialConfigurationError('-ClientSecret must not be empty.');
      }
      return { mode: 'ClientSecret', clientId: resolveClientId(parameters.clientId, env), tenant: requireTenant(tenant, 'a client secret'), clientSecret: parameters.clientSecret };
    case 'Certificate':
      return {
        mode: 'Certificate',
        clientId: resolveClientId(parameters.clientId, env),
        tenant: requireTenant(tenant, 'a certificate'),
        certificatePath: parameters.certificatePath,
        certificateBase64: parameters.certificateBase64,
        certificatePassword: parameters.certificatePassword,
      };
    case 'ManagedIdentity':
      return {
        mode: 'ManagedIdentity',
        userAssignedClientId: parameters.userAssignedClientId,
        userAssignedObjectId: parameters.userAssignedObjectId,
        userAssignedResourceId: parameters.userAssignedResourceId,
      };
    case 'AzureCli':
      return { mode: 'AzureCli', tenant };
    case 'EnvironmentVariable':
      return { mode: 'EnvironmentVariable', tenant };
    case 'AccessToken':
      if (parameters.accessToken === undefined || parameters.accessToken.trim() === '') {
        throw new CredentialConfigurationError('-AccessToken must not be empty.');
      }
      return { mode: 'AccessToken', accessToken: parameters.accessToken };
  }
}

function requireTenant(tenant: string | undefined, what: string): string {
  if (tenant !== undefined) return tenant;
  throw new CredentialConfigurationError(
    `Signing in with ${what} needs the tenant: add -Tenant contoso.onmicrosoft.com (or the tenant id), or -Url https://contoso.sharepoint.com.`,
  );
}
