/**
 * Files that hold secrets are readable and writable by their owner only (mode 600), decided by
 * what is written, not by which command writes it: every writer (Export-Csv, Out-File,
 * Set-Content, Add-Content, Tee-Object, redirection, transcripts) asks here before it writes.
 *
 * Never "write, then chmod": permissions are checked when a file is opened, so a reader who
 * opened the file while it was readable would keep reading whatever is written after the chmod.
 * A new file is created with mode 600; an existing file with wider permissions (appended to, or
 * created empty before the first secret arrived) is replaced by an owner-only copy of itself
 * under the same name before the secret is written, so a descriptor opened on the old file never
 * sees it.
 */
import {
  closeSync,
  existsSync,
  fchmodSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  chmodSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { ServiceReader } from '../cmdlet/services.js';
import { holdsSecret } from './holds-secret.js';
import { secretsOf } from './secret-registry.js';

export const OWNER_ONLY_MODE = 0o600;

/** What a writer hands over: the session's services, and its verbose stream for the note. */
export interface SecretFileContext {
  readonly services: ServiceReader;
  writeVerbose?(message: string): void;
}

/** Whether a file at `path` gives anyone but its owner access. */
function isWiderThanOwner(path: string): boolean {
  return (statSync(path).mode & 0o077) !== 0;
}

/** Copies `path` into a new owner-only file beside it and moves that over `path`. */
function replaceWithOwnerOnlyCopy(path: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const out = openSync(temporary, 'wx', OWNER_ONLY_MODE);
  try {
    const input = openSync(path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(64 * 1024);
      for (;;) {
        const read = readSync(input, buffer, 0, buffer.length, null);
        if (read === 0) break;
        writeSync(out, buffer, 0, read);
      }
    } finally {
      closeSync(input);
    }
    fchmodSync(out, OWNER_ONLY_MODE);
  } catch (error) {
    closeSync(out);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(out);
  renameSync(temporary, path);
}

/**
 * Makes an existing file owner-only (a missing one is left for the writer to create with
 * OWNER_ONLY_MODE). A symbolic link keeps pointing where it did: its target is chmod-ed, the only
 * way to tighten it without breaking the link; so is a file in a directory we cannot write to.
 */
export function makeOwnerOnly(path: string): void {
  if (!existsSync(path) || !isWiderThanOwner(path)) return;
  if (lstatSync(path).isSymbolicLink()) {
    chmodSync(path, OWNER_ONLY_MODE);
    return;
  }
  try {
    replaceWithOwnerOnlyCopy(path);
  } catch {
    chmodSync(path, OWNER_ONLY_MODE);
  }
}

/**
 * Watches one file while a command writes it. Create it before the file is created or opened by
 * the command (it notes whether the file existed, for the verbose note), then call `check(value)`
 * with what each piece of content was made from, before writing that piece. The first time a
 * piece holds a secret, the file is made owner-only (and the verbose stream says so); from then
 * on `mode` is OWNER_ONLY_MODE, the mode to create the file with if it does not exist yet.
 *
 * A writer that keeps the file open passes `restrict`, its own way of making the open file
 * owner-only (the file is replaced by an owner-only copy, so it must reopen it); one that writes
 * by path (appendFile) needs none.
 */
export class SecretFileGuard {
  readonly #context: SecretFileContext;
  readonly #path: string;
  readonly #existed: boolean;
  readonly #restrict: () => void;
  #ownerOnly = false;

  constructor(context: SecretFileContext, path: string, restrict: () => void = () => makeOwnerOnly(path)) {
    this.#context = context;
    this.#path = path;
    this.#existed = existsSync(path);
    this.#restrict = restrict;
  }

  /** OWNER_ONLY_MODE once the file holds (or is about to hold) a secret; undefined for the default mode. */
  get mode(): number | undefined {
    return this.#ownerOnly ? OWNER_ONLY_MODE : undefined;
  }

  get ownerOnly(): boolean {
    return this.#ownerOnly;
  }

  /** Call before writing content made from `value`; true when the file is owner-only. */
  check(value: unknown): boolean {
    if (!this.#ownerOnly && holdsSecret(secretsOf(this.#context), value)) this.restrict();
    return this.#ownerOnly;
  }

  /** Makes the file owner-only now, whatever it holds (transcripts always are). */
  restrict(): void {
    if (this.#ownerOnly) return;
    this.#restrict();
    this.#ownerOnly = true;
    const how = this.#existed ? 'set to mode 600' : 'created with mode 600';
    this.#context.writeVerbose?.(`The file '${this.#path}' is ${how} because it holds secrets.`);
  }
}

/**
 * For a writer that has all its content at hand (Set-Content, Out-File, redirection): the mode to
 * create `path` with, OWNER_ONLY_MODE when `values` include a secret (an existing file is then
 * made owner-only before this returns), else undefined. Call it before opening the file.
 */
export function secretAwareMode(
  context: SecretFileContext,
  path: string,
  values: Iterable<unknown>,
): number | undefined {
  const guard = new SecretFileGuard(context, path);
  for (const value of values) if (guard.check(value)) break;
  return guard.mode;
}
