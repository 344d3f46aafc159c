import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entraSession, type EntraSession } from '../commands/entra/test-support/entra-session.js';
import { createEntraShellSession } from '../commands/index.js';
import { formatRecords, renderDescriptions } from '../format/index.js';
import type { ErrorRecord } from '../pipeline/records.js';
import type { Session } from '../session/session.js';
import type { PSObject } from '../values/model.js';
import { HIDDEN_COMMAND } from './transcripts.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'entra-transcript-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string): string => join(dir, name);
const modeOf = (path: string): number => statSync(path).mode & 0o777;

/**
 * What a host does: runs the line after its prompt and shows each event as it arrives, reporting
 * the text to the transcripts; a little late, as a real host is (it yields to the event loop).
 */
interface Shown {
  readonly output: unknown[];
  readonly errors: ErrorRecord[];
  readonly verbose: { readonly message: string }[];
}

async function hostRun(session: Session, line: string, prompt = 'PS /work> '): Promise<Shown> {
  const run: Shown = { output: [], errors: [], verbose: [] };
  for await (const event of session.run(line, { prompt })) {
    await new Promise((resolve) => setImmediate(resolve));
    if (event.type === 'output') {
      run.output.push(event.value);
      session.transcribe(renderDescriptions(formatRecords([event.value]), { width: 120, color: false }));
    } else if (event.type === 'error') {
      run.errors.push(event.record);
      session.transcribe(event.record.message);
    } else if (event.type === 'verbose') {
      run.verbose.push(event.record);
      session.transcribe(`VERBOSE: ${event.record.message}`);
    }
  }
  return run;
}

describe('Start-Transcript / Stop-Transcript', () => {
  it('writes pwsh’s header, each command after its prompt, the text shown, and the footer, in an owner-only file', async () => {
    const { session } = createEntraShellSession();
    const path = file('session.txt');
    const started = await hostRun(session, `Start-Transcript -Path '${path}'`);
    expect(started.output).toEqual([`Transcript started, output file is ${path}`]);
    expect(modeOf(path)).toBe(0o600);
    await hostRun(session, "'hello' + ', world'");
    const stopped = await hostRun(session, 'Stop-Transcript');
    expect(stopped.output).toEqual([`Transcript stopped, output file is ${path}`]);
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '**********************',
      'PowerShell transcript start',
      expect.stringMatching(/^Start time: \d{14}$/),
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Username: .+\\.+$/),
        expect.stringMatching(/^Machine: .+ \((Unix|Microsoft Windows NT) [\d.]+\)$/),
        `Process ID: ${process.pid}`,
      ]),
    );
    const body = lines.slice(lines.indexOf(`Transcript started, output file is ${path}`));
    expect(body).toEqual([
      `Transcript started, output file is ${path}`,
      "PS /work> 'hello' + ', world'",
      'hello, world',
      'PS /work> Stop-Transcript',
      '**********************',
      'PowerShell transcript end',
      expect.stringMatching(/^End time: \d{14}$/),
      '**********************',
      '',
    ]);
  });

  it('follows the history rules: a line holding a secret is a placeholder, known secrets in the output are masked', async () => {
    const entra: EntraSession = await entraSession();
    try {
      await entra.connect();
      const path = file('taps.txt');
      await hostRun(entra.session, `Start-Transcript '${path}' -IncludeInvocationHeader`);
      await hostRun(entra.session, "$pw = ConvertTo-SecureString 'pfx-Password-1' -AsPlainText");
      const issued = await hostRun(
        entra.session,
        'Get-EntraIDUser -Filter "department eq \'Sales\'" | Select-Object -First 2 | New-EntraIDUserTemporaryAccessPass -Verbose',
      );
      await hostRun(entra.session, `Write-Output "token: ${entra.emulator.mintToken({})}"`);
      await hostRun(entra.session, 'Stop-Transcript');
      const text = readFileSync(path, 'utf8');
      expect(text).not.toContain('pfx-Password-1');
      expect(text).toContain(`PS /work> ${HIDDEN_COMMAND}`);
      expect(text).toMatch(/\*{22}\nCommand start time: \d{14}\n\*{22}\nPS \/work> Get-EntraIDUser/);
      const passes = issued.output.map((r) => (r as PSObject).get('TemporaryAccessPass') as string);
      expect(passes).toHaveLength(2);
      for (const pass of passes) {
        expect(text).not.toContain(pass);
        expect(text).toContain('*'.repeat(pass.length));
      }
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10}/);
    } finally {
      await entra.close();
    }
  });

  it('empties an existing file, appends with -Append (made owner-only first), and refuses with -NoClobber', async () => {
    const { session } = createEntraShellSession();
    const path = file('existing.txt');
    writeFileSync(path, 'earlier text\n');
    chmodSync(path, 0o644);
    const refused = await hostRun(session, `Start-Transcript -Path '${path}' -NoClobber`);
    expect(refused.errors[0]?.message).toBe(`File ${path} already exists and NoClobber was specified.`);
    expect(refused.errors[0]?.fullyQualifiedErrorId).toBe('NoClobber,Start-Transcript');
    await hostRun(session, `Start-Transcript -Path '${path}' -Append; Stop-Transcript`);
    expect(modeOf(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^earlier text\n\*{22}\nPowerShell transcript start/);
    await hostRun(session, `Start-Transcript -Path '${path}' -UseMinimalHeader; Stop-Transcript`);
    expect(readFileSync(path, 'utf8')).toMatch(
      /^\*{22}\nPowerShell transcript start\nStart time: \d{14}\n\*{22}\nTranscript started, output file is .*\n\*{22}\nPowerShell transcript end\n/,
    );
  });

  it('names the default file as pwsh does: under -OutputDirectory, $Transcript, or the home directory', async () => {
    const home = file('home');
    mkdirSync(home);
    const saved = process.env['HOME'];
    process.env['HOME'] = home;
    try {
      const { session } = createEntraShellSession({ location: dir });
      await hostRun(session, 'Start-Transcript; Stop-Transcript');
      expect(readdirSync(home)).toEqual([
        expect.stringMatching(/^PowerShell_transcript\.[^.]+\.[A-Za-z0-9+_=]{8}\.\d{14}\.txt$/),
      ]);
      await hostRun(session, 'Start-Transcript -OutputDirectory logs; Stop-Transcript');
      expect(readdirSync(join(home, 'logs'))).toHaveLength(1);
      await hostRun(session, `$Transcript = '${file('chosen.txt')}'; Start-Transcript; Stop-Transcript`);
      expect(existsSync(file('chosen.txt'))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env['HOME'];
      else process.env['HOME'] = saved;
    }
  });

  it('reports pwsh’s errors: a directory, nothing to stop', async () => {
    const { session } = createEntraShellSession();
    const directory = await hostRun(session, `Start-Transcript -Path '${dir}'`);
    expect(directory.errors[0]?.message).toBe(
      `Transcription cannot be started due to the error: File path ${dir} resolves to a directory.`,
    );
    expect(directory.errors[0]?.errorId).toBe('CannotStartTranscription');
    const nothing = await hostRun(session, 'Stop-Transcript');
    expect(nothing.errors[0]?.message).toBe(
      'An error occurred stopping transcription: The host is not currently transcribing.',
    );
  });

  it('records what the host shows before Stop-Transcript in the same line, and nothing after it', async () => {
    const { session } = createEntraShellSession();
    const path = file('race.txt');
    await hostRun(session, `Start-Transcript '${path}'`);
    await hostRun(session, "Write-Error 'first'; 'second'; Stop-Transcript; 'after the stop'");
    await hostRun(
      session,
      `Start-Transcript '${path}' -Append; 'third'; $null = Stop-Transcript; 'after the quiet stop'`,
    );
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/first\nsecond\n\*{22}\nPowerShell transcript end/);
    expect(text).toMatch(/third\n\*{22}\nPowerShell transcript end/);
    expect(text).not.toMatch(/^after the/m);
    expect(text).not.toContain('Transcript stopped');
  });

  it('records to every open transcript, stops the most recent first, and closes them all when the host exits', async () => {
    const { session } = createEntraShellSession();
    const outer = file('outer.txt');
    const inner = file('inner.txt');
    await hostRun(session, `Start-Transcript '${outer}'`);
    await hostRun(session, `Start-Transcript '${inner}'`);
    await hostRun(session, "'both'");
    expect((await hostRun(session, 'Stop-Transcript')).output).toEqual([
      `Transcript stopped, output file is ${inner}`,
    ]);
    await hostRun(session, "'outer only'");
    session.transcripts.stopAll();
    expect(readFileSync(inner, 'utf8')).toContain('both');
    expect(readFileSync(inner, 'utf8')).not.toContain('outer only');
    expect(readFileSync(outer, 'utf8')).toMatch(/both[\s\S]*outer only[\s\S]*PowerShell transcript end/);
  });
});
