import { describe, expect, it } from 'vitest';
import * as emulator from './version.js';

describe('shell', () => {
  it('loads', () => {
    expect(typeof emulator).toBe('object');
  });
});
