/** Get-EntraIDUser through real command lines against the emulator. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JOHN_DOE_ID } from '@entra-shell/graph-emulator';
import type { PSHashtable, PSObject } from '../../../values/model.js';
import { entraSession, type EntraSession } from '../test-support/entra-session.js';

const D = 'contoso.onmicrosoft.com';
let shell: EntraSession;
beforeAll(async () => {
  shell = await entraSession({ users: 250 });
  expect((await shell.connect()).errors).toEqual([]);
});
afterAll(() => shell.close());
beforeEach(() => shell.emulator.clearRequests());

const gets = () => shell.emulator.requests.filter((r) => r.method === 'GET');
const prop = (record: unknown, name: string): unknown => (record as PSObject).get(name);

describe('Get-EntraIDUser by identity', () => {
  it.each([
    ['a GUID, with -Select honoured', `Get-EntraIDUser -Identity ${JOHN_DOE_ID} -Select Department`, `/v1.0/users/${JOHN_DOE_ID}`],
    ['a guest UPN as a bareword', `Get-PnPEntraIDUser -Identity jane_fabrikam.com#EXT#@${D} -Select Department`, `/v1.0/users/jane_fabrikam.com%23EXT%23@${D}`],
    ['a UPN with an apostrophe', `Get-PnPAzureADUser -Identity "o'brien@${D}" -Select Department`, `/v1.0/users/o'brien@${D}`],
    ['a UPN starting with $', `Get-EntraIDUser '$adm.ops@${D}' -Select Department`, `/v1.0/users('$adm.ops@${D}')`],
  ])('finds %s', async (_label, line, path) => {
    const run = await shell.run(line);
    expect(run.errors).toEqual([]);
    expect(run.output).toHaveLength(1);
    const [get] = gets();
    expect(get?.path).toBe(path);
    expect(get?.query['$select']?.split(',')).toEqual(expect.arrayContaining(['id', 'userPrincipalName', 'accountEnabled', 'Department']));
    const user = run.output[0] as PSObject;
    expect(user.typeNames[0]).toBe('EntraShell.EntraIDUser');
    expect((prop(user, 'AdditionalProperties') as PSHashtable).has('department')).toBe(true);
  });

  it('takes piped user names and reports the unknown one without stopping', async () => {
    const run = await shell.run(`'johndoe@${D}', 'nobody@${D}', '${JOHN_DOE_ID}' | Get-EntraIDUser`);
    expect(run.output.map((u) => prop(u, 'Id'))).toEqual([JOHN_DOE_ID, JOHN_DOE_ID]);
    expect(run.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^User 'nobody@contoso\.onmicrosoft\.com' was not found \(Request_ResourceNotFound, request-id /)]);
  });

  it("requires -Select with -IgnoreDefaultProperties, in PnP's words, and selects only what was asked otherwise", async () => {
    const refused = await shell.run(`Get-EntraIDUser -Identity ${JOHN_DOE_ID} -IgnoreDefaultProperties`);
    expect(refused.errors[0]?.message).toBe('When providing IgnoreDefaultProperties, you must provide Select');
    expect(gets()).toEqual([]);
    const run = await shell.run(`Get-EntraIDUser -Identity ${JOHN_DOE_ID} -IgnoreDefaultProperties -Select DisplayName,Department`);
    expect(gets()[0]?.query['$select']).toBe('displayName,Department');
    expect(prop(run.output[0], 'DisplayName')).toBe('John Doe');
    expect(prop(run.output[0], 'Mail')).toBeNull();
  });
});

describe('Get-EntraIDUser lists', () => {
  it('streams: Select-Object -First 3 reads only the first page', async () => {
    const run = await shell.run('Get-EntraIDUser | Select-Object -First 3');
    expect(run.output).toHaveLength(3);
    expect(gets().filter((r) => r.path === '/v1.0/users')).toHaveLength(1);
  });

  it('reads every page of the tenant', async () => {
    const run = await shell.run('Get-EntraIDUser');
    expect(run.output).toHaveLength(shell.emulator.state.userCount());
  });

  it('sends a simple filter as is, and an advanced one with ConsistencyLevel and $count', async () => {
    const simple = await shell.run(`Get-EntraIDUser -Filter "department eq 'Sales'"`);
    expect(simple.output.length).toBeGreaterThan(0);
    expect(gets()[0]?.headers['consistencylevel']).toBeUndefined();
    expect(gets()[0]?.query['$filter']).toBe("department eq 'Sales'");
    shell.emulator.clearRequests();
    const advanced = await shell.run(`Get-EntraIDUser -Filter "department eq 'Sales'" -OrderBy displayName`);
    expect(advanced.errors).toEqual([]);
    expect(gets()[0]?.headers['consistencylevel']).toBe('eventual');
    expect(gets()[0]?.query).toMatchObject({ $count: 'true', $orderby: 'displayName' });
    const names = advanced.output.map((u) => String(prop(u, 'DisplayName')));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('makes a selected property a property of its own, so grouping and filtering on it work', async () => {
    const run = await shell.run(
      "Get-EntraIDUser -Select Department | Group-Object Department | Where-Object Name -eq 'Sales' | Select-Object -ExpandProperty Group | Select-Object -ExpandProperty Department -Unique",
    );
    expect(run.errors).toEqual([]);
    expect(run.output).toEqual(['Sales']);
    const filtered = await shell.run("(Get-EntraIDUser -Select Department | Where-Object Department -eq 'Sales').Count");
    const listed = await shell.run(`(Get-EntraIDUser -Filter "department eq 'Sales'").Count`);
    expect(filtered.output[0]).toBe(listed.output[0]);
    expect(filtered.output[0]).toBeGreaterThan(1);
  });

  it('honours -StartIndex and -EndIndex', async () => {
    const all = await shell.run('Get-EntraIDUser -EndIndex 10');
    const window = await shell.run('Get-EntraIDUser -StartIndex 4 -EndIndex 6');
    expect(window.output.map((u) => prop(u, 'Id'))).toEqual(all.output.slice(3, 6).map((u) => prop(u, 'Id')));
  });

  it('explains a filter Graph refuses', async () => {
    const run = await shell.run('Get-EntraIDUser -Filter "nosuch eq 1"');
    expect(run.errors[0]?.message).toMatch(/nosuch.*\(.+, request-id [0-9a-f-]{36}\)\.$/);
  });
});

describe('Get-EntraIDUser -Delta', () => {
  it('returns the users and a token that resumes with only the changes', async () => {
    const first = await shell.run('$round = Get-EntraIDUser -Delta; $round.Users.Count; $round.DeltaToken.Length -gt 0');
    expect(first.errors).toEqual([]);
    expect(first.output).toEqual([shell.emulator.state.userCount(), true]);
    expect(gets()[0]?.path).toBe('/v1.0/users/delta');
    shell.emulator.state.updateUser(JOHN_DOE_ID, { jobTitle: 'Regional Sales Lead' });
    const next = await shell.run('(Get-EntraIDUser -Delta -DeltaToken $round.DeltaToken).Users');
    expect(next.output.map((u) => prop(u, 'JobTitle'))).toEqual(['Regional Sales Lead']);
  });
});
