/**
 * One credential per sign-in mode, built on @azure/identity. The library is loaded with a dynamic
 * import the first time a credential is needed: starting the shell, running a script against the
 * demo tenant or with -AccessToken never pays for it.
 */
import type * as Identity from '@azure/identity';
import type { TokenCredentialLike } from '../graph/token-cache.js';
import { readCertificate } from './certificate-source.js';
import type { Cloud } from './clouds.js';
import { CredentialConfigurationError } from './credential-error.js';
import { createStaticTokenCredential } from './static-token.js';

export type AuthMode =
  | 'Interactive'
  | 'DeviceLogin'
  | 'ClientSecret'
  | 'Certificate'
  | 'ManagedIdentity'
  | 'AzureCli'
  | 'EnvironmentVariable'
  | 'AccessToken'
  | 'Demo';

export interface DeviceCodePrompt {
  readonly userCode: string;
  readonly verificationUri: string;
  /** The service's own sentence: "To sign in, use a web browser to open ... and enter the code ...". */
  readonly message: string;
}

export type CredentialRequest =
  | { readonly mode: 'Interactive'; readonly clientId: string; readonly tenant?: string | undefined; readonly loginHint?: string | undefined; readonly redirectUri?: string | undefined }
  | { readonly mode: 'DeviceLogin'; readonly clientId: string; readonly tenant?: string | undefined; readonly onDeviceCode: (prompt: DeviceCodePrompt) => void }
  | { readonly mode: 'ClientSecret'; readonly clientId: string; readonly tenant: string; readonly clientSecret: string }
  | {
      readonly mode: 'Certificate';
      readonly clientId: string;
      readonly tenant: string;
      readonly certificatePath?: string | undefined;
      /** Base64 of a PFX (PKCS#12) file, as PnP takes it, or of a PEM file holding the certificate and its private key. */
      readonly certificateBase64?: string | undefined;
      /** Opens the PFX, or decrypts the PEM's private key. */
      readonly certificatePassword?: string | undefined;
    }
  | {
      readonly mode: 'ManagedIdentity';
      readonly userAssignedClientId?: string | undefined;
      readonly userAssignedObjectId?: string | undefined;
      readonly userAssignedResourceId?: string | undefined;
    }
  | { readonly mode: 'AzureCli'; readonly tenant?: string | undefined }
  | { readonly mode: 'EnvironmentVariable'; readonly tenant?: string | undefined }
  | { readonly mode: 'AccessToken'; readonly accessToken: string };

export type IdentityModule = typeof Identity;
export type IdentityHttpClient = NonNullable<Identity.TokenCredentialOptions['httpClient']>;

export interface CredentialFactoryOptions {
  readonly cloud: Cloud;
  /** Routes @azure/identity's HTTP (token endpoint, discovery) elsewhere: tests point it at 127.0.0.1. */
  readonly httpClient?: IdentityHttpClient;
  /** Environment for EnvironmentVariable mode; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Loads @azure/identity; replaceable in tests to observe the lazy import. */
  readonly loadIdentity?: () => Promise<IdentityModule>;
}

export { CredentialConfigurationError };

export const loadAzureIdentity = (): Promise<IdentityModule> => import('@azure/identity');

export async function createCredential(request: CredentialRequest, options: CredentialFactoryOptions): Promise<TokenCredentialLike> {
  if (request.mode === 'AccessToken') return createStaticTokenCredential(request.accessToken);
  const identity = await (options.loadIdentity ?? loadAzureIdentity)();
  const common = commonOptions(request.mode, options);

  switch (request.mode) {
    case 'Interactive':
      return new identity.InteractiveBrowserCredential({
        ...common,
        clientId: request.clientId,
        tenantId: request.tenant ?? 'organizations',
        redirectUri: request.redirectUri ?? 'http://localhost',
        ...(request.loginHint === undefined ? {} : { loginHint: request.loginHint }),
      });
    case 'DeviceLogin':
      return new identity.DeviceCodeCredential({
        ...common,
        clientId: request.clientId,
        tenantId: request.tenant ?? 'organizations',
        userPromptCallback: (info) => request.onDeviceCode({ userCode: info.userCode, verificationUri: info.verificationUri, message: info.message }),
      });
    case 'ClientSecret':
      return new identity.ClientSecretCredential(request.tenant, request.clientId, request.clientSecret, common);
    case 'Certificate': {
      // PEM only goes in: a PFX is converted in memory, never written to disk.
      const { pem, password } = await readCertificate(request);
      return new identity.ClientCertificateCredential(
        request.tenant,
        request.clientId,
        { certificate: pem, ...(password === undefined ? {} : { certificatePassword: password }) },
        common,
      );
    }
    case 'ManagedIdentity':
      return new identity.ManagedIdentityCredential({ ...common, ...managedIdentityTarget(request) });
    case 'AzureCli':
      return new identity.AzureCliCredential({ ...(request.tenant === undefined ? {} : { tenantId: request.tenant }) });
    case 'EnvironmentVariable':
      return environmentCredential(identity, request.tenant, options.env ?? process.env, common);
  }
}

type CommonOptions = { authorityHost?: string; disableInstanceDiscovery?: boolean; httpClient?: IdentityHttpClient };

function commonOptions(mode: AuthMode, options: CredentialFactoryOptions): CommonOptions {
  const { cloud } = options;
  const needsAuthority = mode !== 'ManagedIdentity' && mode !== 'AzureCli';
  if (needsAuthority && cloud.authorityHost === undefined) {
    throw new CredentialConfigurationError(
      'With -AzureEnvironment Custom, signing in needs -AzureADLoginEndPoint (the full URL of the sign-in authority, e.g. https://login.contoso.example). Only -AccessToken works without it.',
    );
  }
  return {
    ...(cloud.authorityHost === undefined ? {} : { authorityHost: cloud.authorityHost }),
    // Instance discovery asks login.microsoftonline.com about the authority: only the well-known clouds pass it.
    ...(cloud.wellKnown ? {} : { disableInstanceDiscovery: true }),
    ...(options.httpClient === undefined ? {} : { httpClient: options.httpClient }),
  };
}

function managedIdentityTarget(request: Extract<CredentialRequest, { mode: 'ManagedIdentity' }>): { clientId: string } | { objectId: string } | { resourceId: string } | Record<string, never> {
  const given = [request.userAssignedClientId, request.userAssignedObjectId, request.userAssignedResourceId].filter((value) => value !== undefined && value !== '');
  if (given.length > 1) {
    throw new CredentialConfigurationError('Name the user-assigned managed identity once: by client id, object id or resource id.');
  }
  if (request.userAssignedClientId) return { clientId: request.userAssignedClientId };
  if (request.userAssignedObjectId) return { objectId: request.userAssignedObjectId };
  if (request.userAssignedResourceId) return { resourceId: request.userAssignedResourceId };
  return {};
}

function environmentCredential(
  identity: IdentityModule,
  tenant: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  common: CommonOptions,
): TokenCredentialLike {
  const value = (name: string): string | undefined => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const tenantId = value('AZURE_TENANT_ID') ?? tenant;
  const clientId = value('AZURE_CLIENT_ID');
  const tokenFilePath = value('AZURE_FEDERATED_TOKEN_FILE');
  if (tokenFilePath !== undefined) {
    // Workload identity (Kubernetes, GitHub Actions OIDC): a federated assertion in a file.
    const missing = [tenantId === undefined ? 'AZURE_TENANT_ID' : '', clientId === undefined ? 'AZURE_CLIENT_ID' : ''].filter((name) => name !== '');
    if (missing.length > 0) throw new CredentialConfigurationError(`Workload identity sign-in needs ${missing.join(' and ')} besides AZURE_FEDERATED_TOKEN_FILE.`);
    return new identity.WorkloadIdentityCredential({
      ...common,
      tenantId: tenantId as string,
      clientId: clientId as string,
      tokenFilePath,
      ...(value('AZURE_AUTHORITY_HOST') === undefined ? {} : { authorityHost: value('AZURE_AUTHORITY_HOST') as string }),
    });
  }
  const hasSecret = value('AZURE_CLIENT_SECRET') !== undefined;
  const hasCertificate = value('AZURE_CLIENT_CERTIFICATE_PATH') !== undefined;
  const hasUser = value('AZURE_USERNAME') !== undefined && value('AZURE_PASSWORD') !== undefined;
  if (value('AZURE_TENANT_ID') === undefined || clientId === undefined || !(hasSecret || hasCertificate || hasUser)) {
    throw new CredentialConfigurationError(
      'Connect-EntraID -EnvironmentVariable needs AZURE_TENANT_ID and AZURE_CLIENT_ID, plus AZURE_CLIENT_SECRET, or AZURE_CLIENT_CERTIFICATE_PATH (with AZURE_CLIENT_CERTIFICATE_PASSWORD if the key is encrypted), or AZURE_USERNAME and AZURE_PASSWORD; or AZURE_FEDERATED_TOKEN_FILE for workload identity.',
    );
  }
  // EnvironmentCredential reads process.env itself; `env` only decides whether it can work.
  return new identity.EnvironmentCredential(common);
}
