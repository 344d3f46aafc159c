import { startEmulator } from '@entra-shell/graph-emulator';
import { describe, expect, it } from 'vitest';
import { collect } from '../session/collect.js';
import { builtinCmdlets, createEntraShellSession } from './index.js';

describe('built-in session', () => {
  it('ships every cmdlet once, under a unique name', () => {
    const names = builtinCmdlets.map((c) => c.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['get-date', 'where-object', 'export-csv', 'connect-entraid', 'new-entraidusertemporaryaccesspass', 'get-entraiduser']) {
      expect(names).toContain(name);
    }
  });

  it('runs an everyday pipeline and a seed example against the emulator in one session', async () => {
    const emulator = await startEmulator();
    try {
      const { session, connections } = createEntraShellSession();
      const numbers = await collect(session.run('1..5 | Where-Object { $_ -gt 2 } | ForEach-Object { $_ * 10 }'));
      expect(numbers.output).toEqual([30, 40, 50]);
      await collect(session.run(`Connect-EntraID -AccessToken ${emulator.mintToken()} -AzureEnvironment Custom -MicrosoftGraphEndPoint ${emulator.url}`));
      expect(connections.current?.graphEndpoint).toContain('127.0.0.1');
      const run = await collect(session.run('New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com'));
      expect(run.errors).toEqual([]);
      expect(run.output).toHaveLength(1);
      await connections.replace(undefined);
    } finally {
      await emulator.close();
    }
  });
});

describe('Get-Command sources', () => {
  it('names entra-shell modules and version for every built-in command', async () => {
    const { session } = createEntraShellSession();
    const run = await collect(session.run('Get-Command New-EntraIDUserTemporaryAccessPass, Connect-EntraID, Get-Date | ForEach-Object { $_.Source + " " + $_.Version }'));
    expect(run.errors).toEqual([]);
    // Get-Command lists by name, as pwsh does.
    expect(run.output).toEqual(['EntraShell.Connection 0.1.0', 'EntraShell.Utility 0.1.0', 'EntraShell.EntraID 0.1.0']);
  });
});
