import { describe, expect, it } from 'vitest';
import { isGuid } from '../core/guid.js';
import { Directory } from './directory.js';
import { demoUsers } from './seed-users.js';
import { SyntheticUsers } from './synthetic.js';

const DOMAIN = 'contoso.onmicrosoft.com';

describe('SyntheticUsers', () => {
  it('builds the same users from the same seed, different ones from another', () => {
    const a = new SyntheticUsers(100, 5, DOMAIN);
    const b = new SyntheticUsers(100, 5, DOMAIN);
    const c = new SyntheticUsers(100, 6, DOMAIN);
    expect(a.at(42)).toEqual(b.at(42));
    expect(a.at(42).id).not.toBe(c.at(42).id);
  });

  it('gives valid, unique ids and UPNs that find their way back to the index', () => {
    const users = new SyntheticUsers(100_000, 1, DOMAIN);
    const ids = new Set<string>();
    const upns = new Set<string>();
    for (let i = 0; i < users.count; i += 97) {
      const user = users.at(i);
      expect(isGuid(user.id)).toBe(true);
      ids.add(user.id);
      upns.add(user.userPrincipalName);
      expect(users.indexOfId(user.id)).toBe(i);
      expect(users.indexOfId(user.id.toUpperCase())).toBe(i);
      expect(users.indexOfUpn(user.userPrincipalName.toUpperCase())).toBe(i);
    }
    expect(ids.size).toBe(upns.size);
    expect(users.indexOfId('72e2eb87-c124-4bd9-8e01-a447a1752058')).toBeUndefined();
    expect(users.indexOfUpn(`nobody.here5@${DOMAIN}`)).toBeUndefined();
  });

  it('spreads users across departments', () => {
    const users = new SyntheticUsers(2000, 1, DOMAIN);
    const departments = new Set(Array.from({ length: 2000 }, (_, i) => users.at(i).department));
    expect(departments).toEqual(new Set(['Sales', 'Marketing', 'IT', 'Finance', 'HR', 'Engineering', 'Support', 'Operations']));
  });
});

describe('Directory', () => {
  it('holds the demo users and synthetic users behind one slot numbering', () => {
    const directory = new Directory(demoUsers(DOMAIN), new SyntheticUsers(1000, 1, DOMAIN));
    expect(directory.size).toBe(1050);
    const synthetic = directory.at(60);
    expect(synthetic).toBeDefined();
    expect(directory.find(synthetic?.id ?? '')?.slot).toBe(60);
    expect(directory.find(synthetic?.userPrincipalName ?? '')?.slot).toBe(60);
    expect(directory.find('johndoe@contoso.onmicrosoft.com')?.slot).toBe(0);
  });

  it('applies updates, renames and removals', () => {
    const directory = new Directory(demoUsers(DOMAIN));
    const before = directory.version;
    directory.update('johndoe@contoso.onmicrosoft.com', { userPrincipalName: 'john.doe@contoso.onmicrosoft.com' });
    expect(directory.find('johndoe@contoso.onmicrosoft.com')).toBeUndefined();
    expect(directory.find('john.doe@contoso.onmicrosoft.com')?.user.displayName).toBe('John Doe');
    directory.remove('john.doe@contoso.onmicrosoft.com');
    expect(directory.find('john.doe@contoso.onmicrosoft.com')).toBeUndefined();
    expect(directory.size).toBe(49);
    expect(directory.changedSince(before)).toEqual(['72e2eb87-c124-4bd9-8e01-a447a1752058']);
    const adele = demoUsers(DOMAIN)[1];
    if (adele === undefined) throw new Error('demo user missing');
    const { id: _id, ...withoutId } = adele;
    expect(() => directory.add(withoutId)).toThrow(/already exists/);
  });
});

describe('the demo tenant', () => {
  const users = demoUsers(DOMAIN);

  it('has about fifty users across departments, with the accounts the examples need', () => {
    expect(users).toHaveLength(50);
    expect(new Set(users.map((u) => u.department)).size).toBeGreaterThanOrEqual(7);
    const upn = (local: string) => users.find((u) => u.userPrincipalName === `${local}@${DOMAIN}`);
    expect(upn('johndoe')?.id).toBe('72e2eb87-c124-4bd9-8e01-a447a1752058');
    expect(upn('jane_fabrikam.com#EXT#')?.userType).toBe('Guest');
    expect(upn("o'brien")?.displayName).toBe("Conor O'Brien");
    expect(upn('$adm.ops')).toBeDefined();
    expect(users.some((u) => !u.accountEnabled)).toBe(true);
    expect(upn('admin')?.roles).toContain('7be44c8a-adaf-4e2a-84d6-ab2649e08a13');
    expect(new Set(users.map((u) => u.id)).size).toBe(50);
  });
});
