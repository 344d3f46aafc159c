/**
 * Which app registration signs in. Since September 2024 PnP requires everyone to register their
 * own app; we follow the same order of sources and explain what is needed when none is found.
 */

export const CLIENT_ID_ENVIRONMENT_VARIABLES = ['ENTRAID_APP_ID', 'ENTRAID_CLIENT_ID', 'AZURE_CLIENT_ID'] as const;

export class MissingClientIdError extends Error {
  override readonly name = 'MissingClientIdError';
}

export const MISSING_CLIENT_ID_MESSAGE = [
  'Please specify a valid client id for an Entra ID App Registration.',
  'entra-shell signs in through an app registration in your own tenant. Pass its Application (client) ID with',
  '-ClientId, or set ENTRAID_APP_ID (also read: ENTRAID_CLIENT_ID, AZURE_CLIENT_ID).',
  'To create one: Entra admin center > App registrations > New registration; for interactive sign-in add the',
  'platform "Mobile and desktop applications" with redirect URI http://localhost. Under API permissions add',
  'Microsoft Graph permissions UserAuthenticationMethod.ReadWrite.All (to issue Temporary Access Passes) and',
  'User.Read.All (to find users), as Delegated permissions for interactive or device sign-in, or as Application',
  'permissions for certificate, secret or managed identity sign-in, and grant admin consent.',
  'To try entra-shell without a tenant, run Connect-EntraID -Demo.',
].join('\n');

/** -ClientId, else the first of ENTRAID_APP_ID, ENTRAID_CLIENT_ID, AZURE_CLIENT_ID that is set. */
export function resolveClientId(explicit: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const candidates = [explicit, ...CLIENT_ID_ENVIRONMENT_VARIABLES.map((name) => env[name])];
  for (const candidate of candidates) {
    const value = candidate?.trim();
    if (value !== undefined && value !== '') return value;
  }
  throw new MissingClientIdError(MISSING_CLIENT_ID_MESSAGE);
}
