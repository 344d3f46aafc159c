/**
 * A session's transcripts (Start-Transcript / Stop-Transcript): the files being written, most
 * recent last, as pwsh keeps them (each gets everything; Stop-Transcript ends the most recent).
 *
 * The session records each command line it runs (`recordCommand`); hosts record the text they
 * show (`recordOutput`), since only they know how output was rendered. A host shows text a little
 * after the session produced it, so Start-Transcript first waits until the host has caught up
 * (nothing shown earlier lands in the new file), and Stop-Transcript keeps recording until the
 * host shows its "Transcript stopped" line (everything shown before it, table rows held for
 * column sizing included, lands in the file), or the host has caught up without showing it
 * (`$null = Stop-Transcript`). Both follow the history
 * file's secret rules: a command line holding a secret is written as a placeholder, and known
 * secrets and token-shaped values in output are masked. The files are created with mode 600 (an
 * existing file is made owner-only before anything is written to it): a transcript records what
 * was on the screen, passes included until masked, and its name is no secret.
 */
import {
  accessSync,
  appendFileSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  statSync,
  truncateSync,
} from 'node:fs';
import { EOL } from 'node:os';
import { dirname } from 'node:path';
import { serviceKey } from '../cmdlet/services.js';
import { makeOwnerOnly, OWNER_ONLY_MODE } from '../secrets/secret-files.js';
import { footer, fullHeader, invocationHeader, minimalHeader } from './transcript-text.js';

/** What a transcript must not reveal: the session's secret rules. */
export interface TranscriptRedaction {
  mask(text: string): string;
  isSensitiveInput(text: string): boolean;
}

export interface TranscriptRequest {
  /** Absolute path of the file. */
  readonly path: string;
  readonly append: boolean;
  readonly noClobber: boolean;
  /** Make a read-only file writable (pwsh: clear the ReadOnly attribute). */
  readonly force: boolean;
  readonly includeInvocationHeader: boolean;
  readonly useMinimalHeader: boolean;
  /** `Name: value` lines of $PSVersionTable for the full header. */
  readonly versionLines: readonly string[];
}

/** A failure to start, with what the error record needs. */
export class TranscriptError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
    readonly category: 'ResourceExists' | 'InvalidArgument' | 'InvalidOperation',
    readonly exceptionType: string,
  ) {
    super(message);
    this.name = 'TranscriptError';
  }
}

/** The placeholder written instead of a command line that holds a secret. */
export const HIDDEN_COMMAND = '<command line not recorded: it holds a secret>';
const HIDDEN_ARGUMENTS = '<arguments not recorded: they hold a secret>';

/** Escape sequences of the shell's own styling (colours, cursor moves, OSC titles): a transcript is plain text. */

const ESCAPE_SEQUENCES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

interface ActiveTranscript {
  readonly path: string;
  readonly includeInvocationHeader: boolean;
}

function systemMessage(error: unknown, path: string): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `Access to the path '${path}' is denied.`;
    case 'EEXIST':
    case 'ENOTDIR':
      return `The file '${path}' already exists.`;
    case 'ENOENT':
      return `Could not find a part of the path '${path}'.`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function cannotStart(inner: string): TranscriptError {
  return new TranscriptError(
    `Transcription cannot be started due to the error: ${inner}`,
    'CannotStartTranscription',
    'InvalidOperation',
    'PSInvalidOperationException',
  );
}

/** The line Stop-Transcript outputs for a file. */
export function stoppedMessage(path: string): string {
  return `Transcript stopped, output file is ${path}`;
}

export class Transcripts {
  readonly #active: ActiveTranscript[] = [];
  /** Stopped, but still taking what the host shows until its "Transcript stopped" line. */
  #closing: { readonly transcript: ActiveTranscript; readonly marker: string } | undefined;
  readonly #redaction: TranscriptRedaction;
  #hostCaughtUp: () => Promise<void> = () => Promise.resolve();

  constructor(redaction: TranscriptRedaction) {
    this.#redaction = redaction;
  }

  get active(): boolean {
    return this.#active.length > 0 || this.#closing !== undefined;
  }

  /** The session says how to wait for its host: until the host has taken (and shown) every event so far. */
  setHostCaughtUp(wait: () => Promise<void>): void {
    this.#hostCaughtUp = wait;
  }

  /** Resolves once the host has shown everything the session produced so far. */
  hostCaughtUp(): Promise<void> {
    return this.#hostCaughtUp();
  }

  /** Opens (creates, empties or appends to) the file and writes the header. */
  start(request: TranscriptRequest): void {
    const { path } = request;
    const exists = existsSync(path);
    if (exists) {
      if (statSync(path).isDirectory()) throw cannotStart(`File path ${path} resolves to a directory.`);
      if (request.noClobber && !request.append) {
        throw new TranscriptError(
          `File ${path} already exists and NoClobber was specified.`,
          'NoClobber',
          'ResourceExists',
          'UnauthorizedAccessException',
        );
      }
      this.#requireWritable(path, request.force);
    }
    try {
      mkdirSync(dirname(path), { recursive: true });
      if (!exists) closeSync(openSync(path, 'a', OWNER_ONLY_MODE));
      makeOwnerOnly(path);
      if (exists && !request.append) truncateSync(path);
    } catch (error) {
      throw cannotStart(
        systemMessage(error, error instanceof Error && 'path' in error ? String(error.path) : path),
      );
    }
    const transcript = { path, includeInvocationHeader: request.includeInvocationHeader };
    this.#active.push(transcript);
    const start = new Date();
    const header = request.useMinimalHeader
      ? minimalHeader(start)
      : fullHeader({ start, hostApplication: this.#hostApplication(), versionLines: request.versionLines });
    this.#write(transcript, header);
  }

  /**
   * Stops the most recent transcript; returns its path, or undefined when none is active. The
   * file takes what the host still shows until the host shows the stop message, or `finishStop`.
   */
  stop(): string | undefined {
    this.finishStop();
    const transcript = this.#active.pop();
    if (transcript === undefined) return undefined;
    this.#closing = { transcript, marker: stoppedMessage(transcript.path) };
    return transcript.path;
  }

  /** Writes the footer of a stopped transcript whose stop message the host has not shown. */
  finishStop(): void {
    const closing = this.#closing;
    if (closing === undefined) return;
    this.#closing = undefined;
    this.#write(closing.transcript, footer(new Date()));
  }

  /** Ends every transcript, as pwsh does when its runspace closes (the host exits). */
  stopAll(): void {
    this.finishStop();
    while (this.#active.length > 0) {
      this.stop();
      this.finishStop();
    }
  }

  /** A command line the session is about to run, after the prompt shown for it (`PS>` when none). */
  recordCommand(text: string, prompt = 'PS>'): void {
    this.finishStop();
    if (!this.active) return;
    const shown = this.#redaction.isSensitiveInput(text) ? HIDDEN_COMMAND : text;
    for (const transcript of this.#active) {
      this.#write(transcript, [
        ...(transcript.includeInvocationHeader ? invocationHeader(new Date()) : []),
        `${prompt}${shown}`,
      ]);
    }
  }

  /** Text a host showed: plain text, each line without trailing blanks, known secrets masked. */
  recordOutput(text: string): void {
    if (!this.active) return;
    // A block ending in a newline ends its last line there; it is not one more, empty line.
    const lines = this.#redaction
      .mask(text.replace(ESCAPE_SEQUENCES, '').replace(/\r?\n$/, ''))
      .split(/\r?\n/)
      .map((line) => line.trimEnd());
    for (const transcript of this.#active) this.#write(transcript, lines);
    const closing = this.#closing;
    if (closing === undefined) return;
    const end = lines.indexOf(closing.marker);
    this.#write(closing.transcript, end < 0 ? lines : lines.slice(0, end));
    if (end >= 0) this.finishStop();
  }

  /** This process's command line for the header; arguments holding a secret (`-Command "Connect-EntraID -ClientSecret ..."`) are left out. */
  #hostApplication(): string {
    const [program = '', script = '', ...args] = process.argv;
    const command = [program, script].filter((part) => part !== '').join(' ');
    if (args.length === 0) return command;
    const rest = args.join(' ');
    return this.#redaction.isSensitiveInput(rest)
      ? `${command} ${HIDDEN_ARGUMENTS}`
      : this.#redaction.mask(`${command} ${rest}`);
  }

  #requireWritable(path: string, force: boolean): void {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      if (!force) {
        throw new TranscriptError(
          `File ${path} is read-only. Cannot write to this file. "Start-Transcript -Force" will clear the read-only attribute.`,
          'FileReadOnly',
          'InvalidArgument',
          'ArgumentException',
        );
      }
      try {
        chmodSync(path, OWNER_ONLY_MODE);
      } catch (error) {
        throw cannotStart(systemMessage(error, path));
      }
    }
  }

  /** A transcript must never break the session: a file that cannot be written any more is skipped. */
  #write(transcript: ActiveTranscript, lines: readonly string[]): void {
    if (lines.length === 0) return;
    try {
      appendFileSync(transcript.path, lines.join(EOL) + EOL, { mode: OWNER_ONLY_MODE });
    } catch {
      // The disk is full or the file's directory was removed: the session goes on.
    }
  }
}

/** Where a session keeps its transcripts, for Start-Transcript and Stop-Transcript. */
export const transcriptsKey = serviceKey<Transcripts>('session.transcripts');
