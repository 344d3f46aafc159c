/** Push-Location (pushd): saves the current location on a stack, then optionally moves elsewhere. */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { pathInfoRecord, pathInfoTypeName } from '../../values/path-info.js';
import { directoryTarget } from './path-info.js';

export const pushLocation = defineCmdlet({
  name: 'Push-Location',
  aliases: ['pushd'],
  synopsis: 'Saves the current location, then moves to another one.',
  description:
    'Push-Location puts the current location on top of the location stack and, when a path is given, moves there ' +
    'like Set-Location. Pop-Location returns to the saved location; Get-Location -Stack lists the stack. A path that ' +
    'is not an existing directory is an error, and then nothing is saved. -PassThru emits the new location.',
  parameterSets: ['Path', 'LiteralPath'],
  defaultParameterSet: 'Path',
  outputType: pathInfoTypeName,
  examples: [
    { code: 'Push-Location ./exports', remarks: 'Remembers where you are and moves into exports.' },
    { code: 'pushd ~; Import-Csv users.csv; popd', remarks: 'Works in the home directory for a moment, then comes back.' },
  ],
  parameters: {
    Path: parameter(types.string, {
      position: 0,
      fromPipeline: 'both',
      sets: { Path: {} },
      help: 'The directory to move to after saving the current location. Default: stay where you are.',
    }),
    LiteralPath: parameter(types.string, {
      aliases: ['PSPath', 'LP'],
      fromPipeline: 'propertyName',
      sets: { LiteralPath: { mandatory: true } },
      help: 'The directory to move to, used exactly as typed.',
    }),
    PassThru: switchParameter({ help: 'Emits the new location as a PathInfo object.' }),
  },
  async process(args, ctx) {
    const typed = ctx.parameterSetName === 'LiteralPath' ? args.LiteralPath : args.Path;
    if (typed === undefined) {
      ctx.location.push();
    } else {
      const target = await directoryTarget(typed, ctx);
      if (target === undefined) return;
      ctx.location.push();
      ctx.location.change(target);
    }
    if (args.PassThru) await ctx.write(pathInfoRecord(ctx.location.current));
  },
});
