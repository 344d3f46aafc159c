/**
 * Where a non-interactive script comes from: -Command (or `-Command -` for stdin), -File with its
 * arguments, or standard input when it is not a terminal. A UTF-8 byte order mark is dropped.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ShellOptions } from '../cli/arguments.js';

export interface ScriptSource {
  readonly text: string;
  /** The script file (for error positions), when it came from -File. */
  readonly path?: string;
  /** `$args` for -File. */
  readonly args: readonly string[];
}

export type ScriptSourceResult = { readonly ok: true; readonly source: ScriptSource } | { readonly ok: false; readonly error: string };

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function readScriptSource(options: ShellOptions, io: { stdin: NodeJS.ReadableStream; cwd: string }): Promise<ScriptSourceResult> {
  if (options.file) {
    const path = resolve(io.cwd, options.file.path);
    try {
      return { ok: true, source: { text: withoutBom(await readFile(path, 'utf8')), path, args: options.file.args } };
    } catch {
      return {
        ok: false,
        error: `The argument '${options.file.path}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
      };
    }
  }
  if (options.command !== undefined && options.command !== '-') return { ok: true, source: { text: options.command, args: [] } };
  return { ok: true, source: { text: withoutBom(await readAll(io.stdin)), args: [] } };
}
