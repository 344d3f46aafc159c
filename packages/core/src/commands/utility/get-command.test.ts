import { describe, expect, it } from 'vitest';
import { PSObject } from '../../values/model.js';
import { displayed, output, run } from './test-support/run.js';

const names = (records: unknown[]): unknown[] => records.map((r) => (r instanceof PSObject ? r.get('Name') : r));

describe('Get-Command', () => {
  it('lists cmdlets matching a wildcard, with the default table', async () => {
    expect(names(await output('Get-Command *-Object'))).toEqual(['ForEach-Object', 'Group-Object', 'Measure-Object', 'Select-Object', 'Sort-Object', 'Where-Object']);
    const text = await displayed('Get-Command Get-Date, Sort-Object');
    expect(text).toBe(
      '\nCommandType Name        Version Source\n----------- ----        ------- ------\nCmdlet      Get-Date    0.1.0   EntraShell.Utility\nCmdlet      Sort-Object 0.1.0   EntraShell.Utility\n\n',
    );
  });

  it('shows aliases as alias -> command', async () => {
    const [alias] = await output('Get-Command gcm');
    expect(alias instanceof PSObject && [alias.get('CommandType'), alias.get('Definition')]).toEqual(['Alias', 'Get-Command']);
    expect(await displayed('gcm gcm')).toContain('Alias       gcm -> Get-Command');
  });

  it('filters by -Verb and -Noun', async () => {
    expect(names(await output('Get-Command -Verb Write -Noun *ing'))).toEqual(['Write-Warning']);
    expect(names(await output('Get-Command -Noun Variable'))).toEqual(['Get-Variable', 'Set-Variable']);
  });

  it('limits the kinds with -CommandType and the count with -TotalCount', async () => {
    expect(names(await output('Get-Command s* -CommandType Alias'))).toEqual(['select', 'set', 'sl', 'sleep', 'sort']);
    expect(names(await output('Get-Command -TotalCount 2 -CommandType Cmdlet'))).toEqual(['Clear-Host', 'ConvertFrom-Csv']);
  });

  it('reports a name without wildcards that matches nothing', async () => {
    const result = await run('Get-Command Get-Nothing');
    expect(result.errors[0]?.message).toMatch(/^The term 'Get-Nothing' is not recognized as a name of a cmdlet/);
    expect(result.errors[0]?.commandName).toBe('Get-Command');
    expect((await run('Get-Command Get-Nothing*')).errors).toEqual([]);
  });

  it('shows the syntax with -Syntax', async () => {
    expect(await output('Get-Command Out-Null -Syntax')).toEqual(['\nOut-Null [-InputObject <Object>] [<CommonParameters>]\n']);
  });
});
