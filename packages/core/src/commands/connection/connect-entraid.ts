/**
 * Connect-EntraID (alias Connect-PnPOnline): signs in to Microsoft Graph and makes the connection
 * current for the session. One parameter set per way of signing in, with PnP's parameter names;
 * -Demo starts the built-in demo tenant.
 */
import { CLOUD_NAMES } from '../../auth/clouds.js';
import { connect, type ConnectParameters } from '../../auth/connect.js';
import type { Connection } from '../../auth/connection.js';
import { connectDemo, demoTenantInfo } from '../../auth/demo.js';
import { arrayOf, defineCmdlet, enumeration, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/context.js';
import { connectFailure } from './connect-failure.js';
import { connectionSlotKey, signInSettingsKey } from './connection-slot.js';
import { CONNECT_EXAMPLES } from './connect-help.js';

const SIGN_IN_SETS = ['Interactive', 'DeviceLogin', 'ClientSecret', 'Certificate', 'CertificateBase64', 'ManagedIdentity', 'AzureCli', 'EnvironmentVariable', 'AccessToken'] as const;
type SignInSet = (typeof SIGN_IN_SETS)[number];

/** Optional membership in the given sets. */
const inSets = (...names: readonly string[]): Record<string, object> => Object.fromEntries(names.map((name) => [name, {}]));
const APP_SETS = ['Interactive', 'DeviceLogin', 'ClientSecret', 'Certificate', 'CertificateBase64'] as const;
const TENANT_SETS = [...APP_SETS, 'AzureCli', 'EnvironmentVariable'] as const;

const MODE_OF_SET: Record<SignInSet, ConnectParameters['mode']> = {
  Interactive: 'Interactive',
  DeviceLogin: 'DeviceLogin',
  ClientSecret: 'ClientSecret',
  Certificate: 'Certificate',
  CertificateBase64: 'Certificate',
  ManagedIdentity: 'ManagedIdentity',
  AzureCli: 'AzureCli',
  EnvironmentVariable: 'EnvironmentVariable',
  AccessToken: 'AccessToken',
};

export const connectEntraID = defineCmdlet({
  name: 'Connect-EntraID',
  aliases: ['Connect-PnPOnline'],
  synopsis: 'Signs in to Microsoft Graph for the Entra ID cmdlets, or opens the built-in demo tenant.',
  description:
    'Connect-EntraID signs in through your own Entra ID app registration (-ClientId, or ENTRAID_APP_ID, ENTRAID_CLIENT_ID, ' +
    'AZURE_CLIENT_ID) and keeps the connection for the session. Sign in in a browser (default), with a device code ' +
    '(-DeviceLogin), a client secret, a certificate (-CertificatePath with a PFX or PEM file, or -CertificateBase64Encoded), a ' +
    'managed identity, the Azure CLI, environment variables (including workload identity), or a token you already have ' +
    '(-AccessToken). -Tenant takes a domain or the tenant id; with -Url https://contoso.sharepoint.com the tenant is ' +
    'contoso.onmicrosoft.com. -AzureEnvironment selects a national cloud, or Custom with -MicrosoftGraphEndPoint and ' +
    '-AzureADLoginEndPoint as full URLs. -Demo starts a local demo tenant to try everything without an account.',
  examples: CONNECT_EXAMPLES,
  parameterSets: [...SIGN_IN_SETS, 'Demo'],
  defaultParameterSet: 'Interactive',
  parameters: {
    Url: parameter(types.string, { sets: inSets(...SIGN_IN_SETS), position: 0, help: 'A SharePoint URL of the tenant (https://contoso.sharepoint.com): the tenant is derived from it.' }),
    Tenant: parameter(types.string, { aliases: ['TenantId'], sets: inSets(...TENANT_SETS), help: 'The tenant: a domain such as contoso.onmicrosoft.com, or its id (GUID).' }),
    ClientId: parameter(types.string, { aliases: ['ApplicationId', 'AppId'], sets: inSets(...APP_SETS), help: 'The Application (client) ID of your app registration.' }),
    Interactive: switchParameter({ sets: inSets('Interactive'), help: 'Sign in in a browser (the default).' }),
    DeviceLogin: switchParameter({ sets: { DeviceLogin: { mandatory: true } }, help: 'Sign in with a code entered at https://microsoft.com/devicelogin on any device.' }),
    Scopes: parameter(arrayOf(types.string), { sets: inSets('Interactive', 'DeviceLogin'), help: 'Delegated permissions to ask consent for, e.g. UserAuthenticationMethod.ReadWrite.All.' }),
    ClientSecret: parameter(types.secret, { sets: { ClientSecret: { mandatory: true } }, secret: true, help: 'A client secret of the app registration (app-only sign-in).' }),
    CertificatePath: parameter(types.string, { sets: { Certificate: { mandatory: true } }, help: 'A PFX (PKCS#12) file, or a PEM file, with the certificate and its private key (app-only sign-in).' }),
    CertificateBase64Encoded: parameter(types.string, { sets: { CertificateBase64: { mandatory: true } }, secret: true, help: 'A PFX file base64-encoded, as PnP takes it (e.g. from a key vault); the base64 of a PEM file works too.' }),
    // SecureString as in PnP (ConvertTo-SecureString, Read-Host -AsSecureString); plain text still binds, as our earlier docs showed it.
    CertificatePassword: parameter(types.secureString, {
      sets: inSets('Certificate', 'CertificateBase64'),
      secret: true,
      help: 'The password of the PFX file, or of an encrypted PEM private key: a SecureString (ConvertTo-SecureString -AsPlainText) or plain text.',
    }),
    ManagedIdentity: switchParameter({ sets: { ManagedIdentity: { mandatory: true } }, help: "Sign in as the Azure resource's managed identity." }),
    UserAssignedManagedIdentityClientId: parameter(types.string, { sets: inSets('ManagedIdentity'), help: 'A user-assigned managed identity, by client id.' }),
    UserAssignedManagedIdentityObjectId: parameter(types.string, { sets: inSets('ManagedIdentity'), help: 'A user-assigned managed identity, by object (principal) id.' }),
    UserAssignedManagedIdentityAzureResourceId: parameter(types.string, { sets: inSets('ManagedIdentity'), help: 'A user-assigned managed identity, by Azure resource id.' }),
    AzureCli: switchParameter({ sets: { AzureCli: { mandatory: true } }, help: 'Use the account signed in to the Azure CLI (az login).' }),
    EnvironmentVariable: switchParameter({
      sets: { EnvironmentVariable: { mandatory: true } },
      help: 'Sign in with AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret, certificate or AZURE_FEDERATED_TOKEN_FILE (workload identity).',
    }),
    AccessToken: parameter(types.string, { sets: { AccessToken: { mandatory: true } }, secret: true, help: 'An access token for Microsoft Graph you already have (it is not renewed).' }),
    Demo: switchParameter({ sets: { Demo: { mandatory: true } }, help: 'Open the built-in demo tenant (a local Microsoft Graph emulator) as its admin.' }),
    AzureEnvironment: parameter(enumeration('AzureEnvironment', CLOUD_NAMES), {
      sets: inSets(...SIGN_IN_SETS),
      valueCompletions: CLOUD_NAMES,
      help: 'The cloud: Production (default), USGovernment, USGovernmentHigh, USGovernmentDoD, China, or Custom.',
    }),
    MicrosoftGraphEndPoint: parameter(types.string, { sets: inSets(...SIGN_IN_SETS), help: 'Full URL of Microsoft Graph for -AzureEnvironment Custom (http only for 127.0.0.1, ::1, localhost).' }),
    AzureADLoginEndPoint: parameter(types.string, { sets: inSets(...SIGN_IN_SETS), help: 'Full URL of the sign-in authority for -AzureEnvironment Custom.' }),
  },
  async process(args, ctx) {
    const slot = ctx.services.get(connectionSlotKey);
    if (slot === undefined) {
      return ctx.throwTerminating({ message: 'This session keeps no connection (it was created without the connection services).', errorId: 'NoConnectionSlot', category: 'InvalidOperation' });
    }
    const certificatePassword = args.CertificatePassword?.revealPlainText();
    const secrets = [args.ClientSecret, certificatePassword, args.CertificateBase64Encoded, args.AccessToken];
    let connection: Connection;
    try {
      const settings = ctx.services.get(signInSettingsKey) ?? {};
      if (ctx.parameterSetName === 'Demo') {
        connection = await connectDemo(settings.graphOptions === undefined ? {} : { graphOptions: settings.graphOptions });
      } else {
        const set = ctx.parameterSetName as SignInSet;
        connection = await connect({
          ...settings,
          mode: MODE_OF_SET[set],
          url: args.Url,
          tenant: args.Tenant,
          clientId: args.ClientId,
          clientSecret: args.ClientSecret,
          // Relative to the shell's current location (cd), like every other path argument.
          certificatePath: args.CertificatePath === undefined ? undefined : ctx.location.resolve(args.CertificatePath),
          certificateBase64: args.CertificateBase64Encoded,
          certificatePassword,
          userAssignedClientId: args.UserAssignedManagedIdentityClientId,
          userAssignedObjectId: args.UserAssignedManagedIdentityObjectId,
          userAssignedResourceId: args.UserAssignedManagedIdentityAzureResourceId,
          accessToken: args.AccessToken,
          azureEnvironment: args.AzureEnvironment,
          graphEndpoint: args.MicrosoftGraphEndPoint,
          loginEndpoint: args.AzureADLoginEndPoint,
          scopes: args.Scopes,
          onDeviceCode: (prompt) => ctx.host.showDeviceCode(prompt.message),
          signal: ctx.signal,
        });
      }
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      // No `cause`: the library's error object may carry what the user typed.
      return ctx.throwTerminating(connectFailure(error, secrets));
    }
    await slot.replace(connection);
    ctx.writeVerbose(`Connected to ${String(connection)}.`);
    const audience = connection.lastClaims.audience;
    if (connection.authMode === 'AccessToken' && audience !== undefined && !isGraphAudience(audience, connection.graphEndpoint)) {
      await ctx.writeWarning(`The access token was issued for '${audience}', not Microsoft Graph, so Graph will likely refuse it. Get a token for https://graph.microsoft.com.`);
    }
    welcomeDemo(connection, ctx);
  },
});

function welcomeDemo(connection: Connection, ctx: CmdletContext): void {
  const demo = demoTenantInfo(connection);
  if (demo === undefined) return;
  const text =
    `Connected to the demo tenant ${demo.domain} as ${connection.account ?? 'its admin'} (Microsoft Graph emulated at ${demo.url}). ` +
    `Try: Get-EntraIDUser -Filter "department eq 'Sales'" | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60`;
  ctx.writeInformation({ messageData: text, tags: ['PSHOST'], source: ctx.commandName, hostText: text });
}

const GRAPH_AUDIENCES = ['00000003-0000-0000-c000-000000000000', 'https://graph.microsoft.com', 'https://graph.microsoft.us', 'https://dod-graph.microsoft.us', 'https://microsoftgraph.chinacloudapi.cn', 'https://canary.graph.microsoft.com'];

function isGraphAudience(audience: string, graphEndpoint: string): boolean {
  const normalized = audience.replace(/\/+$/, '').toLowerCase();
  return GRAPH_AUDIENCES.includes(normalized) || normalized === new URL(graphEndpoint).origin.toLowerCase();
}
