import { describe, expect, it } from 'vitest';
import { PSObject } from '../../values/model.js';
import { displayed, output, run } from './test-support/run.js';

describe('Get-Help', () => {
  it('emits a structured record generated from the declaration', async () => {
    const [help] = await output('Get-Help Get-Date');
    expect(help).toBeInstanceOf(PSObject);
    const h = help as PSObject;
    expect(h.typeNames[0]).toBe('EntraShell.HelpInfo');
    expect(h.get('Name')).toBe('Get-Date');
    expect(h.get('Synopsis')).toBe('Gets the current date and time, or a date you describe.');
    expect(h.get('Syntax')).toEqual([
      'Get-Date [[-Date] <DateTime>] [-Year <Int32>] [-Month <Int32>] [-Day <Int32>] [-Hour <Int32>] [-Minute <Int32>] [-Second <Int32>] [-Millisecond <Int32>] [-AsUTC] [-Format <String>] [<CommonParameters>]',
      'Get-Date [[-Date] <DateTime>] -UFormat <String> [-Year <Int32>] [-Month <Int32>] [-Day <Int32>] [-Hour <Int32>] [-Minute <Int32>] [-Second <Int32>] [-Millisecond <Int32>] [-AsUTC] [<CommonParameters>]',
    ]);
    const date = (h.get('Parameters') as PSObject[]).find((p) => p.get('Name') === 'Date');
    expect(Object.fromEntries(date?.properties.entries() ?? [])).toMatchObject({
      Type: 'DateTime',
      Required: 'false',
      Position: '0',
      PipelineInput: 'True (ByValue, ByPropertyName)',
      Aliases: 'LastWriteTime',
    });
  });

  it('shows the default view: NAME, SYNOPSIS, SYNTAX, DESCRIPTION, REMARKS', async () => {
    const text = await displayed('Get-Help Out-Null');
    expect(text).toBe(
      [
        '',
        'NAME',
        '    Out-Null',
        '',
        'SYNOPSIS',
        '    Discards the output instead of showing it.',
        '',
        '',
        'SYNTAX',
        '    Out-Null [-InputObject <Object>] [<CommonParameters>]',
        '',
        '',
        'DESCRIPTION',
        '    Out-Null receives objects and does nothing with them, so nothing is displayed. Errors and warnings are not affected:',
        '    they travel on their own streams.',
        '',
        '',
        'REMARKS',
        '    To see the examples, type: "Get-Help Out-Null -Examples"',
        '    For more information, type: "Get-Help Out-Null -Detailed"',
        '    For technical information, type: "Get-Help Out-Null -Full"',
        '',
      ].join('\n'),
    );
  });

  it('shows only the examples with -Examples', async () => {
    const text = await displayed('Get-Help Get-Date -Examples');
    expect(text).toContain('SYNOPSIS\n    Gets the current date and time, or a date you describe.');
    expect(text).toMatch(/-+ Example 1 -+\n\n {4}PS > Get-Date\n\n {4}Shows the current local date and time\./);
    expect(text).toContain('PS > (Get-Date).AddHours(2)');
    expect(text).not.toContain('SYNTAX');
  });

  it('shows parameter attributes with -Full and -Parameter', async () => {
    const full = await displayed('Get-Help Start-Sleep -Full');
    expect(full).toContain('PARAMETERS\n    -Seconds <Double>\n        How many seconds to wait; fractions are allowed.\n\n        Required?                    true\n        Position?                    0');
    expect(full).toContain('Aliases                      ms');
    expect(full).toContain('<CommonParameters>');
    const one = await displayed('Get-Help Select-Object -Parameter First');
    expect(one).toContain('-First <Int32>\n');
    expect(one).toContain('Accept pipeline input?       False');
    expect(one).not.toContain('-Last');
  });

  it('finds help through an alias, and `Cmdlet -?` shows it too', async () => {
    expect(((await output('Get-Help gcm'))[0] as PSObject).get('Name')).toBe('Get-Command');
    expect(((await output('Sort-Object -?'))[0] as PSObject).get('Name')).toBe('Sort-Object');
    expect(((await output('help select'))[0] as PSObject).get('Name')).toBe('Select-Object');
  });

  it('lists matching commands for a wildcard', async () => {
    expect(await displayed('Get-Help ConvertTo-*')).toBe(
      '\nName                   Category Synopsis\n----                   -------- --------\nConvertTo-Csv          Cmdlet   Converts objects into CSV lines.\n' +
        'ConvertTo-Json         Cmdlet   Converts objects to JSON text.\nConvertTo-SecureString Cmdlet   Converts plain text to a SecureString.\n\n',
    );
  });

  it('reports unknown commands and parameters', async () => {
    expect((await run('Get-Help Get-Nothing')).errors[0]?.message).toMatch(/^Get-Help could not find Get-Nothing in a help file in this session\./);
    expect((await run('Get-Help Get-Date -Parameter Nope')).errors[0]?.message).toBe('No parameter matches criteria Nope.');
  });

  it('gives general help without a name, pointing to the topics', async () => {
    const text = String((await output('Get-Help'))[0]);
    expect(text).toContain('Get-Help <command>');
    expect(text).toContain('Get-Help about_* lists them');
  });

  it('shows an about topic as text, whatever the case of its name', async () => {
    const [text] = await output('help ABOUT_bulk_issuance');
    expect(typeof text).toBe('string');
    expect(String(text)).toMatch(/^TOPIC\n {4}about_Bulk_Issuance\n\nSHORT DESCRIPTION\n/);
    expect(String(text)).toContain('Export-Csv taps.csv -Append');
  });

  it('lists topics with wildcards, beside matching commands, as HelpFile', async () => {
    const topics = (await output('Get-Help about_*')) as PSObject[];
    expect(topics.map((t) => t.get('Name'))).toEqual([
      'about_Bulk_Issuance',
      'about_CommonParameters',
      'about_Demo_Tenant',
      'about_EntraShell',
      'about_EntraShell_Language',
      'about_Secrets',
      'about_Temporary_Access_Pass',
    ]);
    expect(new Set(topics.map((t) => t.get('Category')))).toEqual(new Set(['HelpFile']));
    const shell = (await output('Get-Help *Shell*')) as PSObject[];
    expect(shell.map((t) => `${String(t.get('Category'))}:${String(t.get('Name'))}`)).toEqual(['HelpFile:about_EntraShell', 'HelpFile:about_EntraShell_Language']);
    // One match, whatever the pattern, is shown in full.
    expect(String((await output('Get-Help *Common*'))[0])).toMatch(/^TOPIC\n {4}about_CommonParameters\n/);
    const both = (await output('Get-Help *-Object')) as PSObject[];
    expect(both.every((t) => t.get('Category') === 'Cmdlet')).toBe(true);
  });

  it('leaves out the synopsis and description a script function does not have', async () => {
    const text = await displayed('function Issue-Tap { param([Parameter(Mandatory)][string]$User) }; Get-Help Issue-Tap');
    expect(text).toMatch(/^\nNAME\n {4}Issue-Tap\n\nSYNTAX\n {4}Issue-Tap \[-User\] <String> \[<CommonParameters>\]\n\n\nREMARKS\n/);
  });

  it('reports a topic that does not exist as it reports a command', async () => {
    expect((await run('Get-Help about_Nothing')).errors[0]?.message).toMatch(/^Get-Help could not find about_Nothing in a help file in this session\./);
  });
});
