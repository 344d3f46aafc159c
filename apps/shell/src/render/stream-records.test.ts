import { describe, expect, it } from 'vitest';
import { renderDebug, renderInformation, renderVerbose, renderWarning } from './stream-records.js';

describe('stream records', () => {
  it('prefixes warnings, verbose and debug lines, in yellow when colouring', () => {
    expect(renderWarning({ message: 'The pass is valid for 1 hour.' }, false)).toBe('WARNING: The pass is valid for 1 hour.');
    expect(renderWarning({ message: 'x' }, true)).toBe('\x1b[33;1mWARNING: x\x1b[0m');
    expect(renderVerbose({ message: 'POST /v1.0/users/x\nsecond' }, false)).toBe('VERBOSE: POST /v1.0/users/x\nVERBOSE: second');
    expect(renderDebug({ message: 'd' }, false)).toBe('DEBUG: d');
  });

  it('renders Write-Host text in its console colours', () => {
    expect(renderInformation({ messageData: 'hi', tags: ['PSHOST'], hostText: 'hi', foregroundColor: 'Green' }, true)).toBe('\x1b[92mhi\x1b[0m');
    expect(renderInformation({ messageData: 'hi', tags: [], hostText: 'hi', foregroundColor: 'DarkRed', backgroundColor: 'White' }, true)).toBe('\x1b[31;107mhi\x1b[0m');
    expect(renderInformation({ messageData: 'hi', tags: [], hostText: 'hi', foregroundColor: 'Green' }, false)).toBe('hi');
    expect(renderInformation({ messageData: 42, tags: [] }, true)).toBe('42');
  });
});
