import { describe, expect, it } from 'vitest';
import { findDefaultView } from '../../format/views.js';
import { entraCmdlets } from './index.js';
import { buildPolicyPatch } from './tap/set-tap-policy.js';

const byName = (name: string) => {
  const found = entraCmdlets.find((c) => c.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};

describe('entra cmdlet declarations', () => {
  it('exports every cmdlet with the PnP aliases', () => {
    expect(entraCmdlets.map((c) => c.name)).toEqual([
      'Get-EntraIDUser',
      'New-EntraIDUserTemporaryAccessPass',
      'Get-EntraIDUserTemporaryAccessPass',
      'Remove-EntraIDUserTemporaryAccessPass',
      'Get-EntraIDTemporaryAccessPassPolicy',
      'Set-EntraIDTemporaryAccessPassPolicy',
    ]);
    expect(byName('Get-EntraIDUser').aliases).toEqual(['Get-PnPEntraIDUser', 'Get-PnPAzureADUser']);
    expect(byName('New-EntraIDUserTemporaryAccessPass').aliases).toEqual(['New-PnPEntraIDUserTemporaryAccessPass', 'New-PnPAzureADUserTemporaryAccessPass']);
  });

  it('declares New-EntraIDUserTemporaryAccessPass as the seed documents it, plus the fixes', () => {
    const cmdlet = byName('New-EntraIDUserTemporaryAccessPass');
    expect(cmdlet.supportsShouldProcess).toBe(true);
    const identity = cmdlet.parameters.find((p) => p.name === 'Identity');
    expect(identity?.type.name).toBe('EntraIDUserPipeBind');
    expect(identity?.pipelinePropertyNames).toEqual(expect.arrayContaining(['Id', 'UserPrincipalName', 'UserId', 'ObjectId']));
    const membership = [...(identity?.sets.values() ?? [])][0];
    expect(membership).toMatchObject({ mandatory: true, byValue: true, byPropertyName: true });
    expect(cmdlet.parameters.find((p) => p.name === 'IsUsableOnce')?.aliases).toEqual(['IsUseableOnce']);
    expect(cmdlet.parameters.find((p) => p.name === 'IsUsableOnce')?.isSwitch).toBe(true);
    expect(cmdlet.parameters.find((p) => p.name === 'LifeTimeInMinutes')?.validation.range).toEqual([10, 43200]);
    expect(cmdlet.parameters.find((p) => p.name === 'StartDateTime')?.type.name).toBe('DateTime');
    expect(cmdlet.requiredPermissions?.application).toEqual(['UserAuthenticationMethod.ReadWrite.All']);
    // The four PnP examples are in the help, verbatim.
    expect(cmdlet.examples.filter((e) => e.code.includes('New-PnPEntraIDUserTemporaryAccessPass'))).toHaveLength(4);
  });

  it("keeps PnP's parameter sets for Get-EntraIDUser", () => {
    const cmdlet = byName('Get-EntraIDUser');
    expect(cmdlet.parameterSets).toEqual(['List', 'ByIdentity', 'Delta']);
    expect(cmdlet.defaultParameterSet).toBe('List');
    const sets = (name: string) => [...(cmdlet.parameters.find((p) => p.name === name)?.sets.keys() ?? [])];
    expect(sets('Identity')).toEqual(['ByIdentity']);
    expect(sets('Delta')).toEqual(['Delta']);
    expect(sets('IgnoreDefaultProperties').sort()).toEqual(['ByIdentity', 'List']);
    expect(sets('Select').sort()).toEqual(['ByIdentity', 'Delta', 'List']);
  });

  it('registers default views for its records', () => {
    expect(findDefaultView(['EntraShell.EntraIDUser'])?.view.properties).toEqual(['DisplayName', 'UserPrincipalName', 'Id']);
    const pass = findDefaultView(['EntraShell.TemporaryAccessPass'])?.view;
    expect(pass?.kind).toBe('table');
    expect(pass?.properties.slice(1)).toEqual(['TemporaryAccessPass', 'StartDateTime', 'EndDateTime', 'IsUsableOnce']);
    expect(findDefaultView(['EntraShell.TemporaryAccessPassPolicy'])?.view.kind).toBe('list');
  });
});

describe('buildPolicyPatch', () => {
  it('carries @odata.type and only the given settings, state in Graph casing', () => {
    expect(buildPolicyPatch({ state: 'Enabled', minimumLifetimeInMinutes: 10 })).toEqual({
      '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
      state: 'enabled',
      minimumLifetimeInMinutes: 10,
    });
    expect(buildPolicyPatch({ isUsableOnce: false })).toMatchObject({ isUsableOnce: false });
  });
});
