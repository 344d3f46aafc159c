import { aboutTopicNames, CommandRegistry, defineCmdlet, enumeration, parameter, switchParameter, types, utilityCmdlets, type CmdletDefinition } from '@entra-shell/core';
import { describe, expect, it } from 'vitest';
import { complete, type CompletionSources } from './engine.js';
import type { DirectoryEntry } from './paths.js';

function utility(name: string): CmdletDefinition {
  const found = utilityCmdlets.find((c) => c.name === name);
  if (!found) throw new Error(`no utility cmdlet ${name}`);
  return found;
}

// Cmdlets declared with core's real cmdlet model, shaped like the ones the shell ships, and some of
// core's own (their declarations are what completion reads).
const userPipeBind = { ...types.string, name: 'EntraIDUserPipeBind', fullName: 'EntraIDUserPipeBind' };
const registry = new CommandRegistry([
  defineCmdlet({
    name: 'New-EntraIDUserTemporaryAccessPass',
    aliases: ['New-PnPEntraIDUserTemporaryAccessPass'],
    synopsis: 'Creates a temporary access pass.',
    supportsShouldProcess: true,
    parameters: {
      Identity: parameter(userPipeBind, { mandatory: true, position: 0, fromPipeline: 'both' }),
      StartDateTime: parameter(types.dateTime),
      LifeTimeInMinutes: parameter(types.int32),
      IsUsableOnce: switchParameter({ aliases: ['IsUseableOnce'] }),
    },
  }),
  defineCmdlet({
    name: 'Get-EntraIDUser',
    aliases: ['Get-PnPEntraIDUser'],
    synopsis: 'Gets users.',
    parameterSets: ['List', 'ByIdentity'],
    parameters: {
      // Positional only in its own set, which is not the default one.
      Identity: parameter(userPipeBind, { sets: { ByIdentity: { mandatory: true, position: 0 } } }),
      Filter: parameter(types.string, { sets: { List: {} } }),
    },
  }),
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
  defineCmdlet({ name: 'Disconnect-EntraID', synopsis: 'Disconnects.', parameters: {} }),
  defineCmdlet({ name: 'Get-Date', synopsis: 'Now.', parameters: { Format: parameter(types.string) } }),
  defineCmdlet({
    name: 'Test-Positions',
    synopsis: 'Positions in two sets.',
    parameterSets: ['ByName', 'ById'],
    parameters: {
      Name: parameter(types.string, { sets: { ByName: { position: 0 } } }),
      Id: parameter(types.int32, { sets: { ById: { position: 0 } } }),
      Kind: parameter(enumeration('Kind', ['Alpha', 'Beta']), { position: 1 }),
      Rest: parameter(types.objectArray, { fromRemainingArguments: true, position: 2 }),
    },
  }),
  ...['Import-Csv', 'Export-Csv', 'Set-Location', 'Get-Help', 'Get-Command'].map(utility),
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
  helpTopics: aboutTopicNames,
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

  describe('positional arguments, bound as the binder binds them', () => {
    it('completes user principal names for a positional -Identity, by name and alias', async () => {
      expect(await replacements('New-EntraIDUserTemporaryAccessPass jo')).toEqual(['johndoe@contoso.onmicrosoft.com']);
      expect(await replacements('New-PnPEntraIDUserTemporaryAccessPass jo')).toEqual(['johndoe@contoso.onmicrosoft.com']);
      expect(await replacements("New-PnPEntraIDUserTemporaryAccessPass '$a")).toEqual(["'$admin@contoso.onmicrosoft.com'"]);
      expect(await replacements('Get-PnPEntraIDUser ja')).toEqual(['jane_fabrikam.com#EXT#@contoso.onmicrosoft.com']);
      // -Filter rules out the set where -Identity is positional.
      expect(await replacements('Get-PnPEntraIDUser -Filter x u')).toEqual(['users.csv']);
    });

    it('treats the word after a switch as positional: switches never take the next word', async () => {
      expect(await replacements('New-EntraIDUserTemporaryAccessPass -IsUsableOnce jo')).toEqual(['johndoe@contoso.onmicrosoft.com']);
      expect(await replacements('New-EntraIDUserTemporaryAccessPass -IsUseableOnce -WhatIf -Verbose jo')).toEqual(['johndoe@contoso.onmicrosoft.com']);
      // With a colon the argument is the switch's.
      expect(await replacements('New-EntraIDUserTemporaryAccessPass -IsUsableOnce:')).toEqual(['$true', '$false']);
      expect(await replacements('New-EntraIDUserTemporaryAccessPass -IsUsableOnce:$false jo')).toEqual(['johndoe@contoso.onmicrosoft.com']);
    });

    it('skips the values of named parameters', async () => {
      expect(await replacements('New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60 jo')).toEqual(['johndoe@contoso.onmicrosoft.com']);
      expect(await replacements('New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes:60 -ErrorAction Stop jo')).toEqual(['johndoe@contoso.onmicrosoft.com']);
      // -Identity is named, so the positional value has no parameter left: file names, as before.
      expect(await replacements('New-EntraIDUserTemporaryAccessPass -Identity x u')).toEqual(['users.csv']);
      // A second positional value has no position to go to either.
      expect(await replacements('New-EntraIDUserTemporaryAccessPass x u')).toEqual(['users.csv']);
    });

    it('counts an array written with commas as one value', async () => {
      expect(await replacements('Test-Positions a, b, c Al')).toEqual(['Alpha']);
      // Still typing the array at position 0 (-Name, no known values), not Kind's value.
      expect(await replacements('Test-Positions a, B')).toEqual([]);
    });

    it('takes positions from the sets the named parameters leave possible', async () => {
      // Kind holds position 1 in both sets; a named -Id leaves position 0 to nobody, so the first value is Kind's.
      expect(await replacements('Test-Positions -Id 3 b')).toEqual(['Beta']);
      expect(await replacements('Test-Positions x b')).toEqual(['Beta']);
      // Remaining-arguments parameters take no position: a third value goes to no parameter.
      expect(await replacements('Test-Positions x Alpha u')).toEqual(['users.csv']);
    });

    it('completes commands and help topics for Get-Help and Get-Command', async () => {
      expect(await replacements('Get-Help New-E')).toEqual(['New-EntraIDUserTemporaryAccessPass']);
      expect(await replacements('Get-Help about_B')).toEqual(['about_Bulk_Issuance']);
      expect(await replacements('help about_')).toEqual([...aboutTopicNames()].sort((a, b) => a.localeCompare(b)));
      expect(await replacements('Get-Help -Name get-pnp')).toEqual(['Get-PnPEntraIDUser']);
      expect(await replacements('Get-Help -Full Connect-')).toEqual(['Connect-EntraID']);
      expect(await replacements('Get-Command *-EntraID')).toEqual(['Connect-EntraID', 'Disconnect-EntraID']);
      expect(await replacements('gcm Get-Da')).toEqual(['Get-Date']);
      expect(await replacements('Get-Command Get-Date, Set-Lo')).toEqual(['Set-Location']);
      // Get-Command lists no help topics.
      expect(await replacements('Get-Command about_')).toEqual([]);
    });

    it('falls back to file names for a positional parameter with no values of its own, as pwsh does', async () => {
      expect(await replacements('Write-Output u')).toEqual(['users.csv']);
      // A named one without a path-like name offers nothing (Get-Date -Format takes a format, not a file).
      expect(await replacements('Get-Date -Format u')).toEqual([]);
    });

    it('still completes file paths for positional path arguments', async () => {
      expect(await replacements('Import-Csv u')).toEqual(['users.csv']);
      expect(await replacements('Export-Csv t')).toEqual(['taps.csv']);
      expect(await replacements('Set-Location My')).toEqual(["'My Reports/'"]);
      expect(await replacements('Get-EntraIDUser | Export-Csv -NoTypeInformation t')).toEqual(['taps.csv']);
    });
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
