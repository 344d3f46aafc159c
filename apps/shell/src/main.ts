/**
 * entra-shell's entry point: reads the command line and starts the interactive shell (on a
 * terminal) or the non-interactive runner (-Command, -File, or a script on stdin). Both are loaded
 * with dynamic import so each mode pays only for its own code: the runner never loads Ink or React.
 */
import { parseArguments } from './cli/arguments.js';
import { helpText } from './cli/help-text.js';
import { loadForTerminal } from './repl/load-for-terminal.js';
import { shouldColor } from './render/ansi.js';
import { SHELL_VERSION } from './version.js';

/** Exit code for a bad command line (pwsh uses 64 too). */
const USAGE_ERROR = 64;

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    process.stderr.write(`entra-shell: ${parsed.error}\n`);
    return USAGE_ERROR;
  }
  const options = parsed.options;
  if (options.showHelp) {
    process.stdout.write(helpText(SHELL_VERSION));
    return 0;
  }
  if (options.showVersion) {
    process.stdout.write(`entra-shell ${SHELL_VERSION}\n`);
    return 0;
  }

  const interactive = options.command === undefined && options.file === undefined && process.stdin.isTTY === true && !options.nonInteractive;
  if (interactive) {
    const { startRepl } = await loadForTerminal(() => import('./repl/start.js'));
    return startRepl({ color: shouldColor(process.stdout, process.env, options.noColor), version: SHELL_VERSION, env: process.env });
  }
  if (options.command === undefined && options.file === undefined && process.stdin.isTTY === true) {
    process.stderr.write('entra-shell: -NonInteractive needs a script: give -Command, -File, or pipe one to standard input.\n');
    return USAGE_ERROR;
  }
  const { runScriptMode } = await import('./runner/run-mode.js');
  // Ctrl+C stops the script's pipeline (and its HTTP calls) rather than killing the process mid-write.
  const interrupt = new AbortController();
  process.once('SIGINT', () => interrupt.abort());
  return runScriptMode(options, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), signal: interrupt.signal });
}

/** Exits once stdout and stderr have drained, so piped output is never cut short. */
function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

main(process.argv.slice(2)).then(exitAfterFlush, (error: unknown) => {
  // A bug in the shell itself: say so plainly, never with a stack trace.
  process.stderr.write(`entra-shell: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  exitAfterFlush(1);
});
