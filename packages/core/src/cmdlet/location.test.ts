import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionLocation } from './location.js';

describe('SessionLocation', () => {
  const home = join('/', 'home', 'ada');

  it('starts at the given directory made absolute, and resolves relative, ~ and absolute paths against it', () => {
    const location = new SessionLocation('/srv/data', home);
    expect(location.current).toBe('/srv/data');
    expect(location.resolve('users.csv')).toBe('/srv/data/users.csv');
    expect(location.resolve('../logs')).toBe('/srv/logs');
    expect(location.resolve('~')).toBe(home);
    expect(location.resolve('~/exports/a.csv')).toBe(join(home, 'exports', 'a.csv'));
    expect(location.resolve('/etc/hosts')).toBe('/etc/hosts');
    expect(new SessionLocation('relative', home).current).toBe(join(process.cwd(), 'relative'));
  });

  it('walks the history back and forward; a new change clears the way forward', () => {
    const location = new SessionLocation('/a', home);
    location.change('/b');
    location.change('/c');
    expect(location.back()).toBe('/b');
    expect(location.back()).toBe('/a');
    expect(location.back()).toBeUndefined();
    expect(location.current).toBe('/a');
    expect(location.forward()).toBe('/b');
    location.change('/d');
    expect(location.forward()).toBeUndefined();
    expect(location.back()).toBe('/b');
  });

  it('keeps a stack, most recent first, separate from the history', () => {
    const location = new SessionLocation('/a', home);
    location.push();
    location.change('/b');
    location.push();
    expect(location.stack).toEqual(['/b', '/a']);
    expect(location.pop()).toBe('/b');
    expect(location.pop()).toBe('/a');
    expect(location.pop()).toBeUndefined();
  });

  it('sessions do not share a location, and the process working directory never moves', () => {
    const before = process.cwd();
    const one = new SessionLocation('/one', home);
    const two = new SessionLocation('/two', home);
    one.change('/elsewhere');
    expect(two.current).toBe('/two');
    expect(process.cwd()).toBe(before);
  });
});
