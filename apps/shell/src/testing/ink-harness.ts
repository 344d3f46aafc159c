/**
 * Renders an Ink tree against in-memory terminal streams with a chosen width, like
 * ink-testing-library (whose stdout is always 100 columns). Test-only.
 */
import { EventEmitter } from 'node:events';
import { render, type Instance } from 'ink';
import type { ReactNode } from 'react';

class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly frames: string[] = [];
  constructor(public columns: number, public rows = 40) {
    super();
  }
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
}

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  #data: string | null = null;
  write = (data: string): void => {
    this.#data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = (): string | null => {
    const data = this.#data;
    this.#data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

export interface Harness {
  readonly stdin: FakeStdin;
  readonly stdout: FakeStdout;
  readonly instance: Instance;
  /** Everything on screen: the scrollback followed by the live area. */
  lastFrame(): string;
  /** Types text or key sequences, e.g. type('Get-Date', '\r'). */
  type(...chunks: string[]): void;
  /** Polls until `predicate` holds for the frame (fails after `timeoutMs`). */
  waitForFrame(predicate: (frame: string) => boolean, timeoutMs?: number): Promise<string>;
  unmount(): void;
}

export function renderInk(node: ReactNode, options: { columns?: number } = {}): Harness {
  const stdout = new FakeStdout(options.columns ?? 100);
  const stderr = new FakeStdout(options.columns ?? 100);
  const stdin = new FakeStdin();
  const instance = render(node, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const lastFrame = (): string => stdout.frames[stdout.frames.length - 1] ?? '';
  return {
    stdin,
    stdout,
    instance,
    lastFrame,
    type: (...chunks) => {
      for (const chunk of chunks) stdin.write(chunk);
    },
    waitForFrame: async (predicate, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const frame = lastFrame();
        if (predicate(frame)) return frame;
        if (Date.now() > deadline) throw new Error(`the screen never matched; it shows:\n${frame}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
  };
}
