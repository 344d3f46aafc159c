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

  it('makes what was typed without echo a secret the session knows, and the plain answer not', async () => {
    const host = new ScriptedHost({ lines: ['Adele Vance'], secrets: ['pfx-password-1', 'masked-answer'] });
    const session = utilitySession([], { host });
    await output("$n = Read-Host 'Name'; $s = Read-Host -AsSecureString; $m = Read-Host -MaskInput", session);
    expect(session.secrets.contains('pfx-password-1')).toBe(true);
    expect(session.secrets.contains('masked-answer')).toBe(true);
    expect(session.secrets.contains('Adele Vance')).toBe(false);
    const shown = await run('Write-Verbose "pw $m" -Verbose; Write-Error "bad $($s.Length) $m"', session);
    expect(shown.verbose[0]?.message).toBe('pw *************');
    expect(shown.errors[0]?.message).toBe('bad 14 *************');
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
