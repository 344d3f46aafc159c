import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { JOHN_DOE_ID } from '../directory/roles.js';
import { call, errorOf } from '../testing/graph.test-helper.js';

const GRAPH = 'https://graph.microsoft.com';

const DEFAULT_SET = ['@odata.context', 'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];

describe('GET /users/{id | userPrincipalName}', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it('returns exactly the default property set, in Graph order, with @odata.context', async () => {
    const reply = await call(emulator, 'GET', `/users/${JOHN_DOE_ID}`);
    expect(Object.keys(reply.body)).toEqual(DEFAULT_SET);
    expect(reply.body['@odata.context']).toBe(`${GRAPH}/v1.0/$metadata#users/$entity`);
    expect(reply.body['displayName']).toBe('John Doe');
  });

  it('finds the same user by UPN, case-insensitively', async () => {
    const reply = await call(emulator, 'GET', '/users/JohnDoe@Contoso.onmicrosoft.com');
    expect(reply.body['id']).toBe(JOHN_DOE_ID);
  });

  it('honours $select, including non-default properties, in the context URL too', async () => {
    const reply = await call(emulator, 'GET', `/users/${JOHN_DOE_ID}?$select=displayName,department,accountEnabled`);
    expect(Object.keys(reply.body)).toEqual(['@odata.context', 'displayName', 'department', 'accountEnabled']);
    expect(reply.body['@odata.context']).toBe(`${GRAPH}/v1.0/$metadata#users(displayName,department,accountEnabled)/$entity`);
    expect(reply.body['department']).toBe('Sales');
  });

  it('refuses an unknown $select property', async () => {
    const reply = await call(emulator, 'GET', `/users/${JOHN_DOE_ID}?$select=shoeSize`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toBe("Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.");
  });

  it('answers 404 Request_ResourceNotFound with Graph message for an unknown user', async () => {
    const reply = await call(emulator, 'GET', '/users/nobody@contoso.onmicrosoft.com');
    expect(reply.status).toBe(404);
    expect(errorOf(reply)).toMatchObject({ code: 'Request_ResourceNotFound', message: "Resource 'nobody@contoso.onmicrosoft.com' does not exist or one of its queried reference-property objects are not present." });
  });

  describe('encoding', () => {
    it('finds a guest UPN when # is sent as %23', async () => {
      const reply = await call(emulator, 'GET', '/users/jane_fabrikam.com%23EXT%23@contoso.onmicrosoft.com?$select=userPrincipalName,userType');
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ userPrincipalName: 'jane_fabrikam.com#EXT#@contoso.onmicrosoft.com', userType: 'Guest' });
    });

    it('misses the guest when # is sent raw (the client cuts the URL at the fragment)', async () => {
      const reply = await call(emulator, 'GET', '/users/jane_fabrikam.com#EXT#@contoso.onmicrosoft.com');
      expect(reply.status).toBe(404);
      expect(errorOf(reply).message).toContain("'jane_fabrikam.com'");
    });

    it("finds the apostrophe UPN raw and percent-encoded", async () => {
      for (const path of ["/users/o'brien@contoso.onmicrosoft.com", '/users/o%27brien@contoso.onmicrosoft.com']) {
        const reply = await call(emulator, 'GET', path);
        expect(reply.body['displayName']).toBe("Conor O'Brien");
      }
    });

    it("finds the apostrophe UPN in the key form with the quote doubled", async () => {
      const reply = await call(emulator, 'GET', "/users('o''brien@contoso.onmicrosoft.com')");
      expect(reply.body['surname']).toBe("O'Brien");
    });

    it('finds a UPN starting with $ only through the key form', async () => {
      const keyed = await call(emulator, 'GET', "/users('$adm.ops@contoso.onmicrosoft.com')");
      expect(keyed.status).toBe(200);
      expect(keyed.body['userPrincipalName']).toBe('$adm.ops@contoso.onmicrosoft.com');
      const encoded = await call(emulator, 'GET', "/users('%24adm.ops%40contoso.onmicrosoft.com')");
      expect(encoded.body['userPrincipalName']).toBe('$adm.ops@contoso.onmicrosoft.com');
      const bare = await call(emulator, 'GET', '/users/$adm.ops@contoso.onmicrosoft.com');
      expect(bare.status).toBe(400);
      expect(errorOf(bare).message).toBe("Resource not found for the segment '$adm.ops@contoso.onmicrosoft.com'.");
    });

    it('addresses a user by id in the key form too', async () => {
      const reply = await call(emulator, 'GET', `/users('${JOHN_DOE_ID}')`);
      expect(reply.body['id']).toBe(JOHN_DOE_ID);
    });
  });

  it('serves /me for a delegated token and refuses it for an application token', async () => {
    const me = await call(emulator, 'GET', '/me', { token: emulator.mintToken({ user: 'johndoe@contoso.onmicrosoft.com', scopes: ['User.Read'] }) });
    expect(me.body['id']).toBe(JOHN_DOE_ID);
    const app = await call(emulator, 'GET', '/me', { token: emulator.mintToken({ roles: ['User.Read.All'] }) });
    expect(app.status).toBe(400);
    expect(errorOf(app).message).toBe('/me request is only valid with delegated authentication flow.');
  });

  it('lets User.Read read only the signed-in user', async () => {
    const token = emulator.mintToken({ user: 'johndoe@contoso.onmicrosoft.com', scopes: ['User.Read'] });
    expect((await call(emulator, 'GET', `/users/${JOHN_DOE_ID}`, { token })).status).toBe(200);
    const other = await call(emulator, 'GET', '/users/adelevance@contoso.onmicrosoft.com', { token });
    expect(other.status).toBe(403);
    expect(errorOf(other)).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
  });

  it('answers unknown segments and methods like Graph', async () => {
    const segment = await call(emulator, 'GET', `/users/${JOHN_DOE_ID}/photos`);
    expect(segment.status).toBe(400);
    expect(errorOf(segment).message).toBe("Resource not found for the segment 'photos'.");
    const method = await call(emulator, 'DELETE', `/users/${JOHN_DOE_ID}`);
    expect(method.status).toBe(405);
    expect(errorOf(method).message).toBe('Specified HTTP method is not allowed for the request target.');
  });
});
