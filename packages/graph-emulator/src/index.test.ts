import { describe, expect, it } from 'vitest';
import * as emulator from './index.js';

describe('graph-emulator entry', () => {
  it('loads', () => {
    expect(typeof emulator).toBe('object');
  });
});
