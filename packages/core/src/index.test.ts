import { describe, expect, it } from 'vitest';
import { VERSION } from './index.js';

describe('core entry', () => {
  it('exposes a version', () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
