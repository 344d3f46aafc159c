/**
 * The non-interactive runner: -Command, -File or a script on stdin, in a session that starts
 * unconnected. Text output streams through the same Out-Default renderer as the REPL (no colour
 * unless the stream is a terminal); Json collects the output records into one array. Errors go to
 * stderr. The text shown is reported to the session's transcripts (Start-Transcript), which end
 * with the script. Never loads Ink or React.
 *
 * Exit code: the script's `exit N`; else 1 when any error record was written (a terminating error
 * ends the script), 0 otherwise; 64 for an unreadable -File; 130 after Ctrl+C.
 */
import { NonInteractiveHost, toJson, type ErrorRecord, type Host, type Session, type SessionEvent, type StreamEvent } from '@entra-shell/core';
import { createShellSession } from '../backend/session-factory.js';
import { yieldingToEventLoop } from '../backend/yield-to-event-loop.js';
import type { ShellOptions } from '../cli/arguments.js';
import { TerminalHost } from '../prompting/terminal-host.js';
import { shouldColor } from '../render/ansi.js';
import { renderConciseError } from '../render/concise-error.js';
import { OutputRenderer } from '../render/output-renderer.js';
import { readScriptSource } from './script-source.js';

export interface RunnerIO {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Aborting it stops the script (Ctrl+C); main wires SIGINT to it. */
  readonly signal?: AbortSignal;
}

const USAGE_ERROR = 64;
const INTERRUPTED = 130;
/** Width for text output that is not going to a terminal, as pwsh uses for redirected output. */
const REDIRECTED_WIDTH = 120;
/** JSON depth for output records: records, their nested objects, and their values. */
const JSON_DEPTH = 5;

function chooseHost(options: ShellOptions, io: RunnerIO, scriptFromStdin: boolean): Host {
  const writeLine = (text: string): void => void io.stderr.write(`${text}\n`);
  // Prompting needs a person at a terminal, and stdin must not be the script itself.
  if (options.nonInteractive || io.stdin.isTTY !== true || scriptFromStdin) return new NonInteractiveHost({ writeLine });
  return new TerminalHost(io.stdin, io.stderr);
}

/** Writes text blocks to a stream; what is written is what was shown, so transcripts record it. */
type Show = (stream: NodeJS.WritableStream, blocks: readonly string[]) => void;

function shower(session: Session): Show {
  return (stream, blocks) => {
    if (blocks.length === 0) return;
    for (const block of blocks) session.transcribe(block);
    stream.write(blocks.join('\n') + '\n');
  };
}

export async function runScriptMode(options: ShellOptions, io: RunnerIO): Promise<number> {
  const read = await readScriptSource(options, io);
  if (!read.ok) {
    io.stderr.write(`${read.error}\n`);
    return USAGE_ERROR;
  }
  const source = read.source;
  const scriptFromStdin = options.file === undefined && (options.command === undefined || options.command === '-');
  const host = chooseHost(options, io, scriptFromStdin);
  const { session } = createShellSession(host, { args: [...source.args] }, io.cwd);

  const events = yieldingToEventLoop(session.run(source.text, { ...(io.signal ? { signal: io.signal } : {}), ...(source.path ? { scriptName: source.path } : {}) }));
  const show = shower(session);
  const outcome = options.outputFormat === 'Json' ? await emitJson(events, io, options, show) : await emitText(events, io, options, show);
  // The script is over: its transcripts end, as pwsh's do when its session closes.
  session.transcripts.stopAll();
  if (outcome.cancelled) return INTERRUPTED;
  if (outcome.exitCode !== undefined) return outcome.exitCode;
  return outcome.errors ? 1 : 0;
}

interface Outcome {
  readonly errors: boolean;
  readonly exitCode?: number;
  readonly cancelled: boolean;
}

/** Where each kind of event goes; the two output formats differ only here. */
interface EventSinks {
  output(value: unknown): void;
  error(record: ErrorRecord): void;
  /** Warning, verbose, debug and information records (progress is not shown by the runner). */
  stream(event: StreamEvent): void;
}

/** Sends every event to its sink and gathers the run's outcome from the error events and the final result. */
async function drainEvents(events: AsyncIterable<SessionEvent>, sinks: EventSinks): Promise<Outcome> {
  let errors = false;
  let exitCode: number | undefined;
  let cancelled = false;
  for await (const event of events) {
    switch (event.type) {
      case 'output':
        sinks.output(event.value);
        break;
      case 'error':
        errors = true;
        sinks.error(event.record);
        break;
      case 'progress':
        break;
      case 'result':
        errors ||= event.hadErrors;
        exitCode = event.exitCode;
        cancelled = event.cancelled;
        break;
      default:
        sinks.stream(event);
    }
  }
  return { errors, cancelled, ...(exitCode !== undefined ? { exitCode } : {}) };
}

async function emitText(events: AsyncIterable<SessionEvent>, io: RunnerIO, options: ShellOptions, writeBlocks: Show): Promise<Outcome> {
  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : REDIRECTED_WIDTH;
  const renderer = new OutputRenderer({ width, color: shouldColor(io.stdout, io.env, options.noColor) });
  const errorColor = shouldColor(io.stderr, io.env, options.noColor);
  const outcome = await drainEvents(events, {
    output: (value) => writeBlocks(io.stdout, renderer.output(value)),
    error: (record) => {
      // Rows held for column sizing come first, so stdout shows what happened before the error.
      writeBlocks(io.stdout, renderer.flush());
      writeBlocks(io.stderr, [renderConciseError(record, errorColor)]);
    },
    stream: (event) => writeBlocks(io.stdout, renderer.stream(event)),
  });
  writeBlocks(io.stdout, renderer.flush(true));
  return outcome;
}

async function emitJson(events: AsyncIterable<SessionEvent>, io: RunnerIO, options: ShellOptions, writeBlocks: Show): Promise<Outcome> {
  const errorColor = shouldColor(io.stderr, io.env, options.noColor);
  // Warnings, verbose and host text go to stderr so stdout is nothing but the JSON array.
  const side = new OutputRenderer({ width: REDIRECTED_WIDTH, color: errorColor });
  const output: unknown[] = [];
  const outcome = await drainEvents(events, {
    output: (value) => void output.push(value),
    error: (record) => writeBlocks(io.stderr, [renderConciseError(record, errorColor)]),
    stream: (event) => writeBlocks(io.stderr, side.stream(event)),
  });
  writeBlocks(io.stderr, side.flush(true));
  io.stdout.write(toJson(output, { depth: JSON_DEPTH }) + '\n');
  return outcome;
}
