/**
 * Which Microsoft cloud a connection talks to: where to sign in and where Graph lives. PnP's
 * `-AzureEnvironment` names are accepted; Custom takes both endpoints as full URLs, so scripts and
 * tests can point the shell at any Graph-compatible service (the emulator on 127.0.0.1 included).
 */

export type CloudName = 'Production' | 'USGovernment' | 'USGovernmentHigh' | 'USGovernmentDoD' | 'China' | 'Custom';

export const CLOUD_NAMES: readonly CloudName[] = ['Production', 'USGovernment', 'USGovernmentHigh', 'USGovernmentDoD', 'China', 'Custom'];

export interface Cloud {
  readonly name: CloudName;
  /** Graph root without version: `https://graph.microsoft.com`. */
  readonly graphEndpoint: string;
  /** Sign-in authority host: `https://login.microsoftonline.com`; undefined for Custom without -AzureADLoginEndPoint. */
  readonly authorityHost: string | undefined;
  /** A well-known cloud whose authority Microsoft's instance discovery knows. */
  readonly wellKnown: boolean;
}

const WELL_KNOWN: Record<Exclude<CloudName, 'Custom'>, { graph: string; login: string }> = {
  Production: { graph: 'https://graph.microsoft.com', login: 'https://login.microsoftonline.com' },
  // GCC High. PnP's "USGovernment" means the same endpoints.
  USGovernment: { graph: 'https://graph.microsoft.us', login: 'https://login.microsoftonline.us' },
  USGovernmentHigh: { graph: 'https://graph.microsoft.us', login: 'https://login.microsoftonline.us' },
  USGovernmentDoD: { graph: 'https://dod-graph.microsoft.us', login: 'https://login.microsoftonline.us' },
  China: { graph: 'https://microsoftgraph.chinacloudapi.cn', login: 'https://login.chinacloudapi.cn' },
};

export class CloudConfigurationError extends Error {
  override readonly name = 'CloudConfigurationError';
}

export interface CloudSelection {
  /** -AzureEnvironment; case-insensitive; default Production. */
  readonly environment?: string | undefined;
  /** -MicrosoftGraphEndPoint (Custom, or overriding a well-known cloud's Graph host). */
  readonly graphEndpoint?: string | undefined;
  /** -AzureADLoginEndPoint. */
  readonly loginEndpoint?: string | undefined;
}

export function resolveCloud(selection: CloudSelection = {}): Cloud {
  const name = parseCloudName(selection.environment ?? 'Production');
  const graphOverride = selection.graphEndpoint === undefined ? undefined : endpointUrl(selection.graphEndpoint, '-MicrosoftGraphEndPoint');
  const loginOverride = selection.loginEndpoint === undefined ? undefined : endpointUrl(selection.loginEndpoint, '-AzureADLoginEndPoint');
  if (name === 'Custom') {
    if (graphOverride === undefined) {
      throw new CloudConfigurationError(
        '-AzureEnvironment Custom needs -MicrosoftGraphEndPoint with the full URL of the Graph endpoint, e.g. https://graph.contoso.example or http://127.0.0.1:5001.',
      );
    }
    return { name, graphEndpoint: graphOverride, authorityHost: loginOverride, wellKnown: false };
  }
  const known = WELL_KNOWN[name];
  return {
    name,
    graphEndpoint: graphOverride ?? known.graph,
    authorityHost: loginOverride ?? known.login,
    wellKnown: loginOverride === undefined,
  };
}

export function parseCloudName(text: string): CloudName {
  const match = CLOUD_NAMES.find((name) => name.toLowerCase() === text.trim().toLowerCase());
  if (match !== undefined) return match;
  if (/^germany$/i.test(text.trim())) {
    throw new CloudConfigurationError('Microsoft Cloud Deutschland (Germany) closed in October 2021; its tenants now live in Production.');
  }
  throw new CloudConfigurationError(`'${text}' is not a known Azure environment. Use one of: ${CLOUD_NAMES.join(', ')}.`);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** A full http(s) URL, reduced to origin + path without trailing slash. Plain http only for loopback hosts. */
export function endpointUrl(text: string, parameter: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new CloudConfigurationError(`${parameter} must be a full URL such as https://graph.contoso.example; got '${text}'.`);
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname.toLowerCase())) {
    throw new CloudConfigurationError(
      `${parameter} must use https: plain http is accepted only for a local endpoint (127.0.0.1, ::1 or localhost); got '${url.origin}'.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CloudConfigurationError(`${parameter} must be an https URL; got '${text}'.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new CloudConfigurationError(`${parameter} must not contain a user name or password.`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new CloudConfigurationError(`${parameter} must not contain a query or fragment; got '${text}'.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** `User.Read.All` → `https://graph.microsoft.us/User.Read.All` for the cloud's Graph (MSAL needs the resource outside the global cloud). */
export function qualifyGraphScopes(cloud: Cloud, scopes: readonly string[] | undefined): string[] {
  const origin = new URL(cloud.graphEndpoint).origin;
  if (scopes === undefined || scopes.length === 0) return [`${origin}/.default`];
  return scopes.map((scope) => {
    const trimmed = scope.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || ['openid', 'profile', 'offline_access', 'email'].includes(trimmed.toLowerCase())) {
      return trimmed;
    }
    return `${origin}/${trimmed}`;
  });
}
