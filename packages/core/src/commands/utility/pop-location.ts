/** Pop-Location (popd): returns to the location Push-Location saved most recently. */
import { defineCmdlet, switchParameter } from '../../cmdlet/index.js';
import { pathInfoRecord, pathInfoTypeName } from '../../values/path-info.js';
import { directoryTarget } from './path-info.js';

export const popLocation = defineCmdlet({
  name: 'Pop-Location',
  aliases: ['popd'],
  synopsis: 'Returns to the location saved by Push-Location.',
  description:
    'Pop-Location takes the most recent location off the location stack and makes it the current location. ' +
    'With an empty stack it does nothing, as in pwsh. A saved directory that has since been removed is an error ' +
    '(it is still taken off the stack). -PassThru emits the new location.',
  outputType: pathInfoTypeName,
  examples: [
    { code: 'Push-Location ./exports; Export-Csv -InputObject $report report.csv; Pop-Location', remarks: 'Writes exports/report.csv and comes back.' },
  ],
  parameters: {
    PassThru: switchParameter({ help: 'Emits the new location as a PathInfo object.' }),
  },
  async process(args, ctx) {
    const saved = ctx.location.pop();
    if (saved === undefined) return;
    const target = await directoryTarget(saved, ctx);
    if (target === undefined) return;
    ctx.location.change(target);
    if (args.PassThru) await ctx.write(pathInfoRecord(target));
  },
});
