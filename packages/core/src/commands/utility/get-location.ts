/** Get-Location (pwd, gl): the session's current location, or with -Stack the Push-Location stack. */
import { defineCmdlet, switchParameter } from '../../cmdlet/index.js';
import { pathInfoRecord, pathInfoTypeName } from '../../values/path-info.js';

export const getLocation = defineCmdlet({
  name: 'Get-Location',
  aliases: ['pwd', 'gl'],
  synopsis: 'Shows the current location of the session.',
  description:
    'Get-Location returns the current location as a PathInfo object; its Path property holds the absolute path, ' +
    'and it is shown as a one-column table. The location is where relative paths start; change it with ' +
    'Set-Location (cd). With -Stack the locations saved by Push-Location are returned instead, the most ' +
    'recent first.',
  parameterSets: ['Location', 'Stack'],
  defaultParameterSet: 'Location',
  outputType: pathInfoTypeName,
  examples: [
    { code: 'Get-Location', remarks: 'Shows the current directory.' },
    { code: '(Get-Location).Path', remarks: 'The current directory as a plain string.' },
    { code: 'Get-Location -Stack', remarks: 'Lists the locations Pop-Location would return to, next one first.' },
  ],
  parameters: {
    Stack: switchParameter({ sets: { Stack: { mandatory: true } }, help: 'Returns the locations saved by Push-Location instead.' }),
  },
  async process(args, ctx) {
    if (args.Stack) {
      for (const path of ctx.location.stack) await ctx.write(pathInfoRecord(path));
      return;
    }
    await ctx.write(pathInfoRecord(ctx.location.current));
  },
});
