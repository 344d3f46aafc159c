import { describe, expect, it } from 'vitest';
import { renderDescriptions, formatRecords } from '../../format/index.js';
import { PSSecureString } from '../../values/secure-string.js';
import { output, run, utilitySession } from './test-support/run.js';

const SECRET = 'Sup3r-S3cret-Value';

describe('ConvertTo-SecureString', () => {
  it('-AsPlainText (with or without -Force) gives a SecureString, also from the pipeline', async () => {
    const [a, b, c] = await output(
      `ConvertTo-SecureString -String '${SECRET}' -AsPlainText -Force; ConvertTo-SecureString '${SECRET}' -AsPlainText; '${SECRET}' | ConvertTo-SecureString -AsPlainText`,
    );
    for (const value of [a, b, c]) {
      expect(value).toBeInstanceOf(PSSecureString);
      expect((value as PSSecureString).revealPlainText()).toBe(SECRET);
    }
    expect(await output(`$s = ConvertTo-SecureString '${SECRET}' -AsPlainText; $s.Length; $s.GetType().FullName; $s -is [System.Security.SecureString]`)).toEqual([
      SECRET.length,
      'System.Security.SecureString',
      true,
    ]);
  });

  it('without -AsPlainText says it cannot decrypt DPAPI strings and what to do, without echoing the input', async () => {
    const result = await run(`ConvertTo-SecureString '${SECRET}'`);
    expect(result.output).toEqual([]);
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error?.errorId).toBe('ImportSecureString');
    expect(error?.message).toContain('Windows DPAPI');
    expect(error?.message).toContain('add -AsPlainText');
    expect(error?.message).not.toContain(SECRET);
  });

  it('never lets the text out through output, formatting, export, strings, streams or errors', async () => {
    const session = utilitySession();
    await output(`$s = ConvertTo-SecureString -String '${SECRET}' -AsPlainText -Force; $o = [pscustomobject]@{ Name = 'app'; Password = $s }`, session);
    const script = [
      '$s',
      'Write-Output $s',
      '$o',
      '$o | Format-Table',
      '$o | Format-List',
      '$s | Format-List',
      '$o | ConvertTo-Json',
      '$s | ConvertTo-Json',
      '$o | ConvertTo-Csv',
      '$s | Out-String',
      '$o | Out-String',
      '"value: $s"',
      "'{0}|{1}' -f $s, $o",
      '[string]$s',
      '@($s, 1) -join ","',
      '$o | Select-Object *',
      'Write-Verbose "verbose $s" -Verbose',
      'Write-Debug "debug $s" -Debug',
      'Write-Warning "warning $s"',
      'Write-Host $s',
      'Write-Error "error $s"',
      'Write-Error -TargetObject $s -Message "target"',
      'Get-Date -Date $s',
      '$s + 1',
      'try { throw $s } catch { $_.Exception.Message; "$_" }',
    ].join('\n');
    const result = await run(script, session);
    const rendered = renderDescriptions(formatRecords(result.output), { width: 200, color: false });
    expect(rendered).toContain('System.Security.SecureString');
    expect(result.verbose.map((v) => v.message)).toEqual(['verbose System.Security.SecureString']);
    expect(result.errors.map((e) => e.message)).toContain('error System.Security.SecureString');
    // Every event, serialized the ways a host or a log might do it.
    const everything = [rendered, JSON.stringify(result.events), JSON.stringify(result.output), ...result.errors.map((e) => `${e.message} ${String(e.targetObject)}`)].join('\n');
    expect(everything).toContain('System.Security.SecureString');
    expect(everything).not.toContain(SECRET);
  });
});

describe('ConvertFrom-SecureString', () => {
  it('-AsPlainText returns the text; without it, a clear error', async () => {
    expect(await output(`ConvertTo-SecureString '${SECRET}' -AsPlainText | ConvertFrom-SecureString -AsPlainText`)).toEqual([SECRET]);
    expect(await output(`ConvertFrom-SecureString -SecureString (ConvertTo-SecureString '${SECRET}' -AsPlainText) -AsPlainText`)).toEqual([SECRET]);
    const refused = await run(`ConvertTo-SecureString '${SECRET}' -AsPlainText | ConvertFrom-SecureString`);
    expect(refused.output).toEqual([]);
    expect(refused.errors.map((e) => e.errorId)).toEqual(['ExportSecureString']);
    expect(refused.errors[0]?.message).toContain('add -AsPlainText');
  });
});
