import { CommandRegistry, defineCmdlet, enumeration, parameter, switchParameter, types } from '@entra-shell/core';
import { describe, expect, it } from 'vitest';
import { complete, type CompletionSources } from './engine.js';
import type { DirectoryEntry } from './paths.js';

// Cmdlets declared with core's real cmdlet model, shaped like the ones the shell ships.
const userPipeBind = { ...types.string, name: 'EntraIDUserPipeBind', fullName: 'EntraIDUserPipeBind' };
const registry = new CommandRegistry([
  defineCmdlet({
    name: 'New-EntraIDUserTemporaryAccessPass',
    aliases: ['New-PnPEntraIDUserTemporaryAccessPass'],
    synopsis: 'Creates a temporary access pass.',
    supportsShouldProcess: true,
    parameters: {
      Identity: parameter(userPipeBind, { mandatory: true, fromPipeline: 'value' }),
      StartDateTime: parameter(types.dateTime),
      LifeTimeInMinutes: parameter(types.int32),
      IsUsableOnce: switchParameter({ aliases: ['IsUseableOnce'] }),
    },
  }),
  defineCmdlet({ name: 'Get-EntraIDUser', aliases: ['Get-PnPEntraIDUser'], synopsis: 'Gets users.', parameters: { Identity: parameter(userPipeBind) } }),
  defineCmdlet({
    name: 'Connect-EntraID',
    synopsis: 'Connects.',
    parameterSets: ['Demo', 'ClientSecret'],
    parameters: {
      Demo: switchParameter({ sets: { Demo: { mandatory: true } } }),
      ClientSecret: parameter(types.string, { sets: { ClientSecret: { mandatory: true } } }),
      ClientId: parameter(types.string, { sets: { ClientSecret: {} } }),
      AzureEnvironment: parameter(enumeration('AzureEnvironment', ['Production', 'USGovernment', 'USGovernmentHigh', 'USGovernmentDoD', 'China', 'Custom'])),
    },
  }),
  defineCmdlet({ name: 'Import-Csv', synopsis: 'Reads CSV.', parameters: { Path: parameter(types.string, { position: 0 }) } }),
  defineCmdlet({ name: 'Get-Date', synopsis: 'Now.', parameters: { Format: parameter(types.string) } }),
]);

const files: Record<string, DirectoryEntry[]> = {
  '.': [
    { name: 'users.csv', directory: false },
    { name: 'taps.csv', directory: false },
    { name: 'My Reports', directory: true },
    { name: '.hidden', directory: false },
  ],
  'My Reports/': [{ name: 'q1.csv', directory: false }],
};

const userLookups: string[] = [];
const sources: CompletionSources = {
  commands: () => registry.list(),
  findCommand: (name) => registry.find(name),
  variables: () => ['users', 'userCount', 'tap'],
  listDirectory: (dir) => Promise.resolve(files[dir] ?? []),
  userNames: (prefix) => {
    userLookups.push(prefix);
    return Promise.resolve(['johndoe@contoso.onmicrosoft.com', 'jane_fabrikam.com#EXT#@contoso.onmicrosoft.com', '$admin@contoso.onmicrosoft.com'].filter((n) => n.toLowerCase().startsWith(prefix.toLowerCase())));
  },
};

async function replacements(text: string, cursor = text.length): Promise<string[]> {
  const result = await complete(text, cursor, sources, new AbortController().signal);
  return result.items.map((i) => i.replacement);
}

describe('tab completion', () => {
  it('completes command names and aliases, with wildcards', async () => {
    expect(await replacements('New-')).toEqual(['New-EntraIDUserTemporaryAccessPass', 'New-PnPEntraIDUserTemporaryAccessPass']);
    expect(await replacements('get-pnp')).toEqual(['Get-PnPEntraIDUser']);
    expect(await replacements('*-EntraIDUser')).toEqual(['Get-EntraIDUser']);
    expect(await replacements('Get-EntraIDUser | New-PnP')).toEqual(['New-PnPEntraIDUserTemporaryAccessPass']);
  });

  it('replaces exactly the word under the cursor', async () => {
    const result = await complete('Get-Date | New-PnP', 18, sources, new AbortController().signal);
    expect([result.start, result.end]).toEqual([11, 18]);
  });

  it('offers the parameters of the command that are not given yet, common ones last', async () => {
    const all = await replacements('New-PnPEntraIDUserTemporaryAccessPass -');
    expect(all.slice(0, 4)).toEqual(['-Identity', '-StartDateTime', '-LifeTimeInMinutes', '-IsUsableOnce']);
    expect(all).toContain('-ErrorAction');
    expect(all).toContain('-WhatIf');
    expect(await replacements('New-PnPEntraIDUserTemporaryAccessPass -Identity x -I')).toEqual(['-IsUsableOnce', '-InformationAction', '-InformationVariable']);
    expect(await replacements('New-EntraIDUserTemporaryAccessPass -LifeTime 10 -Li')).toEqual([]);
    expect(await replacements('Get-Date -')).not.toContain('-WhatIf');
  });

  it('offers only parameters of a set compatible with those given', async () => {
    const afterDemo = await replacements('Connect-EntraID -Demo -');
    expect(afterDemo).toContain('-AzureEnvironment');
    expect(afterDemo).not.toContain('-ClientSecret');
    expect(afterDemo).not.toContain('-ClientId');
    expect(await replacements('Connect-EntraID -ClientSecret $s -Cl')).toEqual(['-ClientId']);
  });

  it('completes enum-like values', async () => {
    expect(await replacements('Connect-EntraID -AzureEnvironment USG')).toEqual(['USGovernment', 'USGovernmentHigh', 'USGovernmentDoD']);
    expect(await replacements('Get-Date -ErrorAction s')).toEqual(['SilentlyContinue', 'Stop']);
    expect(await replacements('Get-Date -ea ')).toContain('Inquire');
  });

  it('completes $true/$false after a switch colon', async () => {
    expect(await replacements('New-PnPEntraIDUserTemporaryAccessPass -IsUseableOnce:')).toEqual(['$true', '$false']);
  });

  it('completes user principal names from the tenant, quoting only where needed', async () => {
    expect(await replacements('New-PnPEntraIDUserTemporaryAccessPass -Identity jo')).toEqual(['johndoe@contoso.onmicrosoft.com']);
    expect(await replacements('Get-PnPEntraIDUser -Identity ja')).toEqual(['jane_fabrikam.com#EXT#@contoso.onmicrosoft.com']);
    expect(await replacements("Get-PnPEntraIDUser -Identity '$a")).toEqual(["'$admin@contoso.onmicrosoft.com'"]);
    expect(userLookups).toContain('$a');
  });

  it('completes variables', async () => {
    expect(await replacements('Write-Output $us')).toEqual(['$userCount', '$users']);
    expect(await replacements('$t')).toEqual(['$tap', '$true']);
  });

  it('completes file paths for path parameters and positional arguments', async () => {
    expect(await replacements('Import-Csv -Path u')).toEqual(['users.csv']);
    expect(await replacements('Import-Csv ')).toEqual(["'My Reports/'", 'taps.csv', 'users.csv']);
    expect(await replacements("Import-Csv 'My Reports/")).toEqual(["'My Reports/q1.csv'"]);
    expect(await replacements('Import-Csv .h')).toEqual(['.hidden']);
  });

  it('offers nothing for a parameter without known values', async () => {
    expect(await replacements('Get-Date -Format yy')).toEqual([]);
  });
});
