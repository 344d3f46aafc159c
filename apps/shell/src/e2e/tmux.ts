/**
 * Drives a program in a real terminal through tmux (a private server socket per session, so the
 * user's own tmux is never touched): start it, type, press keys, read the screen. Test-only.
 */
import { execFileSync } from 'node:child_process';

export class TmuxSession {
  readonly #socket: string;
  readonly #name = 'shell';

  private constructor(socket: string) {
    this.#socket = socket;
  }

  static start(command: string, options: { width: number; height: number; env: Record<string, string>; cwd: string }): TmuxSession {
    const session = new TmuxSession(`entra-shell-e2e-${process.pid}-${Date.now()}`);
    const env = Object.entries(options.env).map(([k, v]) => `${k}=${shellQuote(v)}`);
    // remain-on-exit keeps the pane after the shell quits, so its last screen and exit can be read.
    session.#tmux(['-f', '/dev/null', 'new-session', '-d', '-s', session.#name, '-x', String(options.width), '-y', String(options.height), '-c', options.cwd, `env ${env.join(' ')} ${command}`]);
    session.#tmux(['set-option', '-t', session.#name, 'remain-on-exit', 'on']);
    session.#tmux(['set-option', '-t', session.#name, 'history-limit', '50000']);
    return session;
  }

  /** Types text literally (no key names interpreted). */
  type(text: string): void {
    this.#tmux(['send-keys', '-t', this.#name, '-l', text]);
  }

  /** Presses keys by tmux name: 'Enter', 'C-c', 'C-d', 'Tab', 'Up'... */
  press(...keys: string[]): void {
    this.#tmux(['send-keys', '-t', this.#name, ...keys]);
  }

  /** The screen plus scrollback, as plain text. */
  capture(): string {
    return this.#tmux(['capture-pane', '-p', '-J', '-t', this.#name, '-S', '-50000']);
  }

  /** True once the program in the pane has exited. */
  exited(): boolean {
    return this.#tmux(['display-message', '-p', '-t', this.#name, '#{pane_dead}']).trim() === '1';
  }

  async waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.capture();
      if (predicate(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the terminal shows:\n${screen.split('\n').slice(-40).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  kill(): void {
    try {
      this.#tmux(['kill-server']);
    } catch {
      // Already gone.
    }
  }

  #tmux(args: string[]): string {
    return execFileSync('tmux', ['-L', this.#socket, ...args], { encoding: 'utf8' });
  }
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { encoding: 'utf8' });
    return true;
  } catch {
    return false;
  }
}
