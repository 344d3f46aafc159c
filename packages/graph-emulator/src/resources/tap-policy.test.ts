import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { call, errorOf } from '../testing/graph.test-helper.js';

const GRAPH = 'https://graph.microsoft.com';

const PATH = '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass';
const TYPE = '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration';

describe('TAP policy', () => {
  let emulator: Emulator;
  const patch = (body: unknown, token?: string) => call(emulator, 'PATCH', PATH, { body, ...(token ? { token } : {}) });
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.close());

  it("GET returns the demo tenant's policy in Graph's shape", async () => {
    const reply = await call(emulator, 'GET', PATH);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      '@odata.context': `${GRAPH}/v1.0/$metadata#authenticationMethodConfigurations/$entity`,
      '@odata.type': TYPE,
      id: 'TemporaryAccessPass',
      state: 'enabled',
      defaultLifetimeInMinutes: 60,
      defaultLength: 8,
      minimumLifetimeInMinutes: 10,
      maximumLifetimeInMinutes: 480,
      isUsableOnce: false,
      includeTargets: [{ targetType: 'group', id: 'all_users', isRegistrationRequired: false }],
      excludeTargets: [],
    });
  });

  it('accepts the lower-case segment and the key form', async () => {
    expect((await call(emulator, 'GET', '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/temporaryAccessPass')).status).toBe(200);
    expect((await call(emulator, 'GET', "/policies/authenticationMethodsPolicy/authenticationMethodConfigurations('TemporaryAccessPass')")).status).toBe(200);
  });

  it('PATCH answers 204 and changes only what was sent', async () => {
    const reply = await patch({ '@odata.type': TYPE, isUsableOnce: true });
    expect(reply.status).toBe(204);
    expect(emulator.state.policy()).toMatchObject({ isUsableOnce: true, minimumLifetimeInMinutes: 10, state: 'enabled' });
  });

  it('PATCH requires @odata.type', async () => {
    const reply = await patch({ isUsableOnce: true });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toContain('@odata.type');
    expect(emulator.state.policy().isUsableOnce).toBe(false);
  });

  it.each([
    [{ defaultLength: 7 }, 'defaultLength'],
    [{ defaultLength: 49 }, 'defaultLength'],
    [{ minimumLifetimeInMinutes: 9 }, 'minimumLifetimeInMinutes'],
    [{ maximumLifetimeInMinutes: 43_201 }, 'maximumLifetimeInMinutes'],
    [{ minimumLifetimeInMinutes: 500 }, 'minimumLifetimeInMinutes (500) cannot be greater'],
    [{ defaultLifetimeInMinutes: 5 }, 'defaultLifetimeInMinutes'],
    [{ defaultLifetimeInMinutes: 600 }, 'defaultLifetimeInMinutes (600) must be between'],
    [{ state: 'on' }, 'state'],
    [{ isUsableOnce: 'yes' }, 'isUsableOnce'],
    [{ includeTargets: [{ targetType: 'team', id: 'x' }] }, 'targetType'],
    [{ colour: 'blue' }, "The property 'colour' does not exist"],
  ])('PATCH refuses %j', async (change, fragment) => {
    const reply = await patch({ '@odata.type': TYPE, ...change });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toContain(fragment);
  });

  it('PATCH validates the combination: raising the minimum above the default needs the default too', async () => {
    expect((await patch({ '@odata.type': TYPE, minimumLifetimeInMinutes: 120 })).status).toBe(400);
    expect((await patch({ '@odata.type': TYPE, minimumLifetimeInMinutes: 120, defaultLifetimeInMinutes: 120 })).status).toBe(204);
  });

  it('DELETE restores the Graph defaults (disabled, 60..480)', async () => {
    expect((await call(emulator, 'DELETE', PATH)).status).toBe(204);
    expect(emulator.state.policy()).toMatchObject({ state: 'disabled', minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480 });
  });

  describe('permissions', () => {
    it('reads with Policy.Read.All and a reader role, writes only with Policy.ReadWrite.AuthenticationMethod', async () => {
      const reader = emulator.mintToken({ user: 'admin@contoso.onmicrosoft.com', scopes: ['Policy.Read.All'] });
      expect((await call(emulator, 'GET', PATH, { token: reader })).status).toBe(200);
      const refused = await patch({ '@odata.type': TYPE, isUsableOnce: true }, reader);
      expect(refused.status).toBe(403);
      expect(errorOf(refused)).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    });

    it('needs a policy role for delegated calls', async () => {
      const helpdesk = emulator.mintToken({ user: 'gradyarchie@contoso.onmicrosoft.com', scopes: ['Policy.ReadWrite.AuthenticationMethod'] });
      expect((await call(emulator, 'GET', PATH, { token: helpdesk })).status).toBe(403);
      expect((await patch({ '@odata.type': TYPE, isUsableOnce: true }, helpdesk)).status).toBe(403);
    });

    it('accepts application permissions without roles', async () => {
      const app = emulator.mintToken({ roles: ['Policy.ReadWrite.AuthenticationMethod'] });
      expect((await patch({ '@odata.type': TYPE, defaultLength: 12 }, app)).status).toBe(204);
      expect(emulator.state.policy().defaultLength).toBe(12);
    });
  });
});
