import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JOHN_DOE_ID } from '@entra-shell/graph-emulator';
import { type PSHashtable, type PSObject } from '../../../values/model.js';
import { resolveUserIdentity } from '../identity/user-pipe-bind.js';
import { emulatorGraph, requestsTo, type EmulatorGraph } from '../test-support/emulator-graph.js';
import { getUserByIdentity, listUsers, userDelta, type ListingContext } from './user-listing.js';

function collector(): ListingContext & { records: PSObject[]; verbose: string[] } {
  const records: PSObject[] = [];
  const verbose: string[] = [];
  return {
    records,
    verbose,
    signal: new AbortController().signal,
    write: (value: unknown) => {
      records.push(value as PSObject);
      return Promise.resolve();
    },
    writeVerbose: (message: string) => void verbose.push(message),
  };
}

describe('user listing against the emulator', () => {
  let graph: EmulatorGraph;
  beforeAll(async () => {
    graph = await emulatorGraph({ users: 1200 });
  });
  afterAll(() => graph.close());
  beforeEach(() => graph.emulator.clearRequests());

  it('gets one user by GUID with -Select honoured', async () => {
    const id = resolveUserIdentity(JOHN_DOE_ID);
    if (!id) throw new Error('unreachable');
    const user = await getUserByIdentity(graph.client, id, ['department'], false, new AbortController().signal);
    expect(user.get('UserPrincipalName')).toBe('johndoe@contoso.onmicrosoft.com');
    expect((user.get('AdditionalProperties') as PSHashtable).get('department')).toBe('Sales');
    expect(requestsTo(graph.emulator, 'GET', /\/users\//)[0]?.query['$select']).toContain('department');
  });

  it('streams every page and says so', async () => {
    const ctx = collector();
    const count = await listUsers(graph.client, { startIndex: 0, endIndex: undefined }, ctx);
    expect(count).toBe(graph.emulator.state.userCount());
    expect(requestsTo(graph.emulator, 'GET', /\/users$/).length).toBeGreaterThan(1);
    expect(ctx.verbose.at(-1)).toMatch(/every page was read/);
  });

  it('stops fetching at -EndIndex and honours -StartIndex', async () => {
    const ctx = collector();
    await listUsers(graph.client, { startIndex: 3, endIndex: 5 }, ctx);
    expect(ctx.records).toHaveLength(3);
    // Paging reads ahead; give a stray look-ahead request time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const gets = requestsTo(graph.emulator, 'GET', /\/users$/);
    expect(gets).toHaveLength(1);
    expect(gets[0]?.query['$top']).toBe('5');
  });

  it('sends an advanced query with ConsistencyLevel and $count on every page', async () => {
    const ctx = collector();
    await listUsers(graph.client, { filter: "endsWith(mail,'@contoso.onmicrosoft.com')", orderBy: 'displayName', startIndex: 0, endIndex: undefined }, ctx);
    const gets = requestsTo(graph.emulator, 'GET', /\/users$/);
    expect(gets.length).toBeGreaterThan(1);
    for (const get of gets) expect(get.headers['consistencylevel']).toBe('eventual');
    expect(gets[0]?.query).toMatchObject({ $count: 'true', $orderby: 'displayName' });
    expect(ctx.records.length).toBeGreaterThan(1000);
  });

  it('runs a delta round and resumes from its token', async () => {
    const ctx = collector();
    const first = await userDelta(graph.client, { startIndex: 0, endIndex: undefined }, ctx);
    const token = first.get('DeltaToken');
    expect(typeof token).toBe('string');
    expect((first.get('Users') as PSObject[]).length).toBe(graph.emulator.state.userCount());
    graph.emulator.state.updateUser(JOHN_DOE_ID, { jobTitle: 'Sales Lead' });
    const second = await userDelta(graph.client, { startIndex: 0, endIndex: undefined, deltaToken: token as string }, ctx);
    const changed = second.get('Users') as PSObject[];
    expect(changed.map((u) => u.get('Id'))).toEqual([JOHN_DOE_ID]);
    expect(changed[0]?.get('JobTitle')).toBe('Sales Lead');
  });
});
