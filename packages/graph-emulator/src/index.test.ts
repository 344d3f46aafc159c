import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT, JOHN_DOE_ID, startEmulator, type Emulator } from './index.js';
import { call, errorOf } from './testing/graph.test-helper.js';

describe('startEmulator', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it('listens on 127.0.0.1 on an ephemeral port and names the demo tenant', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.tenant).toEqual({ id: DEMO_TENANT.id, domain: 'contoso.onmicrosoft.com' });
  });

  it('serves John Doe of the seed examples with the minted admin token', async () => {
    const reply = await call(emulator, 'GET', `/users/${JOHN_DOE_ID}`);
    expect(reply.status).toBe(200);
    expect(reply.body['userPrincipalName']).toBe('johndoe@contoso.onmicrosoft.com');
  });

  it('sends request-id on every response and echoes client-request-id into the header and innerError', async () => {
    const reply = await call(emulator, 'GET', '/users/nobody@contoso.onmicrosoft.com', { headers: { 'client-request-id': 'my-correlation-id' } });
    expect(reply.status).toBe(404);
    expect(reply.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.headers.get('client-request-id')).toBe('my-correlation-id');
    const error = errorOf(reply);
    expect(error.innerError['client-request-id']).toBe('my-correlation-id');
    expect(error.innerError['request-id']).toBe(reply.headers.get('request-id'));
    expect(error.innerError['date']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('records what it received, redacting only the Authorization header', async () => {
    emulator.clearRequests();
    await call(emulator, 'POST', '/users/johndoe@contoso.onmicrosoft.com/authentication/temporaryAccessPassMethods', { body: { lifetimeInMinutes: 60 }, headers: { 'x-test': 'kept' } });
    const [recorded] = emulator.requests;
    expect(recorded?.method).toBe('POST');
    expect(recorded?.path).toBe('/v1.0/users/johndoe@contoso.onmicrosoft.com/authentication/temporaryAccessPassMethods');
    expect(recorded?.body).toEqual({ lifetimeInMinutes: 60 });
    expect(recorded?.headers['authorization']).toBe('[redacted]');
    expect(recorded?.headers['x-test']).toBe('kept');
    expect(recorded?.headers['content-type']).toBe('application/json');
  });

  it('refuses connections after close', async () => {
    const other = await startEmulator();
    const url = other.url;
    await other.close();
    await expect(fetch(`${url}/v1.0/users`)).rejects.toThrow();
  });
});
