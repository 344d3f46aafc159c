import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { call, errorOf, type GraphReply } from '../testing/graph.test-helper.js';

const GRAPH = 'https://graph.microsoft.com';

const EVENTUAL = { ConsistencyLevel: 'eventual' };
const DOCS = 'Refer to https://aka.ms/graph-docs/advanced-queries for more information';

function upns(reply: GraphReply): string[] {
  return (reply.body.value ?? []).map((u) => String(u['userPrincipalName']).split('@')[0] ?? '');
}

describe('GET /users', () => {
  /** The demo tenant alone, for assertions on its users. */
  let emulator: Emulator;
  /** The demo tenant plus 1,234 synthetic users, for paging. */
  let big: Emulator;
  const get = (path: string, headers: Record<string, string> = {}) => call(emulator, 'GET', path, { headers });
  const getBig = (path: string, headers: Record<string, string> = {}) => call(big, 'GET', path, { headers });
  beforeAll(async () => {
    [emulator, big] = await Promise.all([startEmulator(), startEmulator({ users: 1234 })]);
  });
  afterAll(() => Promise.all([emulator.close(), big.close()]));

  it('returns a page of 100 with the default properties, @odata.context and a nextLink', async () => {
    const reply = await getBig('/users');
    expect(reply.body['@odata.context']).toBe(`${GRAPH}/v1.0/$metadata#users`);
    expect(reply.body.value).toHaveLength(100);
    expect(Object.keys(reply.body.value?.[0] ?? {})).toContain('businessPhones');
    expect(reply.body['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?\$skiptoken=/);
    expect(reply.body['@odata.count']).toBeUndefined();
  });

  it.each([1, 13, 100, 999])('pages to the end with $top=%i, every user exactly once', async (top) => {
    const seen = new Set<string>();
    let next: string | undefined = `/users?$top=${top}&$select=id`;
    let pages = 0;
    while (next !== undefined) {
      const reply = await getBig(next);
      expect(reply.status).toBe(200);
      const value = reply.body.value ?? [];
      expect(value.length).toBeLessThanOrEqual(top);
      for (const user of value) seen.add(String(user['id']));
      next = reply.body['@odata.nextLink'] as string | undefined;
      pages++;
      if (top === 1 && pages > 3) break;
    }
    if (top !== 1) {
      expect(seen.size).toBe(big.state.userCount());
      expect(pages).toBe(Math.ceil(big.state.userCount() / top));
    } else {
      expect(seen.size).toBe(4);
    }
  });

  it('refuses $top outside 1..999 with Graph message', async () => {
    for (const top of ['0', '1000', 'ten']) {
      const reply = await get(`/users?$top=${top}`);
      expect(reply.status).toBe(400);
      expect(errorOf(reply)).toEqual(expect.objectContaining({ code: 'Request_UnsupportedQuery', message: `Invalid page size specified: '${top}'. Must be between 1 and 999 inclusive.` }));
    }
  });

  it('refuses a skiptoken that belongs to another query', async () => {
    const first = await get("/users?$filter=department eq 'Sales'&$top=2");
    const token = new URL(String(first.body['@odata.nextLink'])).searchParams.get('$skiptoken') ?? '';
    const reply = await get(`/users?$filter=department eq 'HR'&$skiptoken=${token}`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe('Request_BadRequest');
  });

  it('filters with eq, startswith, in, and, or on the demo users', async () => {
    expect(upns(await get("/users?$filter=department eq 'Legal'"))).toEqual(['tanyapope']);
    expect(upns(await get("/users?$filter=startswith(displayName,'Conor')"))).toEqual(["o'brien"]);
    expect(upns(await get("/users?$filter=userPrincipalName in ('johndoe@contoso.onmicrosoft.com','leegu@contoso.onmicrosoft.com')"))).toEqual(['johndoe', 'leegu']);
    expect(upns(await get("/users?$filter=accountEnabled eq false and department eq 'IT'"))).toEqual(['leegu']);
    expect(upns(await get("/users?$filter=userType eq 'Guest'"))).toEqual(['jane_fabrikam.com#EXT#', 'carlos_tailspintoys.com#EXT#']);
  });

  it("filters on the apostrophe with '' and on a guest UPN with %23", async () => {
    expect(upns(await get("/users?$filter=surname eq 'O''Brien'"))).toEqual(["o'brien"]);
    expect(upns(await get(`/users?$filter=${encodeURIComponent("userPrincipalName eq 'jane_fabrikam.com#EXT#@contoso.onmicrosoft.com'")}`))).toEqual(['jane_fabrikam.com#EXT#']);
    expect(upns(await get(`/users?$filter=${encodeURIComponent("startswith(userPrincipalName,'$adm')")}`))).toEqual(['$adm.ops']);
    const broken = await get("/users?$filter=surname eq 'O'Brien'");
    expect(broken.status).toBe(400);
    expect(errorOf(broken)).toMatchObject({ code: 'BadRequest' });
    expect(errorOf(broken).message).toMatch(/^Invalid filter clause/);
  });

  describe('advanced queries', () => {
    it('refuses ne, not and endsWith without ConsistencyLevel, with Graph messages', async () => {
      const endsWith = await get("/users?$filter=endswith(mail,'@contoso.onmicrosoft.com')");
      expect(errorOf(endsWith)).toMatchObject({ code: 'Request_UnsupportedQuery', message: `Operator 'endsWith' is not supported because the 'ConsistencyLevel:eventual' header is missing. ${DOCS}` });
      const ne = await get("/users?$filter=department ne 'Sales'&$count=true");
      expect(errorOf(ne).message).toBe(`Operator 'ne' is not supported because the 'ConsistencyLevel:eventual' header is missing. ${DOCS}`);
      const not = await get("/users?$filter=not startswith(displayName,'A')", EVENTUAL);
      expect(errorOf(not).message).toBe(`Operator 'not' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. ${DOCS}`);
    });

    it('answers them with ConsistencyLevel: eventual and $count=true, including @odata.count', async () => {
      const reply = await get("/users?$filter=endswith(userPrincipalName,'%23EXT%23@contoso.onmicrosoft.com')&$count=true", EVENTUAL);
      expect(reply.status).toBe(200);
      expect(reply.body['@odata.count']).toBe(2);
      expect(upns(reply)).toEqual(['jane_fabrikam.com#EXT#', 'carlos_tailspintoys.com#EXT#']);
    });

    it('needs advanced parameters for properties only indexed there', async () => {
      const plain = await get("/users?$filter=officeLocation eq 'LON-3/310'");
      expect(errorOf(plain).message).toBe("Unsupported or invalid query filter clause specified for property 'officeLocation' of resource 'User'.");
      const advanced = await get("/users?$filter=officeLocation eq 'LON-3/310'&$count=true", EVENTUAL);
      expect(advanced.status).toBe(200);
    });

    it('ignores $count=true silently without ConsistencyLevel', async () => {
      const reply = await get('/users?$count=true&$top=1');
      expect(reply.status).toBe(200);
      expect(reply.body['@odata.count']).toBeUndefined();
    });

    it('refuses $filter with $orderby unless advanced, then sorts', async () => {
      const plain = await get("/users?$filter=department eq 'Finance'&$orderby=displayName");
      expect(errorOf(plain)).toMatchObject({ code: 'Request_UnsupportedQuery', message: 'Sorting not supported for current query.' });
      const advanced = await get("/users?$filter=department eq 'Finance'&$orderby=displayName desc&$count=true", EVENTUAL);
      expect(upns(advanced)).toEqual(['zrinkamakovac', 'raulrazo', 'jonisherman', 'johannalorenz', 'henriettamueller']);
    });

    it('sorts by displayName by default and refuses unsupported sort properties', async () => {
      const reply = await get('/users?$orderby=displayName&$top=3&$select=displayName');
      const names = (reply.body.value ?? []).map((u) => String(u['displayName']));
      expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
      expect(errorOf(await get('/users?$orderby=department')).message).toBe('Sorting not supported for current query.');
      expect(errorOf(await get('/users?$orderby=createdDateTime')).message).toBe('Sorting not supported for current query.');
      expect((await get('/users?$orderby=createdDateTime desc&$count=true', EVENTUAL)).status).toBe(200);
    });

    it('pages a sorted advanced query to the end, in order, re-sending the header', async () => {
      const names: string[] = [];
      let next: string | undefined = "/users?$filter=department eq 'Sales'&$orderby=userPrincipalName&$count=true&$top=50&$select=userPrincipalName";
      let count: unknown;
      while (next !== undefined) {
        const reply = await getBig(next, EVENTUAL);
        count ??= reply.body['@odata.count'];
        names.push(...upns(reply));
        next = reply.body['@odata.nextLink'] as string | undefined;
      }
      expect(names.length).toBe(count);
      expect(names).toEqual([...names].sort());
    });
  });

  describe('$search', () => {
    it('needs ConsistencyLevel: eventual', async () => {
      const reply = await get('/users?$search="displayName:john"');
      expect(errorOf(reply)).toMatchObject({ code: 'Request_UnsupportedQuery', message: "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'" });
    });

    it('matches word prefixes in the named property, with AND and OR', async () => {
      expect(upns(await get('/users?$search="displayName:conor"', EVENTUAL))).toEqual(["o'brien"]);
      expect(upns(await get('/users?$search="displayName:jo do"', EVENTUAL))).toEqual(['johndoe']);
      expect(upns(await get('/users?$search="displayName:grace" OR "displayName:tanya"', EVENTUAL))).toEqual(['tanyapope', 'gracekim']);
      expect(upns(await get('/users?$search="displayName:j" AND "mail:johndoe"', EVENTUAL))).toEqual(['johndoe']);
    });

    it('refuses a clause without quotes', async () => {
      expect((await get('/users?$search=displayName:john', EVENTUAL)).status).toBe(400);
    });

    // https://learn.microsoft.com/graph/search-query-parameter#using-search-on-directory-object-collections
    it('tokenizes displayName only: no "contains", but words in any order and words joined across symbols', async () => {
      expect(upns(await get('/users?$search="displayName:ohn"', EVENTUAL))).toEqual([]);
      expect(upns(await get('/users?$search="displayName:doe john"', EVENTUAL))).toEqual(['johndoe']);
      expect(upns(await get('/users?$search="displayName:obrien"', EVENTUAL))).toEqual(["o'brien"]);
      expect(upns(await get('/users?$search="displayName:fabrikam)"', EVENTUAL))).toEqual(['jane_fabrikam.com#EXT#']);
    });

    it('matches other string properties as startsWith on the whole value', async () => {
      expect(upns(await get('/users?$search="userPrincipalName:johnd"', EVENTUAL))).toEqual(['johndoe']);
      expect(upns(await get('/users?$search="mail:doe"', EVENTUAL))).toEqual([]);
      expect(upns(await get('/users?$search="jobTitle:chief"', EVENTUAL))).toEqual(['irvinsayers', 'gracekim']);
    });

    it('groups clauses with parentheses, reads escapes, and wants AND / OR in upper case', async () => {
      expect(upns(await get('/users?$search=("displayName:john" OR "displayName:grace") AND "department:sales"', EVENTUAL))).toEqual(['johndoe']);
      expect(upns(await get('/users?$search="displayName:conor \\"o\\""', EVENTUAL))).toEqual([]);
      expect((await get('/users?$search="displayName:john" or "displayName:grace"', EVENTUAL)).status).toBe(400);
      expect(errorOf(await get('/users?$search="colour:blue"', EVENTUAL)).message).toBe("Could not find a property named 'colour' on type 'microsoft.graph.user'.");
      expect((await get('/users?$search="accountEnabled:true"', EVENTUAL)).status).toBe(400);
    });
  });

  describe('/users/$count', () => {
    it('needs ConsistencyLevel: eventual', async () => {
      const reply = await get('/users/$count');
      expect(errorOf(reply)).toMatchObject({ code: 'Request_BadRequest', message: '$count is not currently supported.' });
    });

    it('answers a plain number, with $filter', async () => {
      const all = await get('/users/$count', EVENTUAL);
      expect(all.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(all.text).toBe(String(emulator.state.userCount()));
      expect((await get("/users/$count?$filter=userType eq 'Guest'", EVENTUAL)).text).toBe('2');
    });
  });

  it('refuses $skip and unknown system options', async () => {
    expect(errorOf(await get('/users?$skip=10')).message).toBe("'$skip' is not supported by the service.");
    expect((await get('/users?$apply=x')).status).toBe(400);
  });
});
