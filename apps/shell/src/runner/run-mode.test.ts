/**
 * The runner, in-process, on the real core session: script sources, text and JSON output, error
 * streams and exit codes.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArguments } from '../cli/arguments.js';
import { runScriptMode, type RunnerIO } from './run-mode.js';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'entra-shell-runner-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function sink(): PassThrough & { text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return Object.assign(stream, { text: () => text });
}

async function run(argv: string[], stdinText = '', extra: Partial<RunnerIO> = {}): Promise<Ran> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) throw new Error(parsed.error);
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const stdout = sink();
  const stderr = sink();
  const code = await runScriptMode(parsed.options, { stdin, stdout, stderr, env: {}, cwd: dir, ...extra });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('runner', () => {
  it('runs -Command and prints values one per line, exit 0', async () => {
    const r = await run(['-Command', "1..3; 'done'"]);
    expect(r).toEqual({ code: 0, stdout: '1\n2\n3\ndone\n', stderr: '' });
  });

  it('runs the script on stdin', async () => {
    expect(await run([], "$x = 20\n$x + 1\n")).toMatchObject({ code: 0, stdout: '21\n' });
    expect(await run(['-Command', '-'], '"a" + "b"')).toMatchObject({ code: 0, stdout: 'ab\n' });
  });

  it('runs -File with its arguments in $args', async () => {
    await writeFile(join(dir, 'greet.ps1'), '"Hello, $($args[0]) and $($args[1])"\n');
    expect(await run(['-File', 'greet.ps1', 'Ada', 'Grace'])).toMatchObject({ code: 0, stdout: 'Hello, Ada and Grace\n' });
  });

  it('runs a -File script that defines functions and binds its param block from the arguments', async () => {
    const script = [
      'param([string]$Domain = "contoso.com", [switch]$Shout)',
      'function Format-Address {',
      '  param([Parameter(Mandatory, ValueFromPipelineByPropertyName)][string]$Name, [string]$At = $Domain)',
      '  process {',
      '    $address = "$($Name.ToLower())@$At"',
      '    if ($Shout) { $address.ToUpper() } else { $address }',
      '  }',
      '}',
      "Import-Csv users.csv | Format-Address",
      "Format-Address -Name Eve -At example.org",
      'Format-Address',
    ].join('\n');
    await writeFile(join(dir, 'users.csv'), 'Name,Dept\nAda,IT\nGrace,HR\n');
    await writeFile(join(dir, 'addresses.ps1'), script);
    const r = await run(['-File', 'addresses.ps1', '-Domain', 'fabrikam.com']);
    expect(r.stdout).toBe('ada@fabrikam.com\ngrace@fabrikam.com\neve@example.org\n');
    expect(r.stderr).toContain('Format-Address: \nLine |\n  11 |  Format-Address\n');
    expect(r.stderr).toContain('Cannot process command because of one or more missing mandatory parameters: Name.');
    expect(r.code).toBe(1);
    expect((await run(['-File', 'addresses.ps1', '-Shout'])).stdout).toBe('ADA@CONTOSO.COM\nGRACE@CONTOSO.COM\nEVE@EXAMPLE.ORG\n');
  });

  it('continues a function definition over several lines of stdin', async () => {
    expect(await run([], 'function Add-Two($n) {\n  $n + 2\n}\nAdd-Two 40\n')).toMatchObject({ code: 0, stdout: '42\n' });
  });

  it('starts the session at its cwd: relative paths in the script are read there', async () => {
    await writeFile(join(dir, 'users.csv'), 'Name\nAda\n');
    expect(await run(['-Command', '(Get-Location).Path; (Import-Csv users.csv).Name'])).toMatchObject({ code: 0, stdout: `${dir}\nAda\n` });
  });

  it('reports a missing -File with exit 64', async () => {
    const r = await run(['-File', 'missing.ps1']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("The argument 'missing.ps1' is not recognized as the name of a script file.");
  });

  it('writes errors to stderr in the concise view and exits 1, output still on stdout', async () => {
    const r = await run(['-Command', "'before'; Get-Nothing; 'after'"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('before\nafter\n');
    expect(r.stderr).toContain("Get-Nothing: The term 'Get-Nothing' is not recognized as a name of a cmdlet");
    expect(r.stderr).not.toContain('\x1b[');
  });

  it('shows parse errors with the Line | block, and a script file name', async () => {
    const r = await run(['-Command', "'abc"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("ParserError: \nLine |\n   1 |  'abc\n     |  ~~~~\n     | The string is missing the terminator: '.");
    await writeFile(join(dir, 'bad.ps1'), "1\n(2 + \n");
    const f = await run(['-File', 'bad.ps1']);
    expect(f.stderr).toContain(`${join(dir, 'bad.ps1')}:`);
  });

  it('ends the script at a terminating error with exit 1', async () => {
    const r = await run(['-Command', "'one'; throw 'boom'; 'two'"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('one\n');
    expect(r.stderr).toContain('boom');
  });

  it('exits with the code given to exit', async () => {
    expect((await run(['-Command', "'x'; exit 3; 'y'"])).code).toBe(3);
    expect((await run(['-Command', 'exit'])).code).toBe(0);
  });

  it('writes one JSON array of the output records, errors to stderr', async () => {
    const r = await run(['-OutputFormat', 'Json', '-Command', "1; 'two'; @{ Name = 'Ada'; Langs = @('en', 'fr') }; Get-Nothing"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([1, 'two', { Name: 'Ada', Langs: ['en', 'fr'] }]);
    expect(r.stderr).toContain("The term 'Get-Nothing' is not recognized");
  });

  it('writes [] when there is no output', async () => {
    const r = await run(['-of', 'json', '-c', '$null = 1']);
    expect(r).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('starts unconnected', async () => {
    const r = await run(['-Command', 'Get-EntraIDConnection']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Connect-EntraID/);
  });

  it('runs the seed examples on the demo tenant and writes the passes as JSON', async () => {
    const r = await run([
      '-OutputFormat',
      'Json',
      '-Command',
      'Connect-EntraID -Demo | Out-Null; New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com; ' +
        'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com | New-PnPEntraIDUserTemporaryAccessPass -StartDateTime (Get-Date).AddMinutes(10) -LifeTimeInMinutes 15 -IsUseableOnce:$false',
    ]);
    expect(r.code).toBe(0);
    const passes = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(passes).toHaveLength(2);
    for (const pass of passes) {
      expect(pass).toMatchObject({ UserPrincipalName: 'johndoe@contoso.onmicrosoft.com', IsUsableOnce: false });
      expect(typeof pass['TemporaryAccessPass']).toBe('string');
    }
    expect(passes[1]).toMatchObject({ LifetimeInMinutes: 15 });
  });

  it('-NonInteractive turns a missing mandatory parameter into an error', async () => {
    const r = await run(['-NonInteractive', '-Command', 'Connect-EntraID -Demo | Out-Null; New-EntraIDUserTemporaryAccessPass'], '', { stdin: Object.assign(new PassThrough(), { isTTY: true }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Cannot process command because of one or more missing mandatory parameters: Identity.');
  });

  it('without -NonInteractive, asks for a missing mandatory parameter at the terminal', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const pending = run(['-of', 'Json', '-Command', 'Connect-EntraID -Demo | Out-Null; New-EntraIDUserTemporaryAccessPass'], '', { stdin });
    stdin.write('johndoe@contoso.onmicrosoft.com\n');
    const r = await pending;
    expect(r.stderr).toContain('Supply values for the following parameters:');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ UserPrincipalName: 'johndoe@contoso.onmicrosoft.com' })]);
  });

  it('never prompts when the script itself comes from stdin', async () => {
    const r = await run([], 'Connect-EntraID -Demo | Out-Null; New-EntraIDUserTemporaryAccessPass');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing mandatory parameters: Identity');
  });

  it('stops when interrupted, with exit 130', async () => {
    const interrupt = new AbortController();
    const pending = run(['-Command', 'foreach ($i in 1..100000000) { $i }'], '', { signal: interrupt.signal });
    setTimeout(() => interrupt.abort(), 200);
    expect((await pending).code).toBe(130);
  });

  it('records a transcript of what it shows, errors included, passes masked, and closes it at the end of the script', async () => {
    const script = [
      'Connect-EntraID -Demo | Out-Null',
      "Start-Transcript -Path ./run.log",
      "$tap = New-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com",
      "'pass: ' + $tap.TemporaryAccessPass",
      "Write-Error 'something failed'",
      "Write-Host 'done'",
    ].join('\n');
    await writeFile(join(dir, 'issue.ps1'), script);
    const r = await run(['-File', 'issue.ps1']);
    const pass = /pass: (\S+)/.exec(r.stdout)?.[1] ?? '';
    expect(pass.length).toBeGreaterThanOrEqual(8);
    const log = await readFile(join(dir, 'run.log'), 'utf8');
    expect((await stat(join(dir, 'run.log'))).mode & 0o777).toBe(0o600);
    expect(log).toContain(`pass: ${'*'.repeat(pass.length)}\n`);
    expect(log).not.toContain(pass);
    expect(log).toContain('something failed');
    expect(log).toMatch(/done\n\*{22}\nPowerShell transcript end\nEnd time: \d{14}\n\*{22}\n$/);
  });
});
