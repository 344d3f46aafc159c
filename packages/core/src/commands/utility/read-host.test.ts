import { describe, expect, it } from 'vitest';
import { ScriptedHost } from '../../pipeline/hosts.js';
import { PSSecureString } from '../../values/secure-string.js';
import { output, run, utilitySession } from './test-support/run.js';

describe('Read-Host', () => {
  it('reads a line with the prompt; -AsSecureString and -MaskInput read without echo', async () => {
    const host = new ScriptedHost({ lines: ['Adele'], secrets: ['pfx-pass', 'masked'] });
    const session = utilitySession([], { host });
    const [name, secure, masked] = await output("Read-Host 'Name'; Read-Host -Prompt 'PFX password' -AsSecureString; Read-Host -MaskInput", session);
    expect(name).toBe('Adele');
    expect(secure).toBeInstanceOf(PSSecureString);
    expect((secure as PSSecureString).revealPlainText()).toBe('pfx-pass');
    expect(masked).toBe('masked');
    expect(host.calls).toEqual([
      { kind: 'line', prompt: 'Name' },
      { kind: 'secret', prompt: 'PFX password' },
      { kind: 'secret', prompt: '' },
    ]);
  });

  it('fails in a non-interactive host with the same error as every other prompt', async () => {
    const result = await run("Read-Host 'Name'; Read-Host -AsSecureString; 'after'");
    expect(result.errors.map((e) => e.message)).toEqual([
      'The host is in NonInteractive mode. Read and Prompt functionality is not available.',
      'The host is in NonInteractive mode. Read and Prompt functionality is not available.',
    ]);
    expect(result.output).toEqual(['after']);
  });
});
