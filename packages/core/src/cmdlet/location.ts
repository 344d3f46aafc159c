/**
 * The session's current location, PowerShell's `$PWD`: where relative paths start. Each session
 * keeps its own (several sessions can live in one process, so process.chdir is never used), with
 * the history `Set-Location -` and `+` walk and the stack Push-Location and Pop-Location use.
 * It only holds paths: checking that a directory exists is the cmdlets' job.
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';

/** pwsh keeps this many locations for `Set-Location -`. */
const historyLimit = 20;

/** `~`, `~/x` and `~\x` start at the home directory; other paths are left as typed. */
export function expandHome(path: string, home: string): string {
  return path === '~' || path.startsWith('~/') || path.startsWith('~\\') ? home + path.slice(1) : path;
}

export class SessionLocation {
  readonly home: string;
  #current: string;
  readonly #back: string[] = [];
  readonly #forward: string[] = [];
  readonly #stack: string[] = [];

  /** `initial` is made absolute against the process working directory. */
  constructor(initial: string = process.cwd(), home: string = homedir()) {
    this.home = home;
    this.#current = resolve(initial);
  }

  /** The current location, an absolute path. */
  get current(): string {
    return this.#current;
  }

  /** A path as typed, made absolute: `~` is the home directory, relative paths start at the current location. */
  resolve(path: string): string {
    return resolve(this.#current, expandHome(path, this.home));
  }

  /** Moves to `directory` (absolute, known to exist), remembering the old location for `back()`. */
  change(directory: string): void {
    if (directory === this.#current) return;
    this.#remember(this.#back, this.#current);
    this.#forward.length = 0;
    this.#current = directory;
  }

  /** `Set-Location -`: the previous location, or undefined when there is none. */
  back(): string | undefined {
    return this.#step(this.#back, this.#forward);
  }

  /** `Set-Location +`: undoes a `back()`, or undefined when there is nothing to redo. */
  forward(): string | undefined {
    return this.#step(this.#forward, this.#back);
  }

  /** Push-Location: saves the current location on the stack (most recent first in `stack`). */
  push(): void {
    this.#stack.push(this.#current);
  }

  /** Pop-Location: the most recently pushed location, removed from the stack; undefined when empty. */
  pop(): string | undefined {
    return this.#stack.pop();
  }

  /** The pushed locations, most recent first. */
  get stack(): readonly string[] {
    return [...this.#stack].reverse();
  }

  #step(from: string[], to: string[]): string | undefined {
    const target = from.pop();
    if (target === undefined) return undefined;
    this.#remember(to, this.#current);
    this.#current = target;
    return target;
  }

  #remember(list: string[], path: string): void {
    list.push(path);
    if (list.length > historyLimit) list.shift();
  }
}
