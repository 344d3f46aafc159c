/** Get-Help examples for Connect-EntraID. */
import type { CmdletExample } from '../../cmdlet/define.js';

export const CONNECT_EXAMPLES: readonly CmdletExample[] = [
  { code: 'Connect-EntraID -Demo', remarks: 'Opens the built-in demo tenant: no account, no app registration needed.' },
  {
    code: 'Connect-EntraID -Tenant contoso.onmicrosoft.com -ClientId 6c5c98c7-e05a-4a0f-bcfa-0cfc65aa1f28',
    remarks: 'Signs in in a browser through your app registration.',
  },
  { code: 'Connect-EntraID -Url https://contoso.sharepoint.com -DeviceLogin', remarks: 'Signs in with a device code; the tenant comes from the SharePoint URL.' },
  {
    code:
      "Connect-EntraID -Tenant contoso.onmicrosoft.com -ClientId $appId -CertificatePath ./app.pfx -CertificatePassword (ConvertTo-SecureString -String $env:PFX_PASSWORD -AsPlainText -Force)",
    remarks:
      'Signs in as the app (application permissions) with a PFX certificate and its private key, as PnP does; a PEM file with both works too. ' +
      'A relative path starts at the current location; Read-Host -AsSecureString also gives a password.',
  },
  { code: 'Connect-EntraID -ManagedIdentity -UserAssignedManagedIdentityClientId $miClientId', remarks: 'Signs in as a user-assigned managed identity on Azure.' },
  { code: 'Connect-EntraID -EnvironmentVariable', remarks: 'Uses AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret, certificate or federated token file.' },
  {
    code: 'Connect-EntraID -AccessToken $token -AzureEnvironment Custom -MicrosoftGraphEndPoint http://127.0.0.1:5001',
    remarks: 'Uses a token you already have against a Graph-compatible endpoint; every call goes to http://127.0.0.1:5001/v1.0/...',
  },
  { code: 'Connect-EntraID -AzureEnvironment USGovernmentHigh -Tenant contoso.onmicrosoft.us -ClientId $appId', remarks: 'Signs in to GCC High.' },
];
