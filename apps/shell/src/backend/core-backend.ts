/**
 * The REPL's backend on @entra-shell/core: one session, colouring from core's highlighter,
 * incomplete-input checks from its parser, the sensitive-line judgement from the session,
 * completion from its registry, and runs streamed through the Out-Default renderer; the text shown
 * is reported to the session's transcripts. Loaded after the first frame (dynamic import).
 */
import { aboutTopicNames, clearHostTag, highlightTokens, isIncompleteInput, type HighlightKind as CoreHighlightKind, type Host, type Session, type SessionEvent } from '@entra-shell/core';
import { complete, type CompletionSources } from '../completion/engine.js';
import { fileSystemLister } from '../completion/paths.js';
import { historyDestination } from '../history/sensitive.js';
import { OutputRenderer } from '../render/output-renderer.js';
import { closeTranscriptsAtExit } from './close-transcripts.js';
import { promptFor } from './prompt-text.js';
import { createShellSession, locationOf } from './session-factory.js';
import type { CompletionResult, HighlightKind, HighlightSpan, ReplBackend, RunEvent, RunOptions } from './types.js';
import { createUserNameLookup } from './user-names.js';
import { yieldingToEventLoop } from './yield-to-event-loop.js';

export interface CoreBackendOptions {
  readonly host: Host;
  /** Run `Connect-EntraID -Demo` in the background before the first command. */
  readonly connectDemo: boolean;
  /** Where start-up messages (a failed demo connection) go. */
  readonly print: (text: string) => void;
  readonly color: boolean;
  /** The session's initial current location (default: the process working directory). */
  readonly cwd?: string;
}

/** Table rows wait this long for more rows (to size columns together) before being shown anyway. */
const IDLE_FLUSH_MS = 250;

const KIND: Readonly<Record<CoreHighlightKind, HighlightKind>> = {
  command: 'command',
  parameter: 'parameter',
  string: 'string',
  variable: 'variable',
  number: 'number',
  comment: 'comment',
  operator: 'operator',
  keyword: 'keyword',
  member: 'member',
  type: 'type',
  punctuation: 'default',
  text: 'default',
  error: 'error',
};

/** Renders a session's events as REPL run events, flushing held table rows when output pauses; what is shown goes to the transcripts too. */
async function* renderRun(session: Session, events: AsyncIterable<SessionEvent>, options: RunOptions): AsyncGenerator<RunEvent> {
  const renderer = new OutputRenderer({ width: options.width, color: options.color });
  const iterator = yieldingToEventLoop(events)[Symbol.asyncIterator]();
  const texts = (blocks: readonly string[]): RunEvent[] =>
    blocks.map((text) => {
      session.transcribe(text);
      return { kind: 'text', text };
    });
  let pending = iterator.next();
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const idle = new Promise<'idle'>((resolve) => (timer = setTimeout(() => resolve('idle'), IDLE_FLUSH_MS)));
    const next = await Promise.race([pending, idle]);
    clearTimeout(timer);
    if (next === 'idle') {
      yield* texts(renderer.flush());
      continue;
    }
    if (next.done) break;
    pending = iterator.next();
    const event = next.value;
    switch (event.type) {
      case 'output':
        yield* texts(renderer.output(event.value));
        break;
      case 'result':
        yield* texts(renderer.flush(true));
        if (event.exitCode !== undefined) yield { kind: 'exit', code: event.exitCode };
        break;
      case 'progress':
        yield { kind: 'progress', progress: event.record };
        break;
      case 'information':
        if (event.record.tags.includes(clearHostTag)) {
          // Text before the clear is released first, so the clear takes it away too.
          yield* texts(renderer.flush());
          yield { kind: 'clear-screen' };
        } else yield* texts(renderer.stream(event));
        break;
      default:
        yield* texts(renderer.stream(event));
    }
  }
}

export function createCoreBackend(options: CoreBackendOptions): Promise<ReplBackend> {
  const { session, connections } = createShellSession(options.host, {}, options.cwd);
  closeTranscriptsAtExit(session);
  const userNames = createUserNameLookup(() => connections.current?.graph);
  const sources: CompletionSources = {
    // Functions the user defined complete too (names and parameters).
    commands: () => session.listCommands(),
    findCommand: (name) => session.findCommand(name),
    variables: () => session.globalScope.list().map((v) => v.name),
    // Paths complete from wherever Set-Location has taken the session.
    listDirectory: fileSystemLister(() => session.location.current),
    userNames,
    helpTopics: aboutTopicNames,
  };

  const ready = options.connectDemo ? connectInBackground(session.run('Connect-EntraID -Demo'), options) : Promise.resolve();

  const backend: ReplBackend = {
    ready,
    location: () => locationOf(connections),
    highlight: (text: string): HighlightSpan[] => highlightTokens(text).map((t) => ({ start: t.start, end: t.end, kind: KIND[t.kind] })),
    isIncomplete: (text: string) => isIncompleteInput(text),
    historyDestination: (line: string) => historyDestination(line, (text) => session.isSensitiveInput(text)),
    complete: (text: string, cursor: number, signal: AbortSignal): Promise<CompletionResult> => complete(text, cursor, sources, signal),
    run: (script: string, runOptions: RunOptions) =>
      renderRun(session, session.run(script, { signal: runOptions.signal, prompt: promptFor(locationOf(connections)) }), runOptions),
  };
  return Promise.resolve(backend);
}

/** Consumes the start-up connection run: its output (the connection) is the banner's job; errors and warnings are printed. */
async function connectInBackground(events: AsyncIterable<SessionEvent>, options: CoreBackendOptions): Promise<void> {
  const renderer = new OutputRenderer({ width: 100, color: options.color });
  for await (const event of events) {
    if (event.type === 'error' || event.type === 'warning') for (const text of renderer.stream(event)) options.print(text);
  }
}
