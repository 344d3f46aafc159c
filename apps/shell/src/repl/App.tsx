/**
 * The interactive shell: wires the hooks together, routes each key to whoever owns it (a pending
 * host question, the running command, the Ctrl+R search, or the line editor), and lays out the
 * scrollback (<Static>) above the live area.
 */
import { useApp, useStdout } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { promptFor } from '../backend/prompt-text.js';
import type { ReplBackend } from '../backend/types.js';
import type { HistoryFile } from '../history/history-file.js';
import type { InputEvent } from '../keys/decoder.js';
import { renderInputLines } from '../render/input-lines.js';
import { InputArea } from './components/InputArea.js';
import { HostPromptLine } from './components/HostPromptLine.js';
import { RunningStatus } from './components/RunningStatus.js';
import { ScrollbackView } from './components/ScrollbackView.js';
import type { KeyContext } from './controllers/context.js';
import { handleEditorEvent } from './controllers/editor-keys.js';
import { handleSearchEvent } from './controllers/search-keys.js';
import { InkHost } from './host/ink-host.js';
import { PromptController } from './host/prompt-controller.js';
import { useCompletion } from './hooks/useCompletion.js';
import { useHistory } from './hooks/useHistory.js';
import { useKeypress } from './hooks/useKeypress.js';
import { useLineEditor } from './hooks/useLineEditor.js';
import { predictionFor } from './hooks/usePrediction.js';
import { CLEAR_SCREEN, useRunner } from './hooks/useRunner.js';
import { useScrollback } from './hooks/useScrollback.js';
import { useTerminalWidth } from './hooks/useTerminalWidth.js';
import { Store, useStore } from './state/store.js';

export interface AppProps {
  /** Loads the engine; called once, after the first frame, so start-up never waits for it. */
  readonly createBackend: (host: InkHost, print: (text: string) => void) => Promise<ReplBackend>;
  readonly historyFile?: HistoryFile;
  readonly color: boolean;
  readonly banner?: string;
  /** The prompt's location until the backend reports one (the tenant being connected to). */
  readonly initialLocation?: string;
  readonly onExit: (code: number) => void;
}

/** The name the spinner shows: the first command of the line, else its first word. */
function runLabel(backend: ReplBackend, text: string): string {
  const first = backend.highlight(text).find((s) => s.kind === 'command');
  return first ? text.slice(first.start, first.end) : (text.trim().split(/\s+/)[0] ?? '');
}

export function App({ createBackend, historyFile, color, banner, initialLocation, onExit }: AppProps) {
  const { exit } = useApp();
  const { write } = useStdout();
  const width = useTerminalWidth();
  const widthRef = useRef(width);
  widthRef.current = width;
  const scrollback = useScrollback();
  const editor = useLineEditor();
  const history = useHistory(historyFile);
  const runner = useRunner(scrollback, () => write(CLEAR_SCREEN));
  const [backendStore] = useState(() => new Store<ReplBackend | undefined>(undefined));
  const backend = useStore(backendStore);
  const completion = useCompletion(editor, backendStore.get);
  const [location, setLocation] = useState(initialLocation);
  const locationRef = useRef(location);
  locationRef.current = location;
  const [quitting, setQuitting] = useState(false);
  const print = (text: string): void => scrollback.append(text);
  const [host] = useState(() => new InkHost(print));
  const cancelRun = (): void => {
    host.cancelAll(new DOMException('The pipeline was stopped (Ctrl+C).', 'AbortError'));
    runner.cancel();
  };
  const [prompts] = useState(() => new PromptController(host, print, cancelRun));
  const promptView = useStore(prompts.view);
  const running = useStore(runner.running);
  const backendReady = useRef<Promise<ReplBackend> | undefined>(undefined);

  useEffect(() => {
    if (banner) scrollback.append(banner);
    const ready = createBackend(host, print);
    backendReady.current = ready;
    ready.then(
      (b) => {
        backendStore.set(b);
        // Until start-up work (the demo connection) is over, keep showing where we are connecting to.
        const update = (): void => setLocation(b.location());
        if (b.ready) b.ready.then(update, update);
        else setLocation(b.location());
      },
      (error: unknown) => print(`\x1b[31;1mentra-shell: the engine could not start: ${error instanceof Error ? error.message : String(error)}\x1b[0m`),
    );
    // Mount-only: the backend is created once per shell.
  }, []);

  const ctx = useMemo<KeyContext>(() => {
    const echo = (text: string, suffix = ''): void => {
      const spans = backendStore.get()?.highlight(text) ?? [];
      const { lines } = renderInputLines({ prompt: promptFor(locationRef.current), text, cursor: text.length, spans, prediction: '', color, columns: widthRef.current });
      // A row filled to the last column leaves an empty row for the cursor; the echo has no cursor.
      const shown = lines.length > 1 && lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
      print(shown.join('\n') + suffix);
    };
    const quit = (code: number): void => {
      setQuitting(true);
      void history.flush().then(() => {
        onExit(code);
        exit();
      });
    };
    const run = async (text: string): Promise<void> => {
      const b = backendStore.get() ?? (await backendReady.current);
      if (!b) return;
      await history.add(text, b.historyDestination(text));
      const outcome = await runner.run(b, text, runLabel(b, text), widthRef.current, color);
      setLocation(b.location());
      if (outcome.exitCode !== undefined) quit(outcome.exitCode);
    };
    return {
      editor,
      history,
      completion,
      prediction: () => predictionFor(history.entries.get(), editor.buffer),
      accept: () => {
        const text = editor.buffer.text;
        if (backendStore.get()?.isIncomplete(text)) {
          editor.insert('\n');
          return;
        }
        echo(text);
        editor.clear();
        history.resetNavigation();
        if (text.trim() !== '') void run(text);
      },
      abandonLine: () => {
        echo(editor.buffer.text, '^C');
        editor.clear();
        history.resetNavigation();
      },
      quit,
      clearScreen: () => write(CLEAR_SCREEN),
    };
  }, []);

  useKeypress((event: InputEvent) => {
    if (quitting) return;
    if (prompts.active) prompts.handle(event);
    else if (runner.isRunning) {
      if (event.kind === 'key' && event.ctrl && event.name === 'c') cancelRun();
    } else if (history.search.get()) handleSearchEvent(event, ctx);
    else handleEditorEvent(event, ctx);
  });

  return (
    <>
      <ScrollbackView scrollback={scrollback} />
      {quitting ? null : promptView ? (
        <HostPromptLine view={promptView} width={width} />
      ) : running ? (
        <RunningStatus state={running} width={width} color={color} />
      ) : (
        <InputArea prompt={promptFor(location)} editor={editor} history={history} completion={completion} backend={backend} color={color} width={width} />
      )}
    </>
  );
}
