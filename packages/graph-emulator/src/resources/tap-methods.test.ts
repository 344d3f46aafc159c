import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { DEMO_GROUPS, JOHN_DOE_ID } from '../directory/roles.js';
import { PASS_CHARACTERS } from '../tap/pass-generator.js';
import { call, errorOf, tapPath } from '../testing/graph.test-helper.js';

const GRAPH = 'https://graph.microsoft.com';

const JOHN = 'johndoe@contoso.onmicrosoft.com';
const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const CREATE_KEYS = ['@odata.context', '@odata.type', 'id', 'temporaryAccessPass', 'createdDateTime', 'startDateTime', 'lifetimeInMinutes', 'isUsableOnce', 'isUsable', 'methodUsabilityReason'];
const POLICY_MESSAGE = 'Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].';

describe('temporaryAccessPassMethods', () => {
  let emulator: Emulator;
  const create = (user: string, body: unknown = {}, token?: string) => call(emulator, 'POST', tapPath(user), { body, ...(token ? { token } : {}) });
  beforeAll(async () => {
    emulator = await startEmulator({ clock: new ManualClock(START) });
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.close());

  it("answers Graph's documented create example the documented way", async () => {
    emulator.clock.set(Date.parse('2022-06-02T16:21:09.765Z'));
    const reply = await create(JOHN_DOE_ID, { startDateTime: '2022-06-05T00:00:00.000Z', lifetimeInMinutes: 60, isUsableOnce: false });
    expect(reply.status).toBe(201);
    const { id, temporaryAccessPass, ...rest } = reply.body;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(temporaryAccessPass).toMatch(/^.{8}$/);
    expect(rest).toEqual({
      '@odata.context': `${GRAPH}/v1.0/$metadata#users('${JOHN_DOE_ID}')/authentication/temporaryAccessPassMethods/$entity`,
      '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
      createdDateTime: '2022-06-02T16:21:09.765Z',
      startDateTime: '2022-06-05T00:00:00Z',
      lifetimeInMinutes: 60,
      isUsableOnce: false,
      isUsable: false,
      methodUsabilityReason: 'NotYetValid',
    });
  });

  describe('the seed examples', () => {
    it('1: defaults from the policy, with exactly the documented property set', async () => {
      const reply = await create(JOHN);
      expect(reply.status).toBe(201);
      expect(Object.keys(reply.body)).toEqual(CREATE_KEYS);
      expect(reply.body).toMatchObject({
        '@odata.context': `${GRAPH}/v1.0/$metadata#users('${JOHN}')/authentication/temporaryAccessPassMethods/$entity`,
        '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
        createdDateTime: '2026-01-15T09:00:00Z',
        startDateTime: '2026-01-15T09:00:00Z',
        lifetimeInMinutes: 60,
        isUsableOnce: false,
        isUsable: true,
        methodUsabilityReason: 'EnabledByPolicy',
      });
      expect(reply.body['temporaryAccessPass']).toMatch(/^.{8}$/);
    });

    it('2: by id, usable once', async () => {
      const reply = await create(JOHN_DOE_ID, { isUsableOnce: true });
      expect(reply.body).toMatchObject({ isUsableOnce: true, lifetimeInMinutes: 60, isUsable: true });
      expect(reply.body['@odata.context']).toContain(`users('${JOHN_DOE_ID}')`);
    });

    it('3: starts in two hours, lives ten minutes, usable once', async () => {
      const reply = await create(JOHN, { startDateTime: '2026-01-15T11:00:00.000Z', lifetimeInMinutes: 10, isUsableOnce: true });
      expect(reply.body).toMatchObject({ startDateTime: '2026-01-15T11:00:00Z', lifetimeInMinutes: 10, isUsableOnce: true, isUsable: false, methodUsabilityReason: 'NotYetValid' });
      emulator.clock.advance(2 * 3600_000);
      expect((await call(emulator, 'GET', tapPath(JOHN))).body.value?.[0]).toMatchObject({ isUsable: true, methodUsabilityReason: 'EnabledByPolicy' });
      emulator.clock.advance(10 * 60_000);
      expect((await call(emulator, 'GET', tapPath(JOHN))).body.value?.[0]).toMatchObject({ isUsable: false, methodUsabilityReason: 'Expired' });
    });

    it('4: starts in ten minutes, lives fifteen, usable repeatedly', async () => {
      const reply = await create(JOHN, { startDateTime: '2026-01-15T09:10:00Z', lifetimeInMinutes: 15, isUsableOnce: false });
      expect(reply.body).toMatchObject({ lifetimeInMinutes: 15, isUsableOnce: false, methodUsabilityReason: 'NotYetValid' });
      emulator.clock.advance(10 * 60_000);
      await call(emulator, 'POST', `/_emulator/users/${JOHN}/tap/use`, { token: null });
      expect((await call(emulator, 'GET', tapPath(JOHN))).body.value?.[0]).toMatchObject({ isUsable: true, methodUsabilityReason: 'EnabledByPolicy' });
    });
  });

  // https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods: 201 Created
  // with the object; the service names the new method in a Location header.
  it('answers 201 with a Location naming the new method', async () => {
    const reply = await create(JOHN);
    expect(reply.status).toBe(201);
    expect(reply.headers.get('location')).toBe(`${GRAPH}/v1.0/users/${JOHN_DOE_ID}/authentication/temporaryAccessPassMethods/${String(reply.body['id'])}`);
  });

  // https://learn.microsoft.com/graph/api/resources/temporaryaccesspassauthenticationmethod: a pass
  // starts at startDateTime; Graph refuses one that starts in the past.
  describe('startDateTime', () => {
    it('refuses a start in the past with 400 badRequest and changes nothing', async () => {
      const before = await create(JOHN);
      const past = new Date(START - 24 * 3_600_000).toISOString();
      const reply = await create(JOHN, { startDateTime: past, lifetimeInMinutes: 60 });
      expect(reply.status).toBe(400);
      expect(errorOf(reply)).toMatchObject({ code: 'badRequest', message: 'Invalid StartDateTime specified. It can not be a time in the past.' });
      expect(emulator.state.currentTap(JOHN)?.id).toBe(before.body['id']);
      expect(emulator.state.issuedCount(JOHN)).toBe(1);
    });

    it('tolerates a start a few minutes behind the service clock (client clock skew)', async () => {
      expect((await create(JOHN, { startDateTime: new Date(START - 60_000).toISOString() })).status).toBe(201);
      expect((await create(JOHN, { startDateTime: new Date(START - 6 * 60_000).toISOString() })).status).toBe(400);
      expect((await create(JOHN, { startDateTime: new Date(START + 60_000).toISOString() })).status).toBe(201);
    });
  });

  describe('policy rules', () => {
    it('refuses a lifetime outside the policy range with the observed message', async () => {
      for (const lifetime of [9, 481]) {
        const reply = await create(JOHN, { lifetimeInMinutes: lifetime });
        expect(reply.status).toBe(400);
        expect(errorOf(reply)).toMatchObject({ code: 'badRequest', message: 'Invalid LifetimeInMinutes specified. The valid range between 10 and 480.' });
      }
      emulator.state.setPolicy({ minimumLifetimeInMinutes: 60 });
      expect(errorOf(await create(JOHN, { lifetimeInMinutes: 10 })).message).toBe('Invalid LifetimeInMinutes specified. The valid range between 60 and 480.');
    });

    it("takes omitted fields from the policy's defaults", async () => {
      emulator.state.setPolicy({ defaultLifetimeInMinutes: 90, isUsableOnce: true });
      expect((await create(JOHN)).body).toMatchObject({ lifetimeInMinutes: 90, isUsableOnce: true });
    });

    it('refuses a multi-use pass when the policy demands one-time use', async () => {
      emulator.state.setPolicy({ isUsableOnce: true });
      const reply = await create(JOHN, { isUsableOnce: false });
      expect(reply.status).toBe(400);
      expect(errorOf(reply).message).toMatch(/IsUsableOnce/);
      expect((await create(JOHN, { isUsableOnce: true })).status).toBe(201);
    });

    it('refuses everyone when the policy is disabled', async () => {
      emulator.state.setPolicy({ state: 'disabled' });
      const reply = await create(JOHN);
      expect(reply.status).toBe(400);
      expect(errorOf(reply).message).toBe(POLICY_MESSAGE);
    });

    it('refuses users outside the include targets and inside the exclude targets', async () => {
      emulator.state.setPolicy({ includeTargets: [{ targetType: 'group', id: DEMO_GROUPS.tapPilot }] });
      expect(errorOf(await create(JOHN)).message).toBe(POLICY_MESSAGE);
      expect((await create('nestorwilke@contoso.onmicrosoft.com')).status).toBe(201);
      emulator.state.setPolicy({ includeTargets: [{ targetType: 'group', id: 'all_users' }], excludeTargets: [{ targetType: 'group', id: DEMO_GROUPS.breakGlass }] });
      expect(errorOf(await create('bg.emergency@contoso.onmicrosoft.com')).message).toBe(POLICY_MESSAGE);
      emulator.state.setPolicy({ includeTargets: [{ targetType: 'user', id: JOHN_DOE_ID }], excludeTargets: [] });
      expect((await create(JOHN)).status).toBe(201);
    });

    it('generates a pass of the policy length from the character set, with a CSPRNG', async () => {
      emulator.state.setPolicy({ defaultLength: 24 });
      const passes = new Set<string>();
      for (let i = 0; i < 5; i++) {
        const pass = String((await create(JOHN)).body['temporaryAccessPass']);
        expect(pass).toHaveLength(24);
        for (const ch of pass) expect(PASS_CHARACTERS).toContain(ch);
        passes.add(pass);
      }
      expect(passes.size).toBe(5);
    });
  });

  it('replaces the existing pass, and counts every pass issued', async () => {
    const first = await create(JOHN);
    const second = await create(JOHN);
    const list = await call(emulator, 'GET', tapPath(JOHN));
    expect(list.body.value?.map((t) => t['id'])).toEqual([second.body['id']]);
    expect((await call(emulator, 'GET', `${tapPath(JOHN)}/${String(first.body['id'])}`)).status).toBe(404);
    expect(emulator.state.issuedCount(JOHN)).toBe(2);
    expect(emulator.state.currentTap(JOHN)?.temporaryAccessPass).toBe(second.body['temporaryAccessPass']);
  });

  it('refuses guests', async () => {
    const reply = await create('jane_fabrikam.com%23EXT%23@contoso.onmicrosoft.com');
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toBe('Temporary Access Pass cannot be added to an external guest user.');
  });

  it('works for the apostrophe and $ users', async () => {
    expect((await create("o'brien@contoso.onmicrosoft.com")).status).toBe(201);
    const dollar = await call(emulator, 'POST', "/users('$adm.ops@contoso.onmicrosoft.com')/authentication/temporaryAccessPassMethods", { body: {} });
    expect(dollar.status).toBe(201);
    expect(emulator.state.issuedCount('$adm.ops@contoso.onmicrosoft.com')).toBe(1);
  });

  it('answers 404 for an unknown user', async () => {
    const reply = await create('ghost@contoso.onmicrosoft.com');
    expect(reply.status).toBe(404);
    expect(errorOf(reply).code).toBe('Request_ResourceNotFound');
  });

  it('validates the body', async () => {
    expect(errorOf(await create(JOHN, { lifetimeInMinutes: 'ten' })).message).toBe("Cannot convert the literal 'ten' to the expected type 'Edm.Int32'.");
    expect(errorOf(await create(JOHN, { startDateTime: 'tomorrow' })).message).toBe("Cannot convert the literal 'tomorrow' to the expected type 'Edm.DateTimeOffset'.");
    expect((await create(JOHN, { colour: 'blue' })).status).toBe(400);
    expect(errorOf(await create(JOHN, '{not json')).message).toMatch(/^Unable to read JSON request payload/);
    expect((await create(JOHN, { '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod', lifetimeInMinutes: 60 })).status).toBe(201);
  });

  describe('who may do it', () => {
    it('refuses a delegated admin creating a pass for themselves', async () => {
      const reply = await create('admin@contoso.onmicrosoft.com');
      expect(reply.status).toBe(403);
      expect(errorOf(reply)).toMatchObject({ code: 'accessDenied', message: 'Request Authorization failed' });
    });

    it('needs an authentication admin role for delegated calls, a privileged one for admin targets', async () => {
      const helpdesk = emulator.mintToken({ user: 'gradyarchie@contoso.onmicrosoft.com', scopes: ['UserAuthenticationMethod.ReadWrite.All'] });
      expect((await create(JOHN, {}, helpdesk)).status).toBe(201);
      expect((await create('diegosiciliani@contoso.onmicrosoft.com', {}, helpdesk)).status).toBe(403);
      expect((await create('diegosiciliani@contoso.onmicrosoft.com')).status).toBe(201);
      const noRole = emulator.mintToken({ user: 'adelevance@contoso.onmicrosoft.com', scopes: ['UserAuthenticationMethod.ReadWrite.All'] });
      expect((await create(JOHN, {}, noRole)).status).toBe(403);
    });

    it('needs the write permission; read permissions only read', async () => {
      const app = emulator.mintToken({ roles: ['UserAuthenticationMethod.ReadWrite.All'] });
      expect((await create(JOHN, {}, app)).status).toBe(201);
      const reader = emulator.mintToken({ roles: ['UserAuthenticationMethod.Read.All'] });
      const refused = await create(JOHN, {}, reader);
      expect(refused.status).toBe(403);
      // The authentication methods service refuses in its own words, not the directory's
      // (https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods).
      expect(errorOf(refused)).toMatchObject({ code: 'accessDenied', message: 'Request Authorization failed' });
      expect((await call(emulator, 'GET', tapPath(JOHN), { token: reader })).status).toBe(200);
    });
  });

  describe('reading and deleting', () => {
    it('never returns the pass on list and get', async () => {
      const created = await create(JOHN);
      const list = await call(emulator, 'GET', tapPath(JOHN));
      expect(list.body['@odata.context']).toBe(`${GRAPH}/v1.0/$metadata#users('${JOHN}')/authentication/temporaryAccessPassMethods`);
      expect(list.body.value?.[0]?.['temporaryAccessPass']).toBeNull();
      const one = await call(emulator, 'GET', `${tapPath(JOHN)}/${String(created.body['id'])}`);
      expect(one.body).toMatchObject({ id: created.body['id'], temporaryAccessPass: null, lifetimeInMinutes: 60 });
    });

    it('lists nothing for a user without a pass', async () => {
      expect((await call(emulator, 'GET', tapPath(JOHN))).body.value).toEqual([]);
    });

    it('deletes with 204, then 404', async () => {
      const id = String((await create(JOHN)).body['id']);
      const deleted = await call(emulator, 'DELETE', `${tapPath(JOHN)}/${id}`);
      expect(deleted.status).toBe(204);
      expect(deleted.text).toBe('');
      expect((await call(emulator, 'GET', tapPath(JOHN))).body.value).toEqual([]);
      expect((await call(emulator, 'DELETE', `${tapPath(JOHN)}/${id}`)).status).toBe(404);
    });

    it('reports OneTimeUsed after a sign-in and DisabledByPolicy when the policy is off', async () => {
      await create(JOHN, { isUsableOnce: true });
      await call(emulator, 'POST', `/_emulator/users/${JOHN}/tap/use`, { token: null });
      expect((await call(emulator, 'GET', tapPath(JOHN))).body.value?.[0]).toMatchObject({ isUsable: false, methodUsabilityReason: 'OneTimeUsed' });
      await create(JOHN);
      emulator.state.setPolicy({ state: 'disabled' });
      expect((await call(emulator, 'GET', tapPath(JOHN))).body.value?.[0]).toMatchObject({ isUsable: false, methodUsabilityReason: 'DisabledByPolicy' });
    });
  });
});
