import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHELL_VERSION } from './version.js';

describe('SHELL_VERSION', () => {
  it('is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(SHELL_VERSION).toBe(pkg.version);
    expect(SHELL_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
