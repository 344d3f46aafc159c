import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOHN_DOE_ID } from '../directory/roles.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { call, tapPath } from '../testing/graph.test-helper.js';

// https://learn.microsoft.com/graph/paging: "@odata.nextLink ... contains a URL to the next page",
// Graph's own absolute URL (https://graph.microsoft.com/v1.0/...). An SDK whose host is remapped
// to the emulator must get the same links, or its page iterator leaves the remapping.
describe('links', () => {
  let graphLinks: Emulator;
  let localLinks: Emulator;
  beforeAll(async () => {
    [graphLinks, localLinks] = await Promise.all([
      startEmulator({ users: 150 }),
      startEmulator({ users: 150, links: 'local' }),
    ]);
  });
  afterAll(() => Promise.all([graphLinks.close(), localLinks.close()]));

  it.each([
    ['graph', () => graphLinks, 'https://graph.microsoft.com'],
    ['local', () => localLinks, undefined],
  ] as const)(
    'with links: %s, context, next, delta and Location links share one base',
    async (_mode, emulator, expected) => {
      const base = expected ?? emulator().url;
      expect(emulator().linkBaseUrl).toBe(base);
      const list = await call(emulator(), 'GET', '/users?$top=5');
      expect(list.body['@odata.context']).toBe(`${base}/v1.0/$metadata#users`);
      expect(String(list.body['@odata.nextLink'])).toMatch(
        new RegExp(`^${escape(base)}/v1\\.0/users\\?\\$top=5&\\$skiptoken=`),
      );
      const next = await call(emulator(), 'GET', String(list.body['@odata.nextLink']));
      expect(next.status).toBe(200);
      const delta = await call(emulator(), 'GET', '/users/delta?$select=id', {
        headers: { Prefer: 'odata.maxpagesize=999' },
      });
      expect(String(delta.body['@odata.deltaLink'])).toMatch(
        new RegExp(`^${escape(base)}/v1\\.0/users/delta\\?\\$deltatoken=`),
      );
      const created = await call(emulator(), 'POST', tapPath(JOHN_DOE_ID), { body: {} });
      expect(created.headers.get('location')).toMatch(
        new RegExp(`^${escape(base)}/v1\\.0/users/${JOHN_DOE_ID}/authentication/temporaryAccessPassMethods/`),
      );
    },
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
