/**
 * Set-Location (cd, sl, chdir): changes the session's current location. `cd` alone goes home,
 * `cd -` back to the previous location and `cd +` forward again, as in pwsh 7.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { pathInfoRecord, pathInfoTypeName } from '../../values/path-info.js';
import { directoryTarget } from './path-info.js';

/** `-` and `+` walk the history; the message names the direction that ran out. */
async function historyStep(direction: '-' | '+', ctx: CmdletContext): Promise<string | undefined> {
  const target = direction === '-' ? ctx.location.back() : ctx.location.forward();
  if (target !== undefined) return target;
  await ctx.writeError({
    message: `There is no location history left to navigate ${direction === '-' ? 'backwards' : 'forwards'}.`,
    errorId: 'InvalidOperation',
    category: 'InvalidOperation',
    exceptionType: 'InvalidOperationException',
    targetObject: direction,
  });
  return undefined;
}

export const setLocation = defineCmdlet({
  name: 'Set-Location',
  aliases: ['cd', 'sl', 'chdir'],
  synopsis: 'Changes the current location of the session.',
  description:
    'Set-Location makes another directory the current location: relative paths given to any cmdlet (Import-Csv, ' +
    'Export-Csv...) then start there. A relative -Path starts at the current location, `..` is the parent and `~` ' +
    'the home directory; without a path the location becomes the home directory. `Set-Location -` returns to the ' +
    'location before the last change (repeat it to go further back) and `Set-Location +` undoes that. Each ' +
    'session has its own location; the working directory of the process is never changed. -PassThru emits the ' +
    'new location.',
  parameterSets: ['Path', 'LiteralPath'],
  defaultParameterSet: 'Path',
  outputType: pathInfoTypeName,
  examples: [
    { code: 'Set-Location ./exports', remarks: 'Moves into the exports directory under the current location.' },
    { code: 'cd ..', remarks: 'Moves up to the parent directory.' },
    { code: 'cd', remarks: 'Goes to the home directory, like cd ~.' },
    { code: 'cd -', remarks: 'Goes back to where you were before the last cd.' },
    { code: "Set-Location -LiteralPath 'reports [2026]'", remarks: 'Takes the path exactly as written.' },
  ],
  parameters: {
    Path: parameter(types.string, {
      position: 0,
      fromPipeline: 'both',
      sets: { Path: {} },
      help: 'The directory to move to; `-` goes back and `+` forward in the location history. Default: the home directory.',
    }),
    LiteralPath: parameter(types.string, {
      aliases: ['PSPath', 'LP'],
      fromPipeline: 'propertyName',
      sets: { LiteralPath: { mandatory: true } },
      help: 'The directory to move to, used exactly as typed (`-` and `+` are plain names here).',
    }),
    PassThru: switchParameter({ help: 'Emits the new location as a PathInfo object.' }),
  },
  async process(args, ctx) {
    const typed = ctx.parameterSetName === 'LiteralPath' ? args.LiteralPath : args.Path;
    let target: string | undefined;
    if (ctx.parameterSetName === 'Path' && (typed === '-' || typed === '+')) {
      target = await historyStep(typed, ctx);
    } else {
      target = await directoryTarget(typed ?? '~', ctx);
      if (target !== undefined) ctx.location.change(target);
    }
    if (target !== undefined && args.PassThru) await ctx.write(pathInfoRecord(target));
  },
});
