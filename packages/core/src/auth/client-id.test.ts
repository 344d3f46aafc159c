import { describe, expect, it } from 'vitest';
import { MissingClientIdError, resolveClientId } from './client-id.js';
import { resolveTenant, tenantFromSharePointUrl } from './tenant.js';

describe('resolveClientId', () => {
  it('prefers -ClientId, then ENTRAID_APP_ID, ENTRAID_CLIENT_ID, AZURE_CLIENT_ID', () => {
    const env = { ENTRAID_APP_ID: ' a ', ENTRAID_CLIENT_ID: 'b', AZURE_CLIENT_ID: 'c' };
    expect(resolveClientId('explicit', env)).toBe('explicit');
    expect(resolveClientId(undefined, env)).toBe('a');
    expect(resolveClientId('', { ENTRAID_CLIENT_ID: 'b', AZURE_CLIENT_ID: 'c' })).toBe('b');
    expect(resolveClientId(undefined, { AZURE_CLIENT_ID: 'c' })).toBe('c');
  });

  it('explains which app registration and permissions are needed', () => {
    let error: unknown;
    try {
      resolveClientId(undefined, {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MissingClientIdError);
    const message = (error as Error).message;
    expect(message.split('\n')[0]).toBe('Please specify a valid client id for an Entra ID App Registration.');
    expect(message).toContain('UserAuthenticationMethod.ReadWrite.All');
    expect(message).toContain('User.Read.All');
    expect(message).toContain('ENTRAID_APP_ID');
    expect(message).toContain('Connect-EntraID -Demo');
  });
});

describe('tenant resolution', () => {
  it('derives the tenant from SharePoint URLs as PnP does', () => {
    expect(tenantFromSharePointUrl('https://contoso.sharepoint.com')).toBe('contoso.onmicrosoft.com');
    expect(tenantFromSharePointUrl('https://contoso-admin.sharepoint.com/')).toBe('contoso.onmicrosoft.com');
    expect(tenantFromSharePointUrl('contoso-my.sharepoint.com/personal/x')).toBe('contoso.onmicrosoft.com');
    expect(tenantFromSharePointUrl('https://fabrikam.sharepoint.us/sites/a')).toBe('fabrikam.onmicrosoft.com');
    expect(() => tenantFromSharePointUrl('https://intranet.contoso.com')).toThrow(/Pass -Tenant contoso\.onmicrosoft\.com or the tenant id/);
  });

  it('takes -Tenant first and validates it', () => {
    expect(resolveTenant('contoso.onmicrosoft.com', 'https://fabrikam.sharepoint.com')).toBe('contoso.onmicrosoft.com');
    expect(resolveTenant('72F988BF-86F1-41AF-91AB-2D7CD011DB47', undefined)).toBe('72F988BF-86F1-41AF-91AB-2D7CD011DB47');
    expect(resolveTenant(undefined, 'https://contoso.sharepoint.com')).toBe('contoso.onmicrosoft.com');
    expect(resolveTenant(undefined, undefined)).toBeUndefined();
    expect(() => resolveTenant('not a tenant', undefined)).toThrow("'not a tenant' is not a tenant");
  });
});
