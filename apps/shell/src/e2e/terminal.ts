/**
 * Drives a program in a real pseudo-terminal and reads its screen, for end-to-end tests.
 *
 * The pty comes from util-linux `script` (part of every Debian base system), the screen from
 * xterm.js's headless emulator, so the test needs nothing installed as root: no tmux, no native
 * addon. Bytes flow both ways as in a real terminal: the program's output is parsed by the emulator,
 * and the emulator's own replies (cursor-position reports and the like) go back to the program.
 * Test-only.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import xtermHeadless from '@xterm/headless';

const { Terminal } = xtermHeadless;

/** Keys by the names tmux and Emacs use; cursor keys follow the terminal's current mode. */
const CONTROL_KEYS: Record<string, string> = {
  Enter: '\r',
  Tab: '\t',
  Escape: '\x1b',
  BSpace: '\x7f',
  'C-a': '\x01',
  'C-c': '\x03',
  'C-d': '\x04',
  'C-e': '\x05',
  'C-r': '\x12',
  'C-u': '\x15',
  'C-Space': '\x00',
};
const CURSOR_KEYS: Record<string, string> = { Up: 'A', Down: 'B', Right: 'C', Left: 'D' };

export interface TerminalOptions {
  width: number;
  height: number;
  cwd: string;
  env: Record<string, string>;
}

export class TerminalSession {
  readonly #child: ChildProcessByStdio<Writable, Readable, Readable>;
  readonly #screen: InstanceType<typeof Terminal>;
  #exited = false;
  #exitStatus = '';
  /** The tail of `script`'s own error output: why a pty could not be made, say. */
  #stderr = '';
  #pending = Promise.resolve();

  private constructor(child: ChildProcessByStdio<Writable, Readable, Readable>, screen: InstanceType<typeof Terminal>) {
    this.#child = child;
    this.#screen = screen;
  }

  /** Starts `argv` in a pty of the given size. */
  static start(argv: readonly string[], options: TerminalOptions): TerminalSession {
    const screen = new Terminal({ cols: options.width, rows: options.height, scrollback: 50_000, allowProposedApi: true });
    // `script` gives the program a pty; stty sizes it before the program starts, because `script`
    // can only copy a size from its own terminal and the test has none.
    const inner = `stty cols ${options.width} rows ${options.height} && exec ${argv.map(shellQuote).join(' ')}`;
    const child = spawn('script', ['--quiet', '--flush', '--return', '--command', inner, '/dev/null'], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const session = new TerminalSession(child, screen);
    child.stdout.on('data', (chunk: Buffer) => {
      // xterm parses asynchronously; chaining keeps reads after every byte received so far.
      session.#pending = session.#pending.then(() => new Promise<void>((resolve) => screen.write(chunk, resolve)));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      session.#stderr = (session.#stderr + chunk.toString('utf8')).slice(-2000);
    });
    screen.onData((reply) => child.stdin.write(reply));
    child.on('exit', (code, signal) => {
      session.#exited = true;
      session.#exitStatus = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
    });
    return session;
  }

  /** Types text literally. */
  type(text: string): void {
    this.#child.stdin.write(text);
  }

  /** Presses keys by name: 'Enter', 'C-c', 'C-u', 'Tab', 'Up'... */
  press(...keys: string[]): void {
    for (const key of keys) this.#child.stdin.write(this.#bytesOf(key));
  }

  /** The scrollback and screen as plain text: rows the terminal wrapped are joined, trailing blanks trimmed. */
  async capture(): Promise<string> {
    await this.#pending;
    const buffer = this.#screen.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      if (!line) continue;
      const text = line.translateToString(true);
      if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }

  /** True once the program has exited. */
  exited(): boolean {
    return this.#exited;
  }

  /**
   * Waits until the screen satisfies `predicate`. Fails at the deadline, or at once when the program
   * has exited and its last output does not satisfy it, with the screen and `script`'s errors.
   */
  async waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const exitedBefore = this.#exited;
      const screen = await this.capture();
      if (predicate(screen)) return screen;
      if (exitedBefore) throw new Error(`the program ended (${this.#exitStatus}) before ${what}${this.#diagnosis(screen)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${this.#diagnosis(screen)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  kill(): void {
    if (!this.#exited) this.#child.kill('SIGKILL');
    this.#screen.dispose();
  }

  #diagnosis(screen: string): string {
    const shown = screen.trim() === '' ? ' (nothing)' : `:\n${screen.split('\n').slice(-40).join('\n')}`;
    const errors = this.#stderr.trim() === '' ? '' : `\nscript's error output:\n${this.#stderr.trim()}`;
    return `; the terminal shows${shown}${errors}`;
  }

  #bytesOf(key: string): string {
    const control = CONTROL_KEYS[key];
    if (control !== undefined) return control;
    const cursor = CURSOR_KEYS[key];
    if (cursor !== undefined) return (this.#screen.modes.applicationCursorKeysMode ? '\x1bO' : '\x1b[') + cursor;
    throw new Error(`unknown key name: ${key}`);
  }
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** True when util-linux `script` is on PATH (it is on every Debian base system). */
export async function hasScript(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = spawn('script', ['--version'], { stdio: 'ignore' });
    probe.on('error', () => resolve(false));
    probe.on('exit', (code) => resolve(code === 0));
  });
}
