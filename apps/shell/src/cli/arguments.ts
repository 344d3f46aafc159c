/**
 * Command-line arguments, the way pwsh reads them: case-insensitive single-dash names that may be
 * shortened to any unique prefix (`-c`, `-noni`, `-OutputFormat`), plus the GNU spellings people
 * type out of habit (`--command`, `--no-color`, `--version`). Everything after `-Command` is the
 * script (joined with spaces, as pwsh does); everything after `-File <path>` is the script's
 * arguments.
 */

export type OutputFormat = 'Text' | 'Json';

export interface ShellOptions {
  /** The script given with -Command ('-' means: read it from stdin). */
  readonly command?: string;
  /** The script file given with -File, and the arguments that follow it. */
  readonly file?: { readonly path: string; readonly args: readonly string[] };
  readonly outputFormat: OutputFormat;
  readonly nonInteractive: boolean;
  readonly noColor: boolean;
  readonly showHelp: boolean;
  readonly showVersion: boolean;
}

export type ParsedArguments = { readonly ok: true; readonly options: ShellOptions } | { readonly ok: false; readonly error: string };

type ParameterName = 'Command' | 'File' | 'OutputFormat' | 'NonInteractive' | 'NoColor' | 'Help' | 'Version' | 'NoLogo' | 'NoProfile';

/** Long names in pwsh's order of precedence for prefixes (pwsh resolves `-c` to Command, `-f` to File). */
const LONG_NAMES: readonly ParameterName[] = ['Command', 'File', 'OutputFormat', 'NonInteractive', 'NoColor', 'Help', 'Version', 'NoLogo', 'NoProfile'];

/** Short forms pwsh documents, and the GNU spellings (matched after stripping `--`). */
const ALIASES: Readonly<Record<string, ParameterName>> = {
  c: 'Command',
  f: 'File',
  o: 'OutputFormat',
  of: 'OutputFormat',
  noni: 'NonInteractive',
  h: 'Help',
  '?': 'Help',
  v: 'Version',
  'non-interactive': 'NonInteractive',
  'no-color': 'NoColor',
  'output-format': 'OutputFormat',
  'no-logo': 'NoLogo',
  'no-profile': 'NoProfile',
};

function resolveName(raw: string): ParameterName | { error: string } {
  const lower = raw.toLowerCase();
  const alias = ALIASES[lower];
  if (alias) return alias;
  const exact = LONG_NAMES.find((n) => n.toLowerCase() === lower);
  if (exact) return exact;
  const matches = LONG_NAMES.filter((n) => n.toLowerCase().startsWith(lower));
  const first = matches[0];
  if (first && matches.length === 1) return first;
  if (matches.length > 1) return { error: `The parameter '-${raw}' is ambiguous. Possible matches include: ${matches.map((m) => `-${m}`).join(' ')}.` };
  return { error: `The parameter '-${raw}' is not recognized. Run 'entra-shell -Help' to see the parameters.` };
}

function parseOutputFormat(value: string | undefined): OutputFormat | undefined {
  switch (value?.toLowerCase()) {
    case 'text':
      return 'Text';
    case 'json':
      return 'Json';
    default:
      return undefined;
  }
}

/** Splits `-Name:value` (pwsh accepts it for -OutputFormat:Json) into name and inline value. */
function splitInline(token: string): { name: string; inline?: string } {
  const body = token.replace(/^--?/, '');
  const colon = body.indexOf(':');
  const equals = token.startsWith('--') ? body.indexOf('=') : -1;
  const cut = colon > 0 ? colon : equals > 0 ? equals : -1;
  return cut > 0 ? { name: body.slice(0, cut), inline: body.slice(cut + 1) } : { name: body };
}

export function parseArguments(argv: readonly string[]): ParsedArguments {
  let command: string | undefined;
  let file: ShellOptions['file'];
  let outputFormat: OutputFormat = 'Text';
  let nonInteractive = false;
  let noColor = false;
  let showHelp = false;
  let showVersion = false;

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    const isParameter = /^--?[A-Za-z?]/.test(token);
    if (!isParameter) {
      // pwsh treats a leading bare argument as the script file; everything after it is its args.
      if (token === '') continue;
      file = { path: token, args: argv.slice(i + 1) };
      break;
    }
    const { name, inline } = splitInline(token);
    const resolved = resolveName(name);
    if (typeof resolved !== 'string') return { ok: false, error: resolved.error };
    switch (resolved) {
      case 'Command': {
        const rest = inline !== undefined ? [inline, ...argv.slice(i + 1)] : argv.slice(i + 1);
        if (rest.length === 0) return { ok: false, error: "Missing the script for parameter '-Command'. Give it a script, or '-' to read it from standard input." };
        command = rest.join(' ');
        i = argv.length;
        break;
      }
      case 'File': {
        const path = inline ?? argv[i + 1];
        if (path === undefined || path === '') return { ok: false, error: "Missing the path for parameter '-File'." };
        file = { path, args: argv.slice(inline !== undefined ? i + 1 : i + 2) };
        i = argv.length;
        break;
      }
      case 'OutputFormat': {
        const value = inline ?? argv[++i];
        const format = parseOutputFormat(value);
        if (!format) return { ok: false, error: `Cannot process '-OutputFormat ${value ?? ''}': the value must be Text or Json.` };
        outputFormat = format;
        break;
      }
      case 'NonInteractive':
        nonInteractive = true;
        break;
      case 'NoColor':
        noColor = true;
        break;
      case 'Help':
        showHelp = true;
        break;
      case 'Version':
        showVersion = true;
        break;
      case 'NoLogo':
      case 'NoProfile':
        // Accepted for pwsh compatibility: there is no logo to hide and no profile to skip.
        break;
    }
  }

  return { ok: true, options: { command, file, outputFormat, nonInteractive, noColor, showHelp, showVersion } };
}
