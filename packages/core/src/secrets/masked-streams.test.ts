import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entraSession, type EntraSession } from '../commands/entra/test-support/entra-session.js';
import type { CollectedRun } from '../session/collect.js';
import type { ErrorRecord } from '../pipeline/records.js';
import type { PSObject } from '../values/model.js';

let entra: EntraSession;
beforeAll(async () => {
  entra = await entraSession();
  await entra.connect();
});
afterAll(() => entra.close());

/** Everything a run showed besides its output records, as text. */
function sideStreams(run: CollectedRun): string {
  const error = (e: ErrorRecord) =>
    [
      e.message,
      String(e.targetObject),
      e.recommendedAction ?? '',
      e.position?.lineText ?? '',
      e.categoryInfo,
    ].join('\n');
  return [
    ...run.errors.map(error),
    ...run.warnings.map((w) => w.message),
    ...run.verbose.map((v) => v.message),
    ...run.debug.map((d) => d.message),
  ].join('\n');
}

describe('no secret the session knows reaches verbose, debug, warning or error text', () => {
  it('issuing passes with -Verbose -Debug, then mentioning them in every stream', async () => {
    const issued = await entra.run(
      `$taps = Get-EntraIDUser -Filter "department eq 'Sales'" | Select-Object -First 3 | New-EntraIDUserTemporaryAccessPass -Verbose -Debug; $taps`,
    );
    const passes = issued.output.map((r) => (r as PSObject).get('TemporaryAccessPass') as string);
    expect(passes).toHaveLength(3);
    expect(issued.verbose.length).toBeGreaterThan(0);
    for (const pass of passes) expect(sideStreams(issued)).not.toContain(pass);

    const mentioned = await entra.run(
      [
        `Write-Verbose "first pass: $($taps[0].TemporaryAccessPass)" -Verbose`,
        `Write-Debug "second pass: $($taps[1].TemporaryAccessPass)" -Debug`,
        `Write-Warning "third pass: $($taps[2].TemporaryAccessPass)"`,
        `Write-Error "pass $($taps[0].TemporaryAccessPass) failed"`,
        `Get-EntraIDUser -Identity $taps[1].TemporaryAccessPass`,
        `try { throw "thrown $($taps[2].TemporaryAccessPass)" } catch { Write-Error $_ }`,
        `[int]$taps[0].TemporaryAccessPass`,
      ].join('\n'),
    );
    expect(mentioned.errors.length).toBeGreaterThanOrEqual(3);
    const text = sideStreams(mentioned);
    expect(text).toContain('********');
    for (const pass of passes) expect(text).not.toContain(pass);

    const history = await entra.run('$Error | ForEach-Object { $_.ToString() }');
    for (const pass of passes) expect(JSON.stringify(history.output)).not.toContain(pass);
  });

  it('a token given to Connect-EntraID is masked in an error that quotes it, even from a line that failed to bind', async () => {
    const token = entra.emulator.mintToken({});
    const failed = await entra.run(`Connect-EntraID -AccessToken ${token} -NoSuchParameter`);
    expect(failed.errors).toHaveLength(1);
    expect(sideStreams(failed)).not.toContain(token);
    const quoted = await entra.run(`$t = '${token}'; Write-Error "bad token $t"; Write-Verbose $t -Verbose`);
    expect(sideStreams(quoted)).not.toContain(token.slice(0, 40));
  });

  it('leaves output and host text alone: showing an issued pass is the point', async () => {
    const run = await entra.run(
      `$p = New-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com; Write-Host $p.TemporaryAccessPass; $p.TemporaryAccessPass`,
    );
    const pass = run.output[0] as string;
    expect(run.information[0]?.hostText).toBe(pass);
  });
});
