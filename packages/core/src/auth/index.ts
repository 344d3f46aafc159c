export {
  CLOUD_NAMES,
  CloudConfigurationError,
  endpointUrl,
  parseCloudName,
  qualifyGraphScopes,
  resolveCloud,
  type Cloud,
  type CloudName,
  type CloudSelection,
} from './clouds.js';
export { decodeTokenClaims, TokenFormatError, type TokenClaims } from './claims.js';
export {
  checkPermissions,
  explainForbidden,
  isGranted,
  type MissingPermission,
  type PermissionCheckContext,
  type PermissionRequirement,
} from './permissions.js';
export { CLIENT_ID_ENVIRONMENT_VARIABLES, MISSING_CLIENT_ID_MESSAGE, MissingClientIdError, resolveClientId } from './client-id.js';
export { resolveTenant, tenantFromSharePointUrl, TenantResolutionError } from './tenant.js';
export { createStaticTokenCredential, ExpiredTokenError, type StaticTokenCredential } from './static-token.js';
export {
  createCredential,
  CredentialConfigurationError,
  loadAzureIdentity,
  type AuthMode,
  type CredentialFactoryOptions,
  type CredentialRequest,
  type DeviceCodePrompt,
  type IdentityHttpClient,
} from './credentials.js';
export { Connection, openConnection, SignInError, type OpenConnectionOptions } from './connection.js';
export { connect, type ConnectParameters } from './connect.js';
export { connectDemo, demoTenantInfo, type DemoConnectOptions, type DemoTenantInfo } from './demo.js';
