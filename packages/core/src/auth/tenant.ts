/**
 * The tenant to sign in to: -Tenant as given (a domain or a GUID), or derived from a SharePoint
 * URL the way PnP does: https://contoso.sharepoint.com and https://contoso-admin.sharepoint.com
 * belong to contoso.onmicrosoft.com (also -my hosts and national clouds' SharePoint domains).
 */

export class TenantResolutionError extends Error {
  override readonly name = 'TenantResolutionError';
}

const SHAREPOINT_DOMAINS = ['sharepoint.com', 'sharepoint.us', 'dps.mil', 'sharepoint-mil.us', 'sharepoint.cn', 'sharepoint.de'];

export function tenantFromSharePointUrl(url: string): string {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`).hostname.toLowerCase();
  } catch {
    throw new TenantResolutionError(`'${url}' is not a valid SharePoint URL.`);
  }
  const domain = SHAREPOINT_DOMAINS.find((candidate) => host.endsWith(`.${candidate}`));
  if (domain === undefined) {
    throw new TenantResolutionError(
      `Cannot tell the tenant from '${host}': it is not a SharePoint Online host (such as contoso.sharepoint.com). Pass -Tenant contoso.onmicrosoft.com or the tenant id.`,
    );
  }
  const name = host.slice(0, -(domain.length + 1)).split('.')[0]?.replace(/-(admin|my)$/, '');
  if (name === undefined || name === '') throw new TenantResolutionError(`Cannot tell the tenant from '${host}'.`);
  return `${name}.onmicrosoft.com`;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i;

/** -Tenant if given (validated), else from -Url, else undefined. */
export function resolveTenant(tenant: string | undefined, url: string | undefined): string | undefined {
  const given = tenant?.trim();
  if (given !== undefined && given !== '') {
    if (GUID.test(given) || DOMAIN.test(given) || ['organizations', 'common', 'consumers'].includes(given.toLowerCase())) return given;
    throw new TenantResolutionError(`'${given}' is not a tenant: pass a domain such as contoso.onmicrosoft.com or the tenant id (a GUID).`);
  }
  if (url !== undefined && url.trim() !== '') return tenantFromSharePointUrl(url);
  return undefined;
}
