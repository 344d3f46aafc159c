/**
 * The history file: `$XDG_STATE_HOME/entra-shell/history`, else `~/.local/state/entra-shell/history`.
 * Entries are appended one at a time as they are accepted (so a crash loses nothing and two
 * shells interleave rather than overwrite), the file is created 0600 in a 0700 directory because
 * command lines can name users and tenants, and it is compacted when duplicates pile up.
 */
import { appendFile, chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { decodeFile, encodeEntry } from './file-format.js';
import { dedupe, HISTORY_CAPACITY } from './history-list.js';

export function defaultHistoryPath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const stateHome = env['XDG_STATE_HOME'];
  // The XDG spec says a relative path must be ignored.
  const base = stateHome && stateHome.startsWith('/') ? stateHome : join(home, '.local', 'state');
  return join(base, 'entra-shell', 'history');
}

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

export class HistoryFile {
  readonly #path: string;
  readonly #capacity: number;
  /** Appends run one after another so entries land in the order they were accepted. */
  #queue: Promise<void> = Promise.resolve();
  #prepared = false;

  constructor(path: string, capacity = HISTORY_CAPACITY) {
    this.#path = path;
    this.#capacity = capacity;
  }

  get path(): string {
    return this.#path;
  }

  /** Reads the entries (oldest first, deduplicated); a missing or unreadable file is an empty history. */
  async load(): Promise<string[]> {
    let content: string;
    try {
      content = await readFile(this.#path, 'utf8');
    } catch {
      return [];
    }
    const raw = decodeFile(content);
    const entries = dedupe(raw, this.#capacity);
    // Rewrite when the file holds twice what it needs: duplicates and entries past the capacity.
    if (raw.length > 2 * Math.max(entries.length, 1) && raw.length > 64) await this.#rewrite(entries).catch(() => undefined);
    return entries;
  }

  /** Queues one entry for the file. Never rejects: history must not break the shell. */
  append(entry: string): Promise<void> {
    this.#queue = this.#queue.then(() => this.#appendNow(entry)).catch(() => undefined);
    return this.#queue;
  }

  /** Resolves when every queued append has reached the file. */
  flush(): Promise<void> {
    return this.#queue;
  }

  async #appendNow(entry: string): Promise<void> {
    await this.#prepare();
    await appendFile(this.#path, encodeEntry(entry) + '\n', { mode: FILE_MODE });
  }

  async #prepare(): Promise<void> {
    if (this.#prepared) return;
    await mkdir(dirname(this.#path), { recursive: true, mode: DIR_MODE });
    // appendFile's mode applies only when it creates the file; tighten an existing one too.
    await appendFile(this.#path, '', { mode: FILE_MODE });
    await chmod(this.#path, FILE_MODE);
    this.#prepared = true;
  }

  async #rewrite(entries: readonly string[]): Promise<void> {
    await this.#prepare();
    const tmp = `${this.#path}.${process.pid}.tmp`;
    await writeFile(tmp, entries.map((e) => encodeEntry(e) + '\n').join(''), { mode: FILE_MODE });
    await rename(tmp, this.#path);
  }
}
