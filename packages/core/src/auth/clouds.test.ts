import { describe, expect, it } from 'vitest';
import { qualifyGraphScopes, resolveCloud } from './clouds.js';

describe('resolveCloud', () => {
  it('knows the national clouds', () => {
    expect(resolveCloud()).toEqual({ name: 'Production', graphEndpoint: 'https://graph.microsoft.com', authorityHost: 'https://login.microsoftonline.com', wellKnown: true });
    expect(resolveCloud({ environment: 'usgovernment' })).toMatchObject({ name: 'USGovernment', graphEndpoint: 'https://graph.microsoft.us', authorityHost: 'https://login.microsoftonline.us' });
    expect(resolveCloud({ environment: 'USGovernmentHigh' })).toMatchObject({ graphEndpoint: 'https://graph.microsoft.us', authorityHost: 'https://login.microsoftonline.us' });
    expect(resolveCloud({ environment: 'USGovernmentDoD' })).toMatchObject({ graphEndpoint: 'https://dod-graph.microsoft.us', authorityHost: 'https://login.microsoftonline.us' });
    expect(resolveCloud({ environment: 'China' })).toMatchObject({ graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn' });
  });

  it('takes Custom endpoints as full URLs; http only on loopback', () => {
    expect(resolveCloud({ environment: 'Custom', graphEndpoint: 'http://127.0.0.1:5001/' })).toEqual({
      name: 'Custom',
      graphEndpoint: 'http://127.0.0.1:5001',
      authorityHost: undefined,
      wellKnown: false,
    });
    expect(resolveCloud({ environment: 'Custom', graphEndpoint: 'http://[::1]:8080', loginEndpoint: 'http://localhost:9000' })).toMatchObject({
      graphEndpoint: 'http://[::1]:8080',
      authorityHost: 'http://localhost:9000',
    });
    expect(resolveCloud({ environment: 'Custom', graphEndpoint: 'https://graph.contoso.example/proxy/' }).graphEndpoint).toBe('https://graph.contoso.example/proxy');
  });

  it('explains what is wrong', () => {
    expect(() => resolveCloud({ environment: 'Custom' })).toThrow('-AzureEnvironment Custom needs -MicrosoftGraphEndPoint');
    expect(() => resolveCloud({ environment: 'Custom', graphEndpoint: 'http://graph.contoso.example' })).toThrow(
      "-MicrosoftGraphEndPoint must use https: plain http is accepted only for a local endpoint (127.0.0.1, ::1 or localhost); got 'http://graph.contoso.example'.",
    );
    expect(() => resolveCloud({ environment: 'Custom', graphEndpoint: 'graph.contoso.example' })).toThrow('must be a full URL');
    expect(() => resolveCloud({ environment: 'Mars' })).toThrow("'Mars' is not a known Azure environment. Use one of: Production, USGovernment, USGovernmentHigh, USGovernmentDoD, China, Custom.");
    expect(() => resolveCloud({ environment: 'Germany' })).toThrow(/closed in October 2021/);
  });

  it('qualifies delegated scopes with the cloud Graph resource', () => {
    const gov = resolveCloud({ environment: 'USGovernmentHigh' });
    expect(qualifyGraphScopes(gov, undefined)).toEqual(['https://graph.microsoft.us/.default']);
    expect(qualifyGraphScopes(gov, ['User.Read.All', 'offline_access', 'https://graph.microsoft.us/Policy.Read.All'])).toEqual([
      'https://graph.microsoft.us/User.Read.All',
      'offline_access',
      'https://graph.microsoft.us/Policy.Read.All',
    ]);
  });
});
