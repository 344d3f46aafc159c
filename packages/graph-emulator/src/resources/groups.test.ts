import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS } from '../directory/roles.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { call, errorOf, type GraphReply } from '../testing/graph.test-helper.js';

const EVENTUAL = { ConsistencyLevel: 'eventual' };
const NEW_HIRES = DEMO_GROUPS.newHires;
const upn = (name: string) => `${name}@contoso.onmicrosoft.com`;

const names = (reply: GraphReply): string[] =>
  (reply.body.value ?? []).map((item) => String(item['displayName']));
const locals = (reply: GraphReply): string[] =>
  (reply.body.value ?? []).map(
    (item) => String(item['userPrincipalName'] ?? item['displayName']).split('@')[0] ?? '',
  );

async function all(
  emulator: Emulator,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next !== undefined) {
    const reply = await call(emulator, 'GET', next, { headers });
    expect(reply.status).toBe(200);
    items.push(...(reply.body.value ?? []));
    next = reply.body['@odata.nextLink'] as string | undefined;
    pages++;
  }
  return { items, pages };
}

describe('groups (https://learn.microsoft.com/graph/api/group-list)', () => {
  let emulator: Emulator;
  let big: Emulator;
  const get = (path: string, headers: Record<string, string> = {}, token?: string) =>
    call(emulator, 'GET', path, { headers, ...(token === undefined ? {} : { token }) });
  beforeAll(async () => {
    [emulator, big] = await Promise.all([startEmulator(), startEmulator({ users: 600 })]);
  });
  afterAll(() => Promise.all([emulator.close(), big.close()]));

  describe('GET /groups', () => {
    it('lists the demo groups with the default property set', async () => {
      const reply = await get('/groups');
      expect(reply.status).toBe(200);
      expect(String(reply.body['@odata.context'])).toMatch(/\/v1\.0\/\$metadata#groups$/);
      expect(names(reply)).toEqual(
        expect.arrayContaining([
          'New Hires',
          'New Hires - Engineering',
          'TAP Pilot',
          'Contoso Marketing',
          'Sales Team',
        ]),
      );
      const newHires = reply.body.value?.find((group) => group['id'] === NEW_HIRES);
      expect(Object.keys(newHires ?? {}).slice(0, 4)).toEqual([
        'id',
        'deletedDateTime',
        'classification',
        'createdDateTime',
      ]);
      expect(newHires).toMatchObject({
        displayName: 'New Hires',
        securityEnabled: true,
        mailEnabled: false,
        mail: null,
        groupTypes: [],
        mailNickname: 'newhires',
      });
    });

    it('has a security group, a Microsoft 365 group, a mail-enabled security group, a distribution list and dynamic groups', async () => {
      const byName = new Map(
        (await get('/groups')).body.value?.map((group) => [group['displayName'], group]),
      );
      expect(byName.get('Contoso Marketing')).toMatchObject({
        groupTypes: ['Unified'],
        mailEnabled: true,
        securityEnabled: false,
        visibility: 'Public',
        mail: 'marketing@contoso.onmicrosoft.com',
      });
      expect(byName.get('Help Desk')).toMatchObject({
        mailEnabled: true,
        securityEnabled: true,
        groupTypes: [],
      });
      expect(byName.get('Contoso Announcements')).toMatchObject({
        mailEnabled: true,
        securityEnabled: false,
        groupTypes: [],
      });
      expect(byName.get('Sales Team')).toMatchObject({
        groupTypes: ['DynamicMembership'],
        membershipRule: '(user.department -eq "Sales")',
        membershipRuleProcessingState: 'On',
      });
      expect(byName.get('IT Admins')).toMatchObject({ isAssignableToRole: true });
    });

    it('filters with eq, startsWith, in, any() on groupTypes and booleans', async () => {
      expect(names(await get("/groups?$filter=displayName eq 'New Hires'"))).toEqual(['New Hires']);
      expect(names(await get("/groups?$filter=startswith(displayName,'new hires')"))).toEqual([
        'New Hires',
        'New Hires - Engineering',
      ]);
      expect(names(await get("/groups?$filter=groupTypes/any(c:c eq 'Unified')"))).toEqual([
        'Contoso Marketing',
        'Project Falcon',
      ]);
      expect(names(await get('/groups?$filter=mailEnabled eq true and securityEnabled eq true'))).toEqual([
        'Help Desk',
      ]);
      expect(names(await get("/groups?$filter=mail eq 'marketing@contoso.onmicrosoft.com'"))).toEqual([
        'Contoso Marketing',
      ]);
      expect(names(await get("/groups?$filter=mailNickname in ('finance','legal')"))).toEqual([
        'Finance Team',
        'Legal & Compliance',
      ]);
    });

    it('refuses all(), an unknown property and not without advanced parameters, with Graph errors', async () => {
      const lambdaAll = await get("/groups?$filter=groupTypes/all(c:c eq 'Unified')");
      expect(lambdaAll.status).toBe(400);
      expect(errorOf(lambdaAll)).toMatchObject({
        code: 'Request_UnsupportedQuery',
        message:
          "Unsupported or invalid query filter clause specified for property 'groupTypes' of resource 'Group'.",
      });
      expect(errorOf(await get("/groups?$filter=colour eq 'blue'"))).toMatchObject({
        code: 'BadRequest',
        message: "Could not find a property named 'colour' on type 'microsoft.graph.group'.",
      });
      expect((await get("/groups?$filter=not groupTypes/any(c:c eq 'Unified')")).status).toBe(400);
      const advanced = await get(
        "/groups?$filter=not groupTypes/any(c:c eq 'Unified')&$count=true",
        EVENTUAL,
      );
      expect(advanced.status).toBe(200);
      expect(names(advanced)).not.toContain('Contoso Marketing');
    });

    it('pages with $top and nextLink, counts only on the first page, and orders by displayName', async () => {
      const first = await get(
        '/groups?$top=5&$count=true&$orderby=displayName&$select=id,displayName',
        EVENTUAL,
      );
      expect(first.body['@odata.count']).toBe(14);
      expect(String(first.body['@odata.context'])).toMatch(/#groups\(id,displayName\)$/);
      const { items, pages } = await all(
        emulator,
        '/groups?$top=5&$count=true&$orderby=displayName&$select=id,displayName',
        EVENTUAL,
      );
      expect(pages).toBe(3);
      const sorted = items.map((group) => String(group['displayName']));
      expect(sorted).toEqual([...sorted].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
      expect(Object.keys(items[0] ?? {})).toEqual(['id', 'displayName']);
      const second = await call(emulator, 'GET', String(first.body['@odata.nextLink']), {
        headers: EVENTUAL,
      });
      expect(second.body['@odata.count']).toBeUndefined();
    });

    it('answers $search with ConsistencyLevel: eventual, tokenizing displayName and description', async () => {
      const refused = await get('/groups?$search="displayName:hires"');
      expect(errorOf(refused)).toMatchObject({
        code: 'Request_UnsupportedQuery',
        message:
          "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      });
      expect(names(await get('/groups?$search="displayName:hires"', EVENTUAL))).toEqual([
        'New Hires',
        'New Hires - Engineering',
      ]);
      expect(
        names(await get('/groups?$search="description:dynamic" AND "displayName:sales"', EVENTUAL)),
      ).toEqual(['Sales Team']);
      expect(names(await get('/groups?$search="mail:market" OR "displayName:falcon"', EVENTUAL))).toEqual([
        'Contoso Marketing',
        'Project Falcon',
      ]);
      expect(await get('/groups/$count', EVENTUAL)).toMatchObject({ status: 200, text: '14' });
    });

    it('gets one group by id; refuses a name and an unknown id as Graph does', async () => {
      const reply = await get(`/groups/${NEW_HIRES}?$select=displayName,description`);
      expect(reply.body).toEqual({
        '@odata.context': expect.stringMatching(/#groups\(displayName,description\)\/\$entity$/) as unknown,
        displayName: 'New Hires',
        description: 'People who joined Contoso this quarter',
      });
      expect((await get(`/groups('${NEW_HIRES}')`)).body['displayName']).toBe('New Hires');
      expect(errorOf(await get('/groups/New%20Hires'))).toMatchObject({
        code: 'Request_BadRequest',
        message: "Invalid object identifier 'New Hires'.",
      });
      const unknown = await get('/groups/00000000-0000-4000-8000-000000000000');
      expect(unknown.status).toBe(404);
      expect(errorOf(unknown).code).toBe('Request_ResourceNotFound');
    });
  });

  describe('members (https://learn.microsoft.com/graph/api/group-list-members)', () => {
    it('lists direct members, users and the nested group, each with its @odata.type', async () => {
      const reply = await get(`/groups/${NEW_HIRES}/members`);
      expect(String(reply.body['@odata.context'])).toMatch(/#directoryObjects$/);
      expect(locals(reply)).toEqual([
        'lucasmartin',
        'laurachen',
        'amaraokafor',
        'hiroshitanaka',
        'danielokoro',
        'New Hires - Engineering',
      ]);
      expect(reply.body.value?.[0]).toMatchObject({
        '@odata.type': '#microsoft.graph.user',
        userPrincipalName: upn('lucasmartin'),
        businessPhones: expect.any(Array) as unknown,
      });
      expect(reply.body.value?.[5]).toMatchObject({
        '@odata.type': '#microsoft.graph.group',
        displayName: 'New Hires - Engineering',
        securityEnabled: true,
      });
    });

    it('applies $select per type and pages with $top', async () => {
      const { items, pages } = await all(
        emulator,
        `/groups/${NEW_HIRES}/members?$select=id,displayName,userPrincipalName&$top=2`,
      );
      expect(pages).toBe(3);
      expect(items).toHaveLength(6);
      expect(Object.keys(items[0] ?? {})).toEqual(['@odata.type', 'id', 'displayName', 'userPrincipalName']);
      expect(Object.keys(items[5] ?? {})).toEqual(['@odata.type', 'id', 'displayName']);
    });

    it('lists transitive members once each, nested groups included', async () => {
      const onboarding = (await get("/groups?$filter=displayName eq 'Onboarding Program'")).body.value?.[0]?.[
        'id'
      ];
      const reply = await get(`/groups/${String(onboarding)}/transitiveMembers?$select=displayName`);
      expect(names(reply)).toEqual([
        'Lucas Martin',
        'Laura Chen',
        'Miriam Graham',
        'Debra Berger',
        'Amara Okafor',
        'Priya Raman',
        'Hiroshi Tanaka',
        'Mateo Rossi',
        'Sven Lindqvist',
        'Daniel Okoro',
        'New Hires',
        'New Hires - Engineering',
      ]);
      expect((await get(`/groups/${NEW_HIRES}/transitiveMembers/$count`, EVENTUAL)).text).toBe('9');
    });

    it('casts to users only with ConsistencyLevel: eventual and $count=true, as the docs require', async () => {
      const refused = await get(`/groups/${NEW_HIRES}/members/microsoft.graph.user`);
      expect(refused.status).toBe(400);
      expect(errorOf(refused).code).toBe('Request_UnsupportedQuery');
      const reply = await get(
        `/groups/${NEW_HIRES}/transitiveMembers/microsoft.graph.user?$count=true&$select=id,userPrincipalName&$top=4`,
        EVENTUAL,
      );
      expect(reply.status).toBe(200);
      expect(String(reply.body['@odata.context'])).toMatch(/#users\(id,userPrincipalName\)$/);
      expect(reply.body['@odata.count']).toBe(8);
      expect(reply.body.value?.[0]).toEqual({
        id: expect.any(String) as unknown,
        userPrincipalName: upn('lucasmartin'),
      });
      expect((await get(`/groups/${NEW_HIRES}/members/microsoft.graph.group/$count`, EVENTUAL)).text).toBe(
        '1',
      );
    });

    it('has a guest member in a Microsoft 365 group', async () => {
      const marketing = (await get("/groups?$filter=mailNickname eq 'marketing'")).body.value?.[0]?.['id'];
      const reply = await get(`/groups/${String(marketing)}/members?$select=userPrincipalName,userType`);
      expect(reply.body.value).toContainEqual({
        '@odata.type': '#microsoft.graph.user',
        userPrincipalName: 'jane_fabrikam.com#EXT#@contoso.onmicrosoft.com',
        userType: 'Guest',
      });
    });

    it('needs $count and ConsistencyLevel for $filter, $search and $orderby on members', async () => {
      expect((await get(`/groups/${NEW_HIRES}/members?$filter=startswith(displayName,'L')`)).status).toBe(
        400,
      );
      const filtered = await get(
        `/groups/${NEW_HIRES}/members?$filter=startswith(displayName,'L')&$count=true`,
        EVENTUAL,
      );
      expect(locals(filtered)).toEqual(['lucasmartin', 'laurachen']);
      const searched = await get(
        `/groups/${NEW_HIRES}/members?$search="displayName:okoro"&$count=true`,
        EVENTUAL,
      );
      expect(locals(searched)).toEqual(['danielokoro']);
    });

    it('pages a dynamic group over synthetic users', async () => {
      const sales = (await call(big, 'GET', "/groups?$filter=displayName eq 'Sales Team'")).body.value?.[0]?.[
        'id'
      ];
      const { items, pages } = await all(big, `/groups/${String(sales)}/members?$select=department&$top=20`);
      expect(items.length).toBeGreaterThan(60);
      expect(pages).toBe(Math.ceil(items.length / 20));
      expect(items.every((item) => item['department'] === 'Sales')).toBe(true);
    });

    it('follows membership changes made through the test routes; dynamic groups refuse them', async () => {
      expect(
        (
          await call(emulator, 'POST', `/_emulator/groups/${NEW_HIRES}/members`, {
            body: { id: upn('johndoe') },
          })
        ).status,
      ).toBe(204);
      expect(locals(await get(`/groups/${NEW_HIRES}/members`))).toContain('johndoe');
      expect(
        (await call(emulator, 'DELETE', `/_emulator/groups/${NEW_HIRES}/members/${upn('johndoe')}`)).status,
      ).toBe(204);
      expect(locals(await get(`/groups/${NEW_HIRES}/members`))).not.toContain('johndoe');
      const sales = (await get("/groups?$filter=displayName eq 'Sales Team'")).body.value?.[0]?.['id'];
      expect(
        (
          await call(emulator, 'POST', `/_emulator/groups/${String(sales)}/members`, {
            body: { id: upn('johndoe') },
          })
        ).status,
      ).toBe(400);
    });
  });

  describe('memberOf (https://learn.microsoft.com/graph/api/user-list-memberof)', () => {
    it("lists a user's groups, directly and transitively", async () => {
      expect(names(await get(`/users/${upn('mateorossi')}/memberOf`))).toEqual([
        'New Hires - Engineering',
        'Engineering Department',
      ]);
      expect(names(await get(`/users/${upn('mateorossi')}/transitiveMemberOf`))).toEqual([
        'New Hires',
        'New Hires - Engineering',
        'Onboarding Program',
        'Engineering Department',
      ]);
      expect((await get(`/users/${upn('mateorossi')}/memberOf`)).body.value?.[0]?.['@odata.type']).toBe(
        '#microsoft.graph.group',
      );
      expect(names(await get('/me/memberOf?$select=displayName'))).toEqual(['TAP Pilot', 'IT Admins']);
    });
  });

  describe('permissions', () => {
    it('refuses a token without a group permission with the directory 403', async () => {
      const token = emulator.mintToken({ scopes: ['User.Read'] });
      const reply = await get('/groups', {}, token);
      expect(reply.status).toBe(403);
      expect(errorOf(reply)).toMatchObject({
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      });
    });

    it.each(['Group.Read.All', 'GroupMember.Read.All', 'Directory.Read.All'])(
      'accepts %s',
      async (permission) => {
        expect((await get('/groups', {}, emulator.mintToken({ roles: [permission] }))).status).toBe(200);
        expect(
          (await get(`/groups/${NEW_HIRES}/members`, {}, emulator.mintToken({ scopes: [permission] })))
            .status,
        ).toBe(200);
      },
    );

    it('returns only type and id for members the token may not read', async () => {
      const reply = await get(
        `/groups/${NEW_HIRES}/members`,
        {},
        emulator.mintToken({ roles: ['GroupMember.Read.All'] }),
      );
      expect(reply.body.value?.[0]).toEqual({
        '@odata.type': '#microsoft.graph.user',
        id: expect.any(String) as unknown,
      });
      expect(reply.body.value?.[5]).toMatchObject({
        '@odata.type': '#microsoft.graph.group',
        displayName: 'New Hires - Engineering',
      });
    });
  });

  describe('policy targets', () => {
    it('counts nested membership when the TAP policy targets a group', async () => {
      emulator.state.setPolicy({ includeTargets: [{ targetType: 'group', id: NEW_HIRES }] });
      try {
        const path = (user: string) => `/users/${upn(user)}/authentication/temporaryAccessPassMethods`;
        expect((await call(emulator, 'POST', path('mateorossi'), { body: {} })).status).toBe(201);
        expect((await call(emulator, 'POST', path('johndoe'), { body: {} })).status).toBe(400);
      } finally {
        emulator.state.setPolicy({ includeTargets: [{ targetType: 'group', id: 'all_users' }] });
      }
    });
  });
});
