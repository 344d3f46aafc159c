/**
 * A stand-in for the Microsoft Entra sign-in endpoints on 127.0.0.1, so the real @azure/identity
 * credentials can be exercised without the internet. @azure/identity insists on an https
 * authority, so credentials are configured with https://login.fake.test and a custom httpClient
 * that carries their requests here over plain http.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IdentityHttpClient } from '../credentials.js';
import { inAnHour, makeJwt, TEST_TENANT_ID } from './jwt.js';

export const FAKE_AUTHORITY = 'https://login.fake.test';

export interface TokenRequestRecord {
  readonly path: string;
  readonly form: URLSearchParams;
}

export interface FakeIdentityServer {
  readonly url: string;
  readonly tokenRequests: TokenRequestRecord[];
  readonly paths: string[];
  /** Claims of the access tokens handed out (tid, exp and a unique jti are added). */
  claims: Record<string, unknown>;
  readonly httpClient: IdentityHttpClient;
  close(): Promise<void>;
}

export async function startFakeIdentityServer(claims: Record<string, unknown> = {}): Promise<FakeIdentityServer> {
  const tokenRequests: TokenRequestRecord[] = [];
  const paths: string[] = [];
  let issued = 0;
  const state = { claims };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', FAKE_AUTHORITY);
      paths.push(`${request.method ?? 'GET'} ${url.pathname}`);
      const tenant = url.pathname.split('/')[1] ?? 'common';
      const send = (status: number, body: unknown): void => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (url.pathname.endsWith('/.well-known/openid-configuration')) {
        send(200, {
          issuer: `${FAKE_AUTHORITY}/${TEST_TENANT_ID}/v2.0`,
          authorization_endpoint: `${FAKE_AUTHORITY}/${tenant}/oauth2/v2.0/authorize`,
          token_endpoint: `${FAKE_AUTHORITY}/${tenant}/oauth2/v2.0/token`,
          device_authorization_endpoint: `${FAKE_AUTHORITY}/${tenant}/oauth2/v2.0/devicecode`,
          end_session_endpoint: `${FAKE_AUTHORITY}/${tenant}/oauth2/v2.0/logout`,
          jwks_uri: `${FAKE_AUTHORITY}/${tenant}/discovery/v2.0/keys`,
        });
        return;
      }
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      if (url.pathname.endsWith('/oauth2/v2.0/devicecode')) {
        send(200, {
          user_code: 'FAKE-CODE',
          device_code: 'device-code-1',
          verification_uri: 'https://microsoft.com/devicelogin',
          expires_in: 900,
          interval: 1,
          message: 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FAKE-CODE to authenticate.',
        });
        return;
      }
      if (url.pathname.endsWith('/oauth2/v2.0/token')) {
        tokenRequests.push({ path: url.pathname, form });
        issued++;
        const delegated = form.get('grant_type') !== 'client_credentials';
        const oid = '00000000-0000-0000-0000-0000000000a1';
        send(200, {
          token_type: 'Bearer',
          expires_in: 3600,
          ext_expires_in: 3600,
          scope: form.get('scope') ?? '',
          access_token: makeJwt({ tid: TEST_TENANT_ID, exp: inAnHour(), jti: `t${issued}`, ...state.claims }),
          ...(delegated
            ? {
                refresh_token: 'refresh-1',
                id_token: makeJwt({
                  aud: form.get('client_id'),
                  iss: `${FAKE_AUTHORITY}/${TEST_TENANT_ID}/v2.0`,
                  tid: TEST_TENANT_ID,
                  oid,
                  sub: oid,
                  preferred_username: 'admin@contoso.onmicrosoft.com',
                  name: 'Demo Admin',
                  iat: Math.floor(Date.now() / 1000),
                  nbf: Math.floor(Date.now() / 1000) - 60,
                  exp: inAnHour(),
                }),
                client_info: Buffer.from(JSON.stringify({ uid: oid, utid: TEST_TENANT_ID })).toString('base64url'),
              }
            : {}),
        });
        return;
      }
      send(404, { error: 'not_found', error_description: `No fake for ${url.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    tokenRequests,
    paths,
    get claims() {
      return state.claims;
    },
    set claims(value) {
      state.claims = value;
    },
    httpClient: redirectingHttpClient(base),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type PipelineRequest = Parameters<IdentityHttpClient['sendRequest']>[0];
type PipelineResponse = Awaited<ReturnType<IdentityHttpClient['sendRequest']>>;

/** An @azure/core-rest-pipeline HttpClient that sends every request to `base`, keeping path and query. */
export function redirectingHttpClient(base: string): IdentityHttpClient {
  return {
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const original = new URL(request.url);
      const headers: Record<string, string> = {};
      for (const [name, value] of request.headers) headers[name] = value;
      const body = typeof request.body === 'string' ? request.body : undefined;
      const response = await fetch(`${base}${original.pathname}${original.search}`, { method: request.method, headers, body });
      return { request, status: response.status, headers: pipelineHeaders(response.headers), bodyAsText: await response.text() };
    },
  };
}

function pipelineHeaders(source: Headers): PipelineResponse['headers'] {
  const map = new Map<string, string>();
  source.forEach((value, name) => map.set(name.toLowerCase(), value));
  return {
    get: (name: string) => map.get(name.toLowerCase()),
    has: (name: string) => map.has(name.toLowerCase()),
    set: (name: string, value: string | number | boolean) => void map.set(name.toLowerCase(), String(value)),
    delete: (name: string) => void map.delete(name.toLowerCase()),
    toJSON: () => Object.fromEntries(map),
    [Symbol.iterator]: () => map.entries(),
  };
}
