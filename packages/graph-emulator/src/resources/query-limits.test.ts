import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOHN_DOE_ID } from '../directory/roles.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { call, errorOf, type GraphReply } from '../testing/graph.test-helper.js';

const EVENTUAL = { ConsistencyLevel: 'eventual' };
const upn = (name: string) => `${name}@contoso.onmicrosoft.com`;
const upns = (reply: GraphReply): string[] =>
  (reply.body.value ?? []).map((u) => String(u['userPrincipalName']).split('@')[0] ?? '');

describe('query limits and options, as Graph answers them', () => {
  let emulator: Emulator;
  let big: Emulator;
  const get = (path: string, headers: Record<string, string> = {}) =>
    call(emulator, 'GET', path, { headers });
  beforeAll(async () => {
    [emulator, big] = await Promise.all([startEmulator(), startEmulator({ users: 300 })]);
  });
  afterAll(() => Promise.all([emulator.close(), big.close()]));

  // https://learn.microsoft.com/graph/filter-query-parameter: "The maximum number of expressions in
  // a filter clause when using the in operator is 15 items by default"; more needs advanced queries.
  describe('at most 15 or-clauses or in-values without advanced query parameters', () => {
    const names = Array.from({ length: 16 }, (_, i) => `'user${i}@contoso.onmicrosoft.com'`);
    const message = (count: number) =>
      `Too many child clauses specified in search filter expression containing 'OR' operators: ${count}. Max allowed: 15.`;

    it('accepts 15 values, refuses 16 with Graph message', async () => {
      expect(
        (await get(`/users?$filter=userPrincipalName in (${names.slice(0, 15).join(',')})`)).status,
      ).toBe(200);
      const reply = await get(`/users?$filter=userPrincipalName in (${names.join(',')})`);
      expect(reply.status).toBe(400);
      expect(errorOf(reply)).toMatchObject({ code: 'Request_UnsupportedQuery', message: message(16) });
    });

    it('counts or-clauses the same way, an in list counting each of its values', async () => {
      const clauses = names.map((name) => `userPrincipalName eq ${name}`);
      expect(errorOf(await get(`/users?$filter=${clauses.join(' or ')}`)).message).toBe(message(16));
      expect(
        errorOf(
          await get(
            `/users?$filter=${clauses.slice(0, 10).join(' or ')} or userPrincipalName in (${names.slice(0, 8).join(',')})`,
          ),
        ).message,
      ).toBe(message(18));
      expect((await get(`/users?$filter=${clauses.slice(0, 15).join(' or ')}`)).status).toBe(200);
    });

    it('allows more with ConsistencyLevel: eventual and $count=true', async () => {
      const list = [...names, `'${upn('johndoe')}'`].join(',');
      const reply = await get(`/users?$filter=userPrincipalName in (${list})&$count=true`, EVENTUAL);
      expect(reply.status).toBe(200);
      expect(upns(reply)).toEqual(['johndoe']);
    });
  });

  // https://learn.microsoft.com/graph/aad-advanced-queries: the default index keeps values up to 120
  // characters; longer ones are only in the advanced store, and Graph answers the generic refusal.
  it('refuses an eq value over 120 characters unless the query is advanced', async () => {
    const long = 'a'.repeat(121);
    const reply = await get(`/users?$filter=displayName eq '${long}'`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({
      code: 'Request_UnsupportedQuery',
      message:
        "Unsupported or invalid query filter clause specified for property 'displayName' of resource 'User'.",
    });
    expect((await get(`/users?$filter=startswith(displayName,'${long}')`)).status).toBe(400);
    expect((await get(`/users?$filter=displayName eq '${'a'.repeat(120)}'`)).status).toBe(200);
    expect((await get(`/users?$filter=displayName eq '${long}'&$count=true`, EVENTUAL)).status).toBe(200);
  });

  // https://learn.microsoft.com/graph/query-parameters: a $filter is an OData expression, and OData
  // bounds how deeply one nests; a filter nested thousands deep is a bad request, not a crash.
  it('answers 400 to a filter nested thousands deep, directly and inside $batch', async () => {
    const deep = `${'('.repeat(3000)}accountEnabled eq true${')'.repeat(3000)}`;
    const reply = await get(`/users?$filter=${deep}`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({
      code: 'BadRequest',
      message: 'Invalid filter clause: The recursion limit has been exceeded.',
    });
    const nots = await get(
      `/users?$filter=${'not '.repeat(1000)}accountEnabled eq true&$count=true`,
      EVENTUAL,
    );
    expect(nots.status).toBe(400);
    const search = await get(
      `/users?$search=${'('.repeat(3000)}"displayName:john"${')'.repeat(3000)}`,
      EVENTUAL,
    );
    expect(search.status).toBe(400);
    const batch = await call(emulator, 'POST', '/$batch', {
      body: {
        requests: [
          {
            id: '1',
            method: 'GET',
            url: `/users?$filter=${'('.repeat(20_000)}accountEnabled eq true${')'.repeat(20_000)}`,
          },
        ],
      },
    });
    expect(batch.status).toBe(200);
    expect((batch.body['responses'] as { status: number }[])[0]?.status).toBe(400);
    expect((await get('/users?$filter=((accountEnabled eq false))')).status).toBe(200);
  });

  // https://learn.microsoft.com/graph/paging: @odata.count comes with the first page only.
  it('puts @odata.count on the first page only', async () => {
    const first = await call(big, 'GET', '/users?$count=true&$top=100&$select=id', { headers: EVENTUAL });
    expect(first.body['@odata.count']).toBe(big.state.userCount());
    const second = await call(big, 'GET', String(first.body['@odata.nextLink']), { headers: EVENTUAL });
    expect(second.status).toBe(200);
    expect(second.body['@odata.count']).toBeUndefined();
    expect(second.body.value).toHaveLength(100);
  });

  // https://learn.microsoft.com/graph/aad-advanced-queries: ConsistencyLevel may be sent as a query
  // parameter as well as a header.
  it('takes ConsistencyLevel=eventual as a query parameter like the header', async () => {
    const reply = await get('/users?$search="displayName:john"&$count=true&ConsistencyLevel=eventual');
    expect(reply.status).toBe(200);
    expect(upns(reply)).toEqual(['johndoe']);
    expect(reply.body['@odata.count']).toBe(1);
    expect(await get("/users/$count?$filter=department eq 'Legal'&consistencylevel=eventual")).toMatchObject({
      status: 200,
      text: '1',
    });
    const advanced = await get(
      "/users?$filter=endswith(mail,'@contoso.onmicrosoft.com')&$count=true&ConsistencyLevel=eventual&$top=1",
    );
    expect(advanced.status).toBe(200);
    expect(String(advanced.body['@odata.nextLink'])).toContain('ConsistencyLevel=eventual');
  });

  // https://learn.microsoft.com/graph/api/user-list: "Certain properties cannot be returned within a
  // user collection ... returns a 501 Not Implemented error code"; every other property of
  // https://learn.microsoft.com/graph/api/resources/user can be selected.
  describe('$select on users', () => {
    it.each([
      'aboutMe',
      'birthday',
      'hireDate',
      'interests',
      'mySite',
      'pastProjects',
      'preferredName',
      'responsibilities',
      'schools',
      'skills',
      'mailboxSettings',
    ])('answers 501 for %s on a list, and the value on one user', async (property) => {
      const list = await get(`/users?$select=id,${property}`);
      expect(list.status).toBe(501);
      expect(errorOf(list)).toMatchObject({
        code: 'NotImplemented',
        message: 'This operation target is not yet supported.',
      });
      const one = await get(`/users/${JOHN_DOE_ID}?$select=${property}`);
      expect(one.status).toBe(200);
      expect(Object.keys(one.body)).toContain(property);
    });

    it('accepts every other v1.0 property, unknown data as null or []', async () => {
      const reply = await get(
        `/users/${upn('johndoe')}?$select=ageGroup,assignedLicenses,employeeHireDate,identities,onPremisesSyncEnabled,proxyAddresses,securityIdentifier,signInActivity,streetAddress`,
      );
      expect(reply.body).toMatchObject({
        ageGroup: null,
        assignedLicenses: [],
        employeeHireDate: null,
        identities: [
          {
            signInType: 'userPrincipalName',
            issuer: 'contoso.onmicrosoft.com',
            issuerAssignedId: upn('johndoe'),
          },
        ],
        onPremisesSyncEnabled: null,
        proxyAddresses: [`SMTP:${upn('johndoe')}`],
        securityIdentifier: expect.stringMatching(/^S-1-12-1-\d+-\d+-\d+-\d+$/) as unknown,
        signInActivity: null,
        streetAddress: null,
      });
      const list = await get('/users?$select=displayName,faxNumber,imAddresses&$top=2');
      expect(list.status).toBe(200);
      expect(list.body.value?.[0]).toEqual({
        displayName: expect.any(String) as unknown,
        faxNumber: null,
        imAddresses: [],
      });
      expect(errorOf(await get('/users?$select=colour')).message).toBe(
        "Could not find a property named 'colour' on type 'microsoft.graph.user'.",
      );
    });

    it('filters on collections through any()', async () => {
      const reply = await get("/users?$filter=otherMails/any(m:m eq 'jane@fabrikam.com')");
      expect(upns(reply)).toEqual(['jane_fabrikam.com#EXT#']);
      expect(upns(await get("/users?$filter=proxyAddresses/any(p:startswith(p,'SMTP:johndoe'))"))).toEqual([
        'johndoe',
      ]);
    });
  });

  // https://learn.microsoft.com/graph/api/user-delta: "The only supported $filter expression is for
  // tracking changes on a specific object: $filter=id+eq+{value} ... There is a limit of 50 filtered
  // objects."
  describe('delta $filter', () => {
    it('tracks given objects by id, and only those', async () => {
      const tracked = [JOHN_DOE_ID, emulator.state.findUser(upn('adelevance'))?.id ?? ''];
      const first = await get(
        `/users/delta?$select=displayName&$filter=${tracked.map((id) => `id eq '${id}'`).join(' or ')}`,
      );
      expect(first.status).toBe(200);
      expect(first.body.value).toEqual([
        { displayName: 'John Doe', id: JOHN_DOE_ID },
        { displayName: 'Adele Vance', id: tracked[1] },
      ]);
      emulator.state.updateUser(upn('johndoe'), { displayName: 'John Q. Doe' });
      emulator.state.updateUser(upn('lynnerobbins'), { displayName: 'Lynne R.' });
      const changes = await call(emulator, 'GET', String(first.body['@odata.deltaLink']));
      expect(changes.body.value).toEqual([{ displayName: 'John Q. Doe', id: JOHN_DOE_ID }]);
    });

    it('refuses other filters and more than 50 ids', async () => {
      expect(errorOf(await get("/users/delta?$filter=department eq 'Sales'")).code).toBe(
        'Request_UnsupportedQuery',
      );
      expect((await get(`/users/delta?$filter=id in ('${JOHN_DOE_ID}')`)).status).toBe(400);
      const ids = Array.from(
        { length: 51 },
        (_, i) => `id eq '00000000-0000-4000-8000-${String(i).padStart(12, '0')}'`,
      );
      expect((await get(`/users/delta?$filter=${ids.join(' or ')}`)).status).toBe(400);
      expect((await get(`/users/delta?$filter=${ids.slice(0, 50).join(' or ')}`)).status).toBe(200);
    });

    it('refuses a list-only-unsupported property with 501 there too', async () => {
      expect((await get('/users/delta?$select=aboutMe')).status).toBe(501);
    });
  });
});
