import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { call } from '../testing/graph.test-helper.js';
import { JOHN_DOE_ID } from '../directory/roles.js';

describe('GET /users/delta', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ users: 250 });
  });
  afterAll(() => emulator.close());

  async function round(start: string, prefer?: string): Promise<{ items: Record<string, unknown>[]; deltaLink: string; pages: number }> {
    const items: Record<string, unknown>[] = [];
    let next: string | undefined = start;
    let pages = 0;
    for (;;) {
      const reply = await call(emulator, 'GET', next, prefer ? { headers: { Prefer: prefer } } : {});
      expect(reply.status).toBe(200);
      pages++;
      items.push(...(reply.body.value ?? []));
      const deltaLink = reply.body['@odata.deltaLink'];
      if (typeof deltaLink === 'string') return { items, deltaLink, pages };
      next = String(reply.body['@odata.nextLink']);
    }
  }

  it('returns every user in pages, then a deltaLink; then only what changed', async () => {
    const first = await round('/users/delta?$select=displayName,department', 'odata.maxpagesize=120');
    expect(first.items).toHaveLength(emulator.state.userCount());
    expect(first.pages).toBe(Math.ceil(emulator.state.userCount() / 120));
    // https://learn.microsoft.com/graph/api/user-delta: "The id property is always returned."
    expect(Object.keys(first.items[0] ?? {})).toEqual(['displayName', 'department', 'id']);
    expect(first.deltaLink).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/users\/delta\?\$deltatoken=/);

    const quiet = await round(first.deltaLink);
    expect(quiet.items).toEqual([]);

    emulator.state.updateUser('johndoe@contoso.onmicrosoft.com', { department: 'Marketing' });
    const added = emulator.state.addUser({ userPrincipalName: 'newhire@contoso.onmicrosoft.com', displayName: 'New Hire', department: 'Sales' });
    const removed = emulator.state.removeUser('leegu@contoso.onmicrosoft.com');
    const changes = await round(quiet.deltaLink);
    expect(changes.items).toEqual([
      { displayName: 'John Doe', department: 'Marketing', id: JOHN_DOE_ID },
      { displayName: 'New Hire', department: 'Sales', id: added.id },
      { id: removed.id, '@removed': { reason: 'changed' } },
    ]);
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await round(changes.deltaLink)).items).toEqual([]);
  });

  it('refuses query options it does not model and broken tokens', async () => {
    expect((await call(emulator, 'GET', "/users/delta?$filter=department eq 'Sales'")).status).toBe(400);
    expect((await call(emulator, 'GET', '/users/delta?$deltatoken=nonsense')).status).toBe(400);
  });

  it('also answers /users/delta()', async () => {
    expect((await call(emulator, 'GET', '/users/delta()?$select=id')).status).toBe(200);
  });
});
