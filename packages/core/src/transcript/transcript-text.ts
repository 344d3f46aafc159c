/**
 * The texts of a transcript file, in pwsh's layout: the header (full or minimal), the invocation
 * header before each command, the footer, and the default file name. Timestamps are local time
 * as yyyyMMddHHmmss, as pwsh writes them.
 */
import { randomBytes } from 'node:crypto';
import { hostname, release, userInfo } from 'node:os';
import { join } from 'node:path';

const RULE = '**********************';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function transcriptTimestamp(date: Date): string {
  return `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

/** .NET's Environment.MachineName: the host name up to its first dot. */
export function machineName(): string {
  return hostname().split('.')[0] ?? hostname();
}

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    // A container user without a passwd entry.
    return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
  }
}

/** .NET's Environment.OSVersion.VersionString: `Unix 6.5.0.35` from a kernel release such as `6.5.0-35-generic`. */
function osVersionString(): string {
  const numbers = release().match(/\d+/g)?.slice(0, 4).join('.') ?? release();
  return process.platform === 'win32' ? `Microsoft Windows NT ${numbers}` : `Unix ${numbers}`;
}

export interface HeaderInfo {
  readonly start: Date;
  /** The command line of this process (already cleared of secrets). */
  readonly hostApplication: string;
  /** `Name: value` lines of $PSVersionTable. */
  readonly versionLines: readonly string[];
}

export function fullHeader(info: HeaderInfo): string[] {
  const user = `${machineName()}\\${userName()}`;
  return [
    RULE,
    'PowerShell transcript start',
    `Start time: ${transcriptTimestamp(info.start)}`,
    `Username: ${user}`,
    `RunAs User: ${user}`,
    'Configuration Name: ',
    `Machine: ${machineName()} (${osVersionString()})`,
    `Host Application: ${info.hostApplication}`,
    `Process ID: ${process.pid}`,
    ...info.versionLines,
    RULE,
  ];
}

export function minimalHeader(start: Date): string[] {
  return [RULE, 'PowerShell transcript start', `Start time: ${transcriptTimestamp(start)}`, RULE];
}

export function footer(end: Date): string[] {
  return [RULE, 'PowerShell transcript end', `End time: ${transcriptTimestamp(end)}`, RULE];
}

export function invocationHeader(at: Date): string[] {
  return [RULE, `Command start time: ${transcriptTimestamp(at)}`, RULE];
}

/**
 * pwsh's default transcript file in `directory`: PowerShell_transcript.<machine>.<random>.<time>.txt.
 * The random part (6 bytes, base64) keeps the name unguessable, as pwsh's does.
 */
export function defaultTranscriptPath(directory: string, now: Date): string {
  const random = randomBytes(6).toString('base64').replace(/\//g, '_');
  return join(directory, `PowerShell_transcript.${machineName()}.${random}.${transcriptTimestamp(now)}.txt`);
}
