/**
 * Start-Transcript: records the session (the command lines run and the text shown) in a text
 * file, in pwsh's format. The file is readable by its owner only, a command line holding a secret
 * is recorded as a placeholder, and passes, tokens and other known secrets in the output are
 * masked, by the same rules that keep them out of the history file.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/context.js';
import { PSHashtable } from '../../values/model.js';
import { toPSString } from '../../values/stringify.js';
import { VERSION } from '../../version.js';
import { TranscriptError, transcriptsKey, type Transcripts } from '../../transcript/transcripts.js';
import { defaultTranscriptPath } from '../../transcript/transcript-text.js';
import { isAbsolute, join } from 'node:path';

export function sessionTranscripts(ctx: CmdletContext): Transcripts {
  const transcripts = ctx.services.get(transcriptsKey);
  if (transcripts === undefined) {
    return ctx.throwTerminating({
      message: 'This session keeps no transcripts.',
      errorId: 'NoTranscripts',
      category: 'InvalidOperation',
      exceptionType: 'PSInvalidOperationException',
    });
  }
  return transcripts;
}

/** The header's `Name: value` lines, from $PSVersionTable as pwsh writes them (arrays joined by ", "). */
function versionLines(ctx: CmdletContext): string[] {
  const table = ctx.variables.get('PSVersionTable');
  if (!(table instanceof PSHashtable)) return ['PSEdition: Core', `EntraShellVersion: ${VERSION}`];
  return table.entries().flatMap(([name, value]) => {
    if (value === null || value === undefined) return [];
    return [
      `${name}: ${Array.isArray(value) ? (value as unknown[]).map((v) => toPSString(v)).join(', ') : toPSString(value)}`,
    ];
  });
}

export const startTranscript = defineCmdlet({
  name: 'Start-Transcript',
  synopsis: 'Records the session in a text file.',
  description:
    'Start-Transcript writes the command lines you run and the text the shell shows (output, errors, warnings, verbose ' +
    'and host messages) to a file until Stop-Transcript, or until the shell exits. Without a path the file is ' +
    'PowerShell_transcript.<computer>.<random>.<time>.txt in your home directory, or the path in $Transcript. An ' +
    'existing file is emptied unless -Append is given; -NoClobber refuses to touch it. The file is readable and writable ' +
    'by you alone (mode 600), and it follows the history rules for secrets: a command line that holds a secret (a ' +
    'password, client secret or token typed in, a literal given to a secret parameter such as -ClientSecret) is recorded ' +
    'as "<command line not recorded: it holds a secret>", and pass values, tokens and other secrets the session knows ' +
    'are replaced by asterisks in the recorded output. What you see on the screen is not changed.',
  supportsShouldProcess: true,
  parameterSets: ['ByPath', 'ByLiteralPath', 'ByOutputDirectory'],
  defaultParameterSet: 'ByPath',
  outputType: 'System.String',
  examples: [
    {
      code: 'Start-Transcript',
      remarks: 'Starts a transcript in the home directory; the output says which file.',
    },
    {
      code: 'Start-Transcript -Path ./logs/taps.log -Append',
      remarks: 'Adds to an existing log, keeping what it holds.',
    },
    {
      code: 'Start-Transcript -OutputDirectory /var/log/entra-shell -IncludeInvocationHeader\nImport-Csv users.csv | New-EntraIDUserTemporaryAccessPass\nStop-Transcript',
      remarks:
        'Records a bulk run with the start time of each command; the passes appear as asterisks in the file.',
    },
  ],
  parameters: {
    Path: parameter(types.string, {
      sets: { ByPath: { position: 0 } },
      validate: { notNullOrEmpty: true },
      help: 'The transcript file; created with its directory if missing.',
    }),
    LiteralPath: parameter(types.string, {
      sets: { ByLiteralPath: { position: 0 } },
      aliases: ['PSPath', 'LP'],
      validate: { notNullOrEmpty: true },
      help: 'The transcript file, taken exactly as typed.',
    }),
    OutputDirectory: parameter(types.string, {
      sets: { ByOutputDirectory: { position: 0 } },
      validate: { notNullOrEmpty: true },
      help: 'A directory for a file with the default name; a relative path starts at your home directory, as in pwsh.',
    }),
    Append: switchParameter({ help: 'Adds to the end of an existing file instead of emptying it.' }),
    Force: switchParameter({ help: 'Writes to a read-only file, making it writable (by you alone).' }),
    NoClobber: switchParameter({
      aliases: ['NoOverwrite'],
      help: 'Fails instead of emptying an existing file.',
    }),
    IncludeInvocationHeader: switchParameter({ help: 'Writes the time each command started before it.' }),
    UseMinimalHeader: switchParameter({
      help: 'Writes only the start time in the header, not the user, computer and versions.',
    }),
  },
  async process(args, ctx) {
    const transcripts = sessionTranscripts(ctx);
    const now = new Date();
    // What the output names: the path as typed, as pwsh shows it; the file itself is the resolved path.
    const typed = args.Path ?? args.LiteralPath;
    let shown: string;
    if (typed !== undefined) shown = typed;
    else if (args.OutputDirectory !== undefined) {
      const home = ctx.location.home;
      shown = defaultTranscriptPath(
        isAbsolute(args.OutputDirectory) ? args.OutputDirectory : join(home, args.OutputDirectory),
        now,
      );
    } else {
      const preference = ctx.variables.get('Transcript');
      shown =
        preference === null || preference === undefined
          ? defaultTranscriptPath(ctx.location.home, now)
          : toPSString(preference);
    }
    const path = ctx.location.resolve(shown);
    if (!(await ctx.shouldProcess(path, 'Start-Transcript'))) return;
    // What was produced before this command is not part of the transcript: let the host show it first.
    await transcripts.hostCaughtUp();
    try {
      transcripts.start({
        path,
        append: args.Append,
        noClobber: args.NoClobber,
        force: args.Force,
        includeInvocationHeader: args.IncludeInvocationHeader,
        useMinimalHeader: args.UseMinimalHeader,
        versionLines: versionLines(ctx),
      });
    } catch (error) {
      if (!(error instanceof TranscriptError)) throw error;
      return ctx.throwTerminating({
        message: error.message,
        errorId: error.errorId,
        category: error.category,
        exceptionType: error.exceptionType,
        targetObject: path,
      });
    }
    await ctx.write(`Transcript started, output file is ${shown}`);
  },
});
